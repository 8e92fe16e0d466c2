//! Writes to the open map, composed for the desktop app: each is the use
//! case the CLI shares, on the session's own path, and hands back a new
//! session made from the map as written ([`MapSession::from_written`]), so
//! the app shows the change without reading the file again. Reads of the
//! file that the session does not keep in memory (history, snapshots) are
//! here too, so the app never needs the path.

use super::MapSession;
use crate::edit::Written;
use crate::import::import_written;
use crate::{
    AfterEdit, AssessmentInput, ColumnRename, DataTable, EditDone, Erasure, HistoryView, ImportDone, ImportReport,
    MapInfo, PartnershipInput, Result, SnapshotDiffRequest, SnapshotDiffView, SnapshotInfo, SnapshotInput, SnapshotRef,
    today,
};
use bridgework_core::Progress;
use std::path::Path;

/// A write done, and the session of the map as written, to show next.
#[derive(Debug)]
pub struct Rewritten<T> {
    pub value: T,
    pub session: MapSession,
}

impl MapSession {
    /// The map file this session was opened from (and writes go to).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `change` on the map file, then makes the session of the map it
    /// wrote, analysed for today.
    fn rewrite<T>(&self, change: impl FnOnce(&Path) -> Result<Written<T>>) -> Result<Rewritten<T>> {
        let Written { value, map } = change(&self.path)?;
        let session = MapSession::from_written(&self.path, map, today())?;
        Ok(Rewritten { value, session })
    }

    /// An edit of the Data page, then what undo and redo would do next.
    fn edit(&self, change: impl FnOnce(&Path) -> Result<Written<EditDone>>) -> Result<Rewritten<AfterEdit>> {
        let Rewritten { value: done, session } = self.rewrite(change)?;
        let after = AfterEdit { info: session.info().clone(), done, history: session.history()? };
        Ok(Rewritten { value: after, session })
    }

    /// A write of the Partnerships page, and what the map holds after it.
    fn change<T>(&self, change: impl FnOnce(&Path) -> Result<Written<T>>) -> Result<Rewritten<MapInfo>> {
        let Rewritten { session, .. } = self.rewrite(change)?;
        Ok(Rewritten { value: session.info().clone(), session })
    }

    /// Adds or edits one record ([`crate::save_record`]).
    pub fn save_record(&self, input: &crate::RecordInput) -> Result<Rewritten<AfterEdit>> {
        self.edit(|path| crate::save_record(path, input))
    }

    /// Deletes the record `key` of `table` and what cannot stand without it
    /// ([`crate::delete_record`]).
    pub fn delete_record(&self, table: DataTable, key: &str) -> Result<Rewritten<AfterEdit>> {
        self.edit(|path| crate::delete_record(path, table, key))
    }

    /// Merges the person `merge` into the person `keep`, each named by node
    /// key or id ([`crate::merge_people`]).
    pub fn merge_people(&self, keep: &str, merge: &str) -> Result<Rewritten<AfterEdit>> {
        self.edit(|path| {
            let Written { value, map } = crate::merge_people(path, keep, merge)?;
            Ok(Written { value: value.done, map })
        })
    }

    /// What erasing the person `key` (`person:ID`) would take away
    /// ([`crate::erasure_plan`]), for the confirmation. Never writes.
    pub fn erasure_plan(&self, key: &str) -> Result<Erasure> {
        crate::erasure_plan(&self.path, self.person_id(key)?)
    }

    /// Erases the person `key` (`person:ID`) everywhere, for good
    /// ([`crate::erase_person`]); the map is then read again, as the
    /// erasure rewrote the file.
    pub fn erase_person(&self, key: &str, reason: Option<&str>) -> Result<Rewritten<AfterEdit>> {
        let id = self.person_id(key)?;
        self.edit(|path| {
            let erased = crate::erase_person(path, id, reason)?;
            let summary = format!("Erased {}; this cannot be undone", erased.describe());
            Ok(Written { value: EditDone { summary, key: None }, map: crate::open_map(path)? })
        })
    }

