//! What a report says, as plain values: every sentence already worded (by
//! the analyses that found it), every figure already counted. The PDF and
//! the HTML are two layouts of this one model and add no words of their own
//! beyond headings and column names, so the two always say the same.

use serde::Serialize;

/// The whole report. Serialised as JSON for the typesetter and for tests.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// "Partnership report: Ashworth ICS".
    pub title: String,
    /// The map's name.
    pub map: String,
    /// The day the findings are for (YYYY-MM-DD): people who had left by
    /// then drop out, and recency is counted to it.
    pub as_of: String,
    /// "The map as it is now", or the snapshot the report describes.
    pub moment: String,
    /// Set when the map holds nothing to report on: the sentence that says
    /// so, and every section below is empty.
    pub empty: Option<String>,
    pub summary: Summary,
    pub partnerships: Vec<PartnershipSection>,
    pub structure: Structure,
    /// `None` when no snapshot was given to compare with.
    pub changes: Option<Changes>,
    pub trust: Trust,
}

/// Section 1: the page a board reads first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The partnerships the report covers, by name.
    pub partnerships: Vec<String>,
    /// What the counts cover, in a sentence.
    pub scope: String,
    /// Partner links per category, most urgent category first, every
    /// category listed (with 0 where none).
    pub categories: Vec<CategoryCount>,
    /// All partner links counted.
    pub links: usize,
    /// The most urgent links, at most five, most urgent first.
    pub urgent: Vec<UrgentLink>,
    /// What changed since the snapshot, one sentence per kind of change;
    /// empty without a snapshot.
    pub changes: Vec<String>,
}

/// How many links are in one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryCount {
    /// The category's name in JSON and the CLI: "single-point-of-failure".
    pub category: String,
    /// For people: "single point of failure".
    pub label: String,
    /// What it means, in a sentence.
    pub meaning: String,
    /// The colour the map draws the category in ("#4d163b").
    pub colour: String,
    pub count: usize,
}

/// A link between two teams with what is wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UrgentLink {
    /// "Discharge team (Northgate Hospital)".
    pub a: String,
    pub b: String,
    pub category: String,
    /// The category for people: "single point of failure".
    pub label: String,
    pub colour: String,
    pub reason: String,
    pub action: String,
    /// The people the finding turns on: those who carry the link, who could
    /// introduce the two sides, or who hold its ties.
    pub people: Vec<String>,
}

/// Section 2: one partnership.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnershipSection {
    pub name: String,
    /// "Alliance", "Lead provider"…; `None` when not recorded.
    pub model: Option<String>,
    pub purpose: Option<String>,
    /// YYYY-MM-DD.
    pub started: Option<String>,
    pub organisations: Vec<String>,
    /// The attributes each assessment scores, in order.
    pub attributes: Vec<String>,
    /// Oldest first.
    pub assessments: Vec<Assessment>,
    /// The organisation-level map picture of its organisations, as SVG, drawn
    /// by the export's renderer.
    pub map_svg: String,
    /// One heatmap per pair of its organisations.
    pub coverage: Vec<Heatmap>,
    /// Its partner links the table lists: the declared ones and the most
    /// urgent others, declared first, then most urgent first.
    pub links: Vec<LinkRow>,
    /// What the table leaves out, in a sentence, or `None` when it lists
    /// every partner link.
    pub links_not_listed: Option<String>,
}

/// A dated self-assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// YYYY-MM-DD.
    pub date: String,
    /// One score from 1 to 5 per attribute, in the order of `attributes`.
    pub scores: Vec<u8>,
}

/// Direct ties between two organisations by the level on each side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heatmap {
    pub a: String,
    pub b: String,
    /// The pair's weak-link category for people.
    pub label: String,
    pub direct_ties: u32,
    /// The row and column labels: board … frontline, then not recorded.
    pub levels: Vec<String>,
    /// Ties by the level on side A (rows) and side B (columns).
    pub counts: Vec<Vec<u32>>,
}

/// One partner link of a partnership.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkRow {
    pub a: String,
    pub b: String,
    pub declared: bool,
    pub category: String,
    pub label: String,
    pub colour: String,
    pub reason: String,
    pub action: String,
}

/// Section 3: who holds the partnerships together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Structure {
    /// "If X leaves, N people … lose their only route …", most cut off first.
    pub cut_points: Vec<String>,
    /// The people most often on the shortest routes between others.
    pub brokers: Vec<Broker>,
    /// How the brokers' figures were found, when they are estimates from a
    /// sample of routes rather than every route; empty when exact.
    pub brokers_estimated: String,
    /// How the communities relate to the organisations, in a sentence.
    pub communities_sentence: String,
    /// The largest communities and where their members work.
    pub communities: Vec<Community>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Broker {
    pub name: String,
    /// "Team (Organisation)", or empty for someone in no team.
    pub place: String,
    /// The share of shortest routes between others through them, 0 to 1.
    pub betweenness: f64,
    pub contacts: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Community {
    /// Numbered from 1 by decreasing size.
    pub number: u32,
    pub size: usize,
    /// "Northgate Hospital 12, Riverside Council 3".
    pub organisations: String,
}

/// Section 4: what changed since a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// The snapshot compared with and its day: "2026 Q3 (2026-09-30)".
    pub since: String,
    /// The moment compared, as `Report::moment` says.
    pub until: String,
    pub counts: ChangeCounts,
    /// "Alex Smith (Discharge team, Northgate Hospital)".
    pub joined: Vec<String>,
    pub left: Vec<String>,
    /// Team and organisation pairs whose category moved.
    pub moved: Vec<CategoryMove>,
}

/// How many of each change, as `bridgework snapshot diff` counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ChangeCounts {
    pub joined: usize,
    pub left: usize,
    pub ties_gained: usize,
    pub ties_lost: usize,
    pub ties_strengthened: usize,
    pub ties_weakened: usize,
    pub team_pairs_changed: usize,
    pub organisation_pairs_changed: usize,
}

/// A pair whose category moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryMove {
    pub a: String,
    pub b: String,
    /// The category before, for people; "not checked" when only one side checks the pair.
    pub before: String,
    pub after: String,
    /// `Some(true)` better, `Some(false)` worse, `None` neither (checked on one side only).
    pub better: Option<bool>,
}

/// Section 5: how far to trust the findings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trust {
    /// The data-health checklist, one line per check, in words.
    pub checks: Vec<TrustCheck>,
    /// How tie strength is worked out, with its settings, one sentence each.
    pub strength_model: Vec<String>,
    /// The thresholds that place a link in a category, one sentence each.
    pub thresholds: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrustCheck {
    pub passed: bool,
    /// "31% of ties (48 of 155) have no date of last contact: findings of
    /// staleness are uncertain."
    pub sentence: String,
}
