//! Erasing a person for good, everywhere the map file holds them (the live
//! map, its snapshots, the undo and redo history, the saved positions and
//! the pseudonym table), and saying beforehand exactly what will go. The
//! store does the erasing and the vacuum (bridgework-store's `erasure`);
//! this names the nearest people when an id is unknown.

use crate::map_file::now;
use crate::{ApiError, ErrorCode, Result};
use bridgework_store::{ErasurePlan, Store, StoreError};
use serde::Serialize;
use std::path::Path;

/// What erasing a person takes away: counted before (for the confirmation)
/// and after (what went).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Erasure {
    /// The person's spreadsheet id.
    pub person_id: String,
    /// Their name as the map last held it.
    pub name: String,
    /// Whether the live map holds them (not only snapshots or history).
    pub in_live_map: bool,
    /// Their ties in the live map.
    pub ties: u64,
    /// The snapshots that hold them.
    pub snapshots: u64,
    /// Their ties summed over those snapshots.
    pub snapshot_ties: u64,
    /// The undo/redo history entries that hold their data.
    pub history_entries: u64,
    /// Their saved positions on the map.
    pub positions: u64,
}

impl From<ErasurePlan> for Erasure {
    fn from(plan: ErasurePlan) -> Erasure {
        Erasure {
            person_id: plan.person_id,
            name: plan.name,
            in_live_map: plan.in_live_map,
            ties: plan.ties,
            snapshots: plan.snapshots,
            snapshot_ties: plan.snapshot_ties,
            history_entries: plan.history_entries,
            positions: plan.positions,
        }
    }
}

impl Erasure {
    /// What goes, in a sentence: "Priya Shah (P12), 14 ties, in 2 snapshots
    /// (with 20 ties there), and 3 history entries".
    pub fn describe(&self) -> String {
        let count = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = vec![format!("{} ({})", self.name, self.person_id)];
        if !self.in_live_map {
            parts.push("who is no longer in the live map".to_string());
        }
        parts.push(count(self.ties, "tie", "ties"));
        parts.push(format!(
            "in {} (with {} there)",
            count(self.snapshots, "snapshot", "snapshots"),
            count(self.snapshot_ties, "tie", "ties")
        ));
        parts.push(count(self.history_entries, "history entry", "history entries"));
        parts.push(count(self.positions, "saved position", "saved positions"));
        parts.join(", ")
    }
}

/// What erasing the person `person_id` from the map at `map_path` would
/// take away. Never writes. An unknown id is refused with the nearest.
pub fn erasure_plan(map_path: &Path, person_id: &str) -> Result<Erasure> {
    let store = Store::open_read_only(map_path)?;
    match store.erasure_plan(person_id)? {
        Some(plan) => Ok(plan.into()),
        None => Err(unknown_person(&store, person_id)),
    }
}

/// Erases the person `person_id` from the map at `map_path`, everywhere,
/// recording `reason` (which must not name them); cannot be undone. Returns
/// what went.
pub fn erase_person(map_path: &Path, person_id: &str, reason: Option<&str>) -> Result<Erasure> {
    let mut store = Store::open(map_path)?;
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    match store.erase_person(person_id, reason, &now()) {
        Ok(plan) => Ok(plan.into()),
        Err(StoreError::NoSuchPerson { .. }) => Err(unknown_person(&store, person_id)),
        Err(err) => Err(err.into()),
    }
}

/// The error for an id the file does not hold, naming whom it may have
/// meant: the three people whose id or name is nearest.
pub(crate) fn unknown_person(store: &Store, person_id: &str) -> ApiError {
    let typed = person_id.trim().to_lowercase();
    let people = match store.people_ever() {
        Ok(people) => people,
        Err(err) => return err.into(),
    };
    let score = |(id, name): &(String, String)| {
        let by_id = strsim::normalized_damerau_levenshtein(&id.to_lowercase(), &typed);
        let by_name = strsim::normalized_damerau_levenshtein(&name.to_lowercase(), &typed);
        by_id.max(by_name)
    };
    let mut scored: Vec<(f64, &(String, String))> = people.iter().map(|p| (score(p), p)).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.0.cmp(&b.1.0)));
    let nearest: Vec<String> = scored.iter().take(3).map(|(_, (id, name))| format!("{name} ({id})")).collect();
    let file = store.path().display();
    let message = if nearest.is_empty() {
        format!("{file}: nobody has the id \"{person_id}\": the map holds no people")
    } else {
        format!(
            "{file}: nobody has the id \"{person_id}\" in the map, its snapshots or its history; the nearest: {}",
            nearest.join(", ")
        )
    };
    ApiError::new(ErrorCode::NotFound, message)
}
