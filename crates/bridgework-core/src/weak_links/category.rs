//! The weak-link categories and how a pair is placed in one.

use super::pair::PairFindings;
use crate::network::Network;
use serde::Serialize;

/// How a link between two teams (or organisations) stands, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// No direct tie, and nobody who knows people on both sides.
    Missing,
    /// No direct tie, but someone knows people on both sides.
    IndirectOnly,
    /// One person carries every direct tie.
    SinglePointOfFailure,
    /// No direct tie has been used within the recency window.
    Stale,
    /// Only two independent ties, or little summed strength.
    Thin,
    /// Every direct tie is between board, executive or senior staff.
    TopHeavy,
    /// Several independent, recent ties across levels.
    Healthy,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Missing,
        Category::IndirectOnly,
        Category::SinglePointOfFailure,
        Category::Stale,
        Category::Thin,
        Category::TopHeavy,
        Category::Healthy,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Missing => "missing",
            Category::IndirectOnly => "indirect-only",
            Category::SinglePointOfFailure => "single-point-of-failure",
            Category::Stale => "stale",
            Category::Thin => "thin",
            Category::TopHeavy => "top-heavy",
            Category::Healthy => "healthy",
        }
    }

    /// What the category means, in plain words, for a legend.
    pub fn meaning(self) -> &'static str {
        match self {
            Category::Missing => "Nobody on either side knows anyone on the other, not even through one colleague.",
            Category::IndirectOnly => {
                "Nobody knows anyone on the other side directly, but someone could introduce them."
            }
            Category::SinglePointOfFailure => {
                "Every direct contact goes through one person: if they leave, the link is gone."
            }
            Category::Stale => "They know each other, but nobody has been in contact recently.",
            Category::Thin => "Only two independent relationships, or only weak ones.",
            Category::TopHeavy => "Only senior staff know each other; the people doing the work do not.",
            Category::Healthy => "Several independent, recent relationships at more than one level.",
        }
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The thresholds that place a pair in a category.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Thresholds {
    /// A link with no contact for longer than this is stale.
    pub recency_days: i64,
    /// A link whose direct ties sum to less strength than this is thin.
    pub thin_strength: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { recency_days: 180, thin_strength: 1.0 }
    }
}

/// The pair's category and every other one that also applies, most urgent first.
pub(crate) fn categorise(net: &Network<'_>, findings: &PairFindings, thresholds: &Thresholds) -> Vec<Category> {
    if findings.direct.is_empty() {
        return vec![if findings.intermediaries.is_empty() { Category::Missing } else { Category::IndirectOnly }];
    }
    let people = &net.map.records().people;
    let senior = |p: crate::PersonIx| people[p.index()].level.is_some_and(|l| l.is_senior());
    let stale = findings.latest_contact.is_none_or(|last| (net.day - last).num_days() > thresholds.recency_days);
    let flags = [
        (Category::SinglePointOfFailure, findings.redundancy == 1),
        (Category::Stale, stale),
        (Category::Thin, findings.redundancy == 2 || findings.strength < thresholds.thin_strength),
        (Category::TopHeavy, findings.direct.iter().all(|d| senior(d.a) && senior(d.b))),
    ];
    let mut categories: Vec<Category> = flags.iter().filter(|(_, on)| *on).map(|(c, _)| *c).collect();
    if categories.is_empty() {
        categories.push(Category::Healthy);
    }
    categories
}
