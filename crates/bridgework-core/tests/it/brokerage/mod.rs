//! Brokers and silos: every measure checked against known answers, on the
//! karate club and the Florentine families (reference values from NetworkX),
//! on small shapes worked out by hand, and against brute force on random graphs.

mod betweenness;
mod bridges;
mod brokerage_roles;
mod closeness;
mod cut_points;
mod data;
mod ei_index;
mod networkx;
mod participation;
mod structural_holes;
