//! The writers on small models, read back with an independent XML parser
//! (roxmltree) and by resvg itself.

mod network;
mod picture;
