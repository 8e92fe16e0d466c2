//! The core against small hand-built maps whose right answers are known.

mod brokerage;
mod builder;
mod communities;
mod counterparts;
mod health;
mod layout;
mod privacy;
mod rollup;
mod rules;
mod snapshot_diff;
mod weak_links;
