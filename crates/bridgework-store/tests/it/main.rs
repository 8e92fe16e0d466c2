//! The store against real map files in temporary folders.

mod fixture;
mod opening;
mod schema;
mod snapshots;
mod writing;