    /// The spreadsheet id of the person whose node key is `key`.
    fn person_id(&self, key: &str) -> Result<&str> {
        let people = &self.map().records().people;
        Ok(&people[crate::data::find_row(self.map().records(), DataTable::People, key)?].id)
    }

    /// Takes back the latest edit ([`crate::undo`]).
    pub fn undo(&self) -> Result<Rewritten<AfterEdit>> {
        self.edit(crate::undo)
    }

    /// Makes again the edit undone last ([`crate::redo`]).
    pub fn redo(&self) -> Result<Rewritten<AfterEdit>> {
        self.edit(crate::redo)
    }

    /// What undo and redo would do. Reads the file's log; never writes.
    pub fn history(&self) -> Result<HistoryView> {
        crate::history(&self.path)
    }

    /// Adds a partnership ([`crate::add_partnership`]).
    pub fn add_partnership(&self, input: &PartnershipInput) -> Result<Rewritten<MapInfo>> {
        self.change(|path| crate::add_partnership(path, input))
    }

    /// Edits the partnership `id` ([`crate::edit_partnership`]).
    pub fn edit_partnership(&self, id: &str, input: &PartnershipInput) -> Result<Rewritten<MapInfo>> {
        self.change(|path| crate::edit_partnership(path, id, input))
    }

    /// Adds an assessment of a partnership, or replaces the one dated
    /// `replacing` ([`crate::save_assessment`]).
    pub fn save_assessment(
        &self,
        partnership_id: &str,
        replacing: Option<&str>,
        input: &AssessmentInput,
    ) -> Result<Rewritten<MapInfo>> {
        self.change(|path| crate::save_assessment(path, partnership_id, replacing, input))
    }

    /// Imports `source`, reading the headings in `renames` as the columns
    /// they name, all or nothing. `progress` may stop it while it reads.
    pub fn import(
        &self,
        source: &Path,
        renames: &[ColumnRename],
        progress: &dyn Progress,
    ) -> Result<Rewritten<ImportDone>> {
        let Rewritten { value: report, session } =
            self.rewrite(|path| import_written(path, source, renames, progress))?;
        Ok(Rewritten { value: ImportDone { report, info: session.info().clone() }, session })
    }

    /// What importing `source` would change, or every problem; opens the
    /// file read-only ([`crate::check_import`]).
    pub fn check_import(
        &self,
        source: &Path,
        renames: &[ColumnRename],
        progress: &dyn Progress,
    ) -> Result<ImportReport> {
        crate::check_import(&self.path, source, renames, progress)
    }

    /// The map's snapshots, oldest first.
    pub fn snapshots(&self) -> Result<Vec<SnapshotInfo>> {
        crate::list_snapshots(&self.path)
    }

    /// Copies the map as it is into a new snapshot; the live map, and so
    /// this session, stay as they are.
    pub fn take_snapshot(&self, input: &SnapshotInput) -> Result<SnapshotInfo> {
        crate::take_snapshot(&self.path, input)
    }

    /// Renames a snapshot; the live map stays as it is.
    pub fn rename_snapshot(&self, which: &SnapshotRef, name: &str) -> Result<SnapshotInfo> {
        crate::rename_snapshot(&self.path, which, name)
    }

    /// Deletes a snapshot and says what it was; the live map stays as it is.
    pub fn delete_snapshot(&self, which: &SnapshotRef) -> Result<SnapshotInfo> {
        crate::delete_snapshot(&self.path, which)
    }

    /// What changed from `from` to `to`.
    pub fn diff_snapshots(
        &self,
        from: &SnapshotRef,
        to: &SnapshotRef,
        request: &SnapshotDiffRequest,
    ) -> Result<SnapshotDiffView> {
        crate::diff_snapshots(&self.path, from, to, request)
    }

    /// Copies the map to `to` (Save As) and says what the copy holds.
    pub fn save_as(&self, to: &Path) -> Result<MapInfo> {
        crate::save_map_as(&self.path, to)
    }
}
