//! The level coverage matrix: how the direct ties between two sides spread
//! over seniority levels. "Multiple relationships at all levels" shows as a
//! filled diagonal; a link that only senior staff hold fills one corner.

use crate::map::Map;
use crate::vocabulary::Level;
use crate::weak_links::DirectTie;
use serde::Serialize;

/// Ties counted by the level of the person on side A (rows) and on side B
/// (columns): board, executive, senior, middle, frontline, then not recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct LevelCoverage {
    pub counts: [[u32; 6]; 6],
}

/// The row or column of a level; the last one is "not recorded".
fn slot(level: Option<Level>) -> usize {
    level.map_or(5, |l| Level::ALL.iter().position(|x| *x == l).expect("every level is listed"))
}

impl LevelCoverage {
    /// The labels of the rows and columns, in order.
    pub const LABELS: [&'static str; 6] = ["board", "executive", "senior", "middle", "frontline", "not recorded"];

    pub fn of(map: &Map, direct: &[DirectTie]) -> LevelCoverage {
        let people = &map.records().people;
        let mut coverage = LevelCoverage::default();
        for d in direct {
            coverage.counts[slot(people[d.a.index()].level)][slot(people[d.b.index()].level)] += 1;
        }
        coverage
    }

    /// How many of the five levels on each side hold at least one direct tie.
    pub fn levels_reached(&self) -> (usize, usize) {
        let rows = (0..5).filter(|&r| self.counts[r].iter().any(|&c| c > 0)).count();
        let columns = (0..5).filter(|&c| self.counts.iter().any(|row| row[c] > 0)).count();
        (rows, columns)
    }
}
