//! The store against real map files in temporary folders.

mod copying;
mod erasure;
mod fixture;
mod fuzz;
mod opening;
mod pseudonym_secret;
mod schema;
mod snapshots;
mod untrusted;
mod writing;
