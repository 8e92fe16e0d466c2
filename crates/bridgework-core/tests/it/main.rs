//! The core against small hand-built maps whose right answers are known.

mod brokerage;
mod builder;
mod communities;
mod rollup;
mod rules;
mod weak_links;
