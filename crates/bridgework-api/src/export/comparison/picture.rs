//! The changes map as a picture: the nodes and lines the Snapshots page
//! draws, at its positions and in its colours, with a title, the two sides
//! compared, the counts, the settings, and a legend of the marks used.
//!
//! Colours and sizes follow the page's changes map
//! (`ui/src/lib/snapshots/snapshots.ts`'s `CHANGE_STYLES` and `NODE_STYLES`,
//! the tokens of `ui/src/app.css`, and `ChangesMap.svelte`); keep them in step.

use super::Comparison;
use crate::snapshots::{Change, ChangesMap, NodeStatus};
use crate::{DiffSummary, MomentView, SnapshotDiffView};
use bridgework_export::{Colour, Dot, LegendEntry, Line, Picture, Swatch};
use std::collections::HashMap;

/// Every team and changed person is labelled up to this many people; beyond
/// it only those who joined or left are, so that names stay readable on the ring.
const LABELLED_PEOPLE: usize = 48;
const TEAM_PIXELS: f64 = 9.0;
const PERSON_PIXELS: f64 = 6.0;
const TIE_PIXELS: f64 = 2.0;
const CATEGORY_PIXELS: f64 = 3.0;

const fn rgb(hex: u32) -> Colour {
    Colour { red: (hex >> 16) as u8, green: (hex >> 8) as u8, blue: hex as u8 }
}

/// app.css's `--success`, `--danger`, `--info`, `--warning`, `--violet` and `--muted`.
const SUCCESS: Colour = rgb(0x067647);
const DANGER: Colour = rgb(0xb42318);
const INFO: Colour = rgb(0x1570ef);
const WARNING: Colour = rgb(0xb54708);
const VIOLET: Colour = rgb(0x6941c6);
const MUTED: Colour = rgb(0x5c6773);

fn change_colour(change: Change) -> Colour {
    match change {
        Change::Gained => SUCCESS,
        Change::Lost => DANGER,
        Change::Strengthened => INFO,
        Change::Weakened => WARNING,
        Change::Category => VIOLET,
    }
}

fn status_colour(status: NodeStatus) -> Colour {
    match status {
        NodeStatus::Joined => SUCCESS,
        NodeStatus::Left => DANGER,
        NodeStatus::Involved => MUTED,
        NodeStatus::Team => VIOLET,
    }
}

/// One side in words: `snapshot "2026 Q3" (as of 2026-09-30)`, or the map now.
pub(super) fn side(moment: &MomentView) -> String {
    match &moment.snapshot {
        Some(snapshot) => format!("snapshot \"{}\" (as of {})", snapshot.name, moment.as_of),
        None => format!("the map now (as of {})", moment.as_of),
    }
}

/// The comparison's picture.
pub(super) fn of(comparison: &Comparison) -> Picture {
    let diff = &comparison.diff;
    let map = &diff.changes_map;
    let position: HashMap<&str, (f64, f64)> = map.nodes.iter().map(|n| (n.key.as_str(), (n.x, n.y))).collect();
    let people = map.nodes.iter().filter(|n| n.status != NodeStatus::Team).count();
    // Pair changes over tie changes, as the page draws them wider.
    let mut edges: Vec<_> = map.edges.iter().collect();
    edges.sort_by_key(|e| e.change == Change::Category);
    let lines = edges
        .into_iter()
        .map(|edge| Line {
            from: position[edge.source.as_str()],
            to: position[edge.target.as_str()],
            width: if edge.change == Change::Category { CATEGORY_PIXELS } else { TIE_PIXELS },
            colour: change_colour(edge.change),
            dashes: Vec::new(),
            mark: None,
        })
        .collect();
    let dots = map
        .nodes
        .iter()
        .map(|node| {
            let labelled = match node.status {
                NodeStatus::Team | NodeStatus::Joined | NodeStatus::Left => true,
                NodeStatus::Involved => people <= LABELLED_PEOPLE,
            };
            Dot {
                key: node.key.clone(),
                x: node.x,
                y: node.y,
                radius: if node.status == NodeStatus::Team { TEAM_PIXELS } else { PERSON_PIXELS },
                fill: status_colour(node.status),
                ring: None,
                label: labelled.then(|| node.label.clone()),
            }
        })
        .collect();
    Picture {
        title: format!("{}: what changed", comparison.map),
        caption: vec![
            format!("From {} to {}", side(&diff.from), side(&diff.to)),
            diff.summary.in_words(),
            format!(
                "A tie unrenewed counts half as strong after {} days; a link is stale after {} days without contact.",
                diff.strength.half_life_days, diff.thresholds.recency_days
            ),
        ],
        lines,
        dots,
        legend: legend(map),
        note: note(diff, people),
        paper: None,
    }
}

/// The marks the picture uses: the changes drawn, then the kinds of node.
fn legend(map: &ChangesMap) -> Vec<LegendEntry> {
    let changes =
        Change::ALL.into_iter().filter(|c| map.edges.iter().any(|e| e.change == *c)).map(|change| LegendEntry {
            colour: change_colour(change),
            swatch: Swatch::Line { dashes: Vec::new() },
            label: change.label().to_string(),
        });
    let statuses = NodeStatus::ALL.into_iter().filter(|s| map.nodes.iter().any(|n| n.status == *s)).map(|status| {
        LegendEntry { colour: status_colour(status), swatch: Swatch::Disc, label: status.label().to_string() }
    });
    changes.chain(statuses).collect()
}

/// What the picture leaves out, or that nothing changed.
fn note(diff: &SnapshotDiffView, people: usize) -> Option<String> {
    let map = &diff.changes_map;
    let mut parts = Vec::new();
    if diff.summary == DiffSummary::default() {
        parts.push("Nothing changed between these two moments.".to_string());
    }
    if map.recency_only > 0 {
        let ties = if map.recency_only == 1 { "tie" } else { "ties" };
        parts.push(format!("{} {ties} weakened only because time passed, not drawn.", map.recency_only));
    }
    if people > LABELLED_PEOPLE {
        parts.push("Only people who joined or left are named; the workbook export lists every change.".to_string());
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}
