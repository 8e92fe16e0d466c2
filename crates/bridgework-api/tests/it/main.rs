//! The use cases on real map files: the analyses find what the demo and the
//! synthetic generator were built to contain.

mod brokers;
mod communities;
mod comparison;
mod counterparts;
mod data;
mod erasure;
mod exports;
mod health;
mod import;
mod map_view;
mod partnerships;
mod planted;
mod report;
