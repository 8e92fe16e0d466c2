//! The core against small hand-built maps whose right answers are known.

mod builder;
mod rules;
mod weak_links;
