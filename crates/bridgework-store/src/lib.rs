//! The Bridgework map file: one SQLite file holds one map, its snapshots, its
//! saved layouts and its audit log, so it can be copied, backed up or mailed.
//!
//! This is the only crate that speaks SQL. It opens files (telling a map from
//! anything else, from a map of a newer version, and from a damaged file),
//! migrates old maps, reads a map into [`Records`] and writes a checked
//! [`Map`] back as the changes from what is stored, in one transaction.
//!
//! Invariants: reads never write (a read-only open of an older map migrates a
//! copy in memory, never the file), except to roll back the journal a crash
//! left mid-commit (see [`Store::open_read_only`]); every write is one
//! transaction; no side files outlive a connection (rollback journal,
//! deleted at commit); a new file appears whole or not at all. A map file is
//! untrusted input: its schema must be exactly the one its format version
//! has before anything in it is used.

mod audit;
mod bulk;
mod columns;
mod erasure;
mod error;
mod history;
mod layouts;
mod migrations;
mod organisations;
mod partner_links;
mod partnerships;
mod people;
mod pseudonym_secret;
mod pseudonyms;
mod recovery;
mod row_ids;
mod snapshots;
mod stored;
mod subject_access;
mod sync;
mod teams;
mod ties;

pub use audit::AuditEntry;
pub use erasure::ErasurePlan;
pub use error::StoreError;
pub use history::{History, Step};
pub use layouts::Position;
pub use migrations::{APPLICATION_ID, SCHEMA_VERSION};
pub use snapshots::{NewSnapshot, SnapshotInfo};
pub use subject_access::{HistoryMention, SnapshotPresence};

use bridgework_core::{Changes, Date, Edit, Map, Progress, PseudonymSecret, Records};
use columns::Source;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;
use stored::Stored;

pub type Result<T> = std::result::Result<T, StoreError>;

/// How many records a map holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub organisations: u64,
    pub teams: u64,
    pub people: u64,
    /// People who have not left by the day asked about.
    pub people_in_post: u64,
    pub ties: u64,
    pub partner_links: u64,
    pub partnerships: u64,
    pub snapshots: u64,
}

/// An open map file.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Whether opening rolled back a change a crash had left half-written.
    recovered: bool,
}

impl Store {
    /// Creates a new map file holding `map`. The file appears whole or not at
    /// all: it is built beside its final name and moved there when complete.
    pub fn create(path: &Path, name: &str, map: &Map, at: &str) -> Result<Store> {
        let fail_io = |source| StoreError::Io { path: path.display().to_string(), source };
        if path.exists() {
            return Err(StoreError::AlreadyExists { path: path.display().to_string() });
        }
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let temp =
            tempfile::Builder::new().prefix(".bridgework-").suffix(".partial").tempfile_in(dir).map_err(fail_io)?;
        {
            let mut store = Store::connect(temp.path(), OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            store.conn.pragma_update(None, "journal_mode", "DELETE").map_err(|e| store.fail(e))?;
            let tx = store.conn.transaction().map_err(|e| StoreError::from_sqlite(path, e))?;
            let result = (|| {
                migrations::migrate(&tx, 0)?;
                tx.execute("INSERT INTO map_meta (key, value) VALUES ('name', ?1), ('created_at', ?2)", [name, at])?;
                let changes = Changes::between(&Records::default(), map.records());
                sync::apply(&tx, &Stored::default(), map, &changes, &bridgework_core::Silent)?;
                audit::record(&tx, at, "create", &format!("Created the map \"{name}\""), &serde_json::json!({}))?;
                tx.commit()
            })();
            result.map_err(|e| StoreError::from_sqlite(path, e))?;
        }
        temp.persist_noclobber(path).map_err(|e| fail_io(e.error))?;
        Store::open(path)
    }

    /// Opens a map to read and write. A map of an older format is migrated in
    /// place, in one transaction. A change that a crash left half-written is
    /// rolled back first, as SQLite does on the first read (see
    /// [`Store::recovered`]).
    pub fn open(path: &Path) -> Result<Store> {
        let had_journal = recovery::hot_journal_may_exist(path);
        let mut store = Store::connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        let version = store.check_is_map()?;
        store.recovered = had_journal && !recovery::hot_journal_may_exist(path);
        store.check_schema(version)?;
        if version < SCHEMA_VERSION {
            let tx = store.conn.transaction().map_err(|e| StoreError::from_sqlite(path, e))?;
            migrations::migrate(&tx, version)
                .and_then(|()| tx.commit())
                .map_err(|e| StoreError::from_sqlite(path, e))?;
        }
        Ok(store)
    }

    /// Opens a map only to read it. A map of an older format is copied into
    /// memory and migrated there.
    ///
    /// The one write a read may cause is recovery after a crash: when the
    /// last change was cut off while it was being committed, its journal
    /// (`map.bwmap-journal`) must be rolled back before the map can be read
    /// at all. If the file can be written, that happens in place, which puts
    /// the map back exactly as it was before that change, so the `.bwmap`
    /// alone is whole again; if not (a read-only file or folder), the map and
    /// its journal are copied to a temporary folder, recovered there and read
    /// into memory, and the file is left alone. Either way
    /// [`Store::recovered`] says so.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let conn = Store::connection(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let store = if recovery::needs_rollback(&conn) {
            drop(conn);
            recovery::recover(path)?
        } else {
            Store::on(conn, path)?
        };
        let version = store.check_is_map()?;
        store.check_schema(version)?;
        if version == SCHEMA_VERSION {
            return Ok(store);
        }
        let mut copy = Connection::open_in_memory().map_err(|e| store.fail(e))?;
        {
            let backup = rusqlite::backup::Backup::new(&store.conn, &mut copy).map_err(|e| store.fail(e))?;
            backup.run_to_completion(1024, Duration::ZERO, None).map_err(|e| store.fail(e))?;
        }
        let tx = copy.transaction().map_err(|e| store.fail(e))?;
        migrations::migrate(&tx, version)
            .and_then(|()| {
                // A secret made in this copy would be another on every open.
                if version < pseudonym_secret::SINCE_VERSION { pseudonym_secret::forget(&tx) } else { Ok(()) }
            })
            .and_then(|()| tx.commit())
            .map_err(|e| store.fail(e))?;
        Ok(Store { conn: copy, path: store.path, recovered: store.recovered })
    }

    /// Whether opening the map found a change that a crash (or a power cut)
    /// had left half-written, and rolled it back: the map is as it was
    /// before that change, which is worth telling the person.
    pub fn recovered(&self) -> bool {
        self.recovered
    }

    fn connect(path: &Path, flags: OpenFlags) -> Result<Store> {
        Store::on(Store::connection(path, flags)?, path)
    }

    /// A connection to the map file at `path`, refusing what is no file.
    fn connection(path: &Path, flags: OpenFlags) -> Result<Connection> {
        let metadata = std::fs::metadata(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => StoreError::NotFound { path: path.display().to_string() },
            _ => StoreError::Io { path: path.display().to_string(), source },
        })?;
        if !metadata.is_file() {
            // SQLite would say "disk I/O error" of a folder, and wait forever
            // on a named pipe.
            let detail = if metadata.is_dir() { "it is a folder" } else { "it is not a regular file" };
            return Err(StoreError::NotAMap { path: path.display().to_string(), detail: detail.to_string() });
        }
        let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Connection::open_with_flags(path, flags).map_err(|e| StoreError::from_sqlite(path, e))
    }

    /// Sets up a fresh connection to the map at `path`.
    fn on(conn: Connection, path: &Path) -> Result<Store> {
        let store = Store { conn, path: path.to_path_buf(), recovered: false };
        store.conn.busy_timeout(Duration::from_secs(5)).map_err(|e| store.fail(e))?;
        // A map may come from anyone: functions named in its schema must not
        // run with side effects, and a cell whose stored size lies is damage,
        // not a read past the page.
        store.conn.pragma_update(None, "trusted_schema", false).map_err(|e| store.fail(e))?;
        store.conn.pragma_update(None, "cell_size_check", true).map_err(|e| store.fail(e))?;
        store.conn.pragma_update(None, "foreign_keys", true).map_err(|e| store.fail(e))?;
        // A commit is on the disk before it returns (the rollback journal's
        // safe setting; see ARCHITECTURE.md on why not WAL).
        store.conn.pragma_update(None, "synchronous", "FULL").map_err(|e| store.fail(e))?;
        // A big import keeps its pages in memory rather than spilling them.
        store.conn.pragma_update(None, "cache_size", -262_144).map_err(|e| store.fail(e))?;
        store.conn.pragma_update(None, "temp_store", "MEMORY").map_err(|e| store.fail(e))?;
        Ok(store)
    }

    /// Tells a map from any other file, and returns its format version, from
    /// 1 to [`SCHEMA_VERSION`].
    fn check_is_map(&self) -> Result<i64> {
        let app_id = migrations::application_id(&self.conn).map_err(|e| self.fail(e))?;
        let version = migrations::user_version(&self.conn).map_err(|e| self.fail(e))?;
        let path = || self.path.display().to_string();
        if app_id != APPLICATION_ID {
            let detail = if app_id == 0 && version == 0 {
                "it is an SQLite database without a map in it"
            } else {
                "it is an SQLite database of another program"
            };
            return Err(StoreError::NotAMap { path: path(), detail: detail.to_string() });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew { path: path(), found: version, supported: SCHEMA_VERSION });
        }
        if version < 1 {
            // Every map is written with its format version; no Bridgework
            // ever wrote 0 or less, so something else changed the file.
            let detail =
                format!("it is marked as a Bridgework map but its format version is {version}, which no map has");
            return Err(StoreError::Damaged { path: path(), detail });
        }
        Ok(version)
    }

    /// Refuses a map whose schema is not exactly the one its format version
    /// has: a trigger, view, table or index added, dropped or changed by
    /// another program, which could run its own SQL on our reads and writes.
    fn check_schema(&self, version: i64) -> Result<()> {
        let found = migrations::schema(&self.conn).map_err(|e| self.fail(e))?;
        let expected = migrations::expected_schema(version).map_err(|e| self.fail(e))?;
        if found == expected {
            return Ok(());
        }
        let named = |o: &migrations::SchemaObject| format!("{} \"{}\"", o.kind, o.name);
        let same = |a: &migrations::SchemaObject, b: &migrations::SchemaObject| a.kind == b.kind && a.name == b.name;
        let mut differences = Vec::new();
        for object in &found {
            match expected.iter().find(|e| same(e, object)) {
                None => differences.push(format!("{} that a map never has", named(object))),
                Some(e) if e.sql != object.sql => differences.push(format!("{} defined differently", named(object))),
                Some(_) => {}
            }
        }
        for object in expected.iter().filter(|e| !found.iter().any(|f| same(e, f))) {
            differences.push(format!("no {}", named(object)));
        }
        let detail =
            format!("it holds {}; another program has changed it, so it is not opened", differences.join(", "));
        Err(StoreError::Damaged { path: self.path.display().to_string(), detail })
    }

    fn fail(&self, err: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(&self.path, err)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The map's name, as shown in the title bar.
    pub fn name(&self) -> Result<String> {
        self.conn
            .query_row("SELECT value FROM map_meta WHERE key = 'name'", [], |row| row.get(0))
            .map_err(|e| self.fail(e))
    }

    pub fn schema_version(&self) -> Result<i64> {
        migrations::user_version(&self.conn).map_err(|e| self.fail(e))
    }

    /// How many records of each kind the map holds, counting people in post on `day`.
    pub fn counts(&self, day: Date) -> Result<Counts> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM organisation), (SELECT count(*) FROM team),
                        (SELECT count(*) FROM person),
                        (SELECT count(*) FROM person WHERE left_on IS NULL OR left_on > ?1),
                        (SELECT count(*) FROM tie), (SELECT count(*) FROM partner_link),
                        (SELECT count(*) FROM partnership), (SELECT count(*) FROM snapshot)",
                [day],
                |row| {
                    Ok(Counts {
                        organisations: row.get(0)?,
                        teams: row.get(1)?,
                        people: row.get(2)?,
                        people_in_post: row.get(3)?,
                        ties: row.get(4)?,
                        partner_links: row.get(5)?,
                        partnerships: row.get(6)?,
                        snapshots: row.get(7)?,
                    })
                },
            )
            .map_err(|e| self.fail(e))
    }

    /// Every record of the live map.
    pub fn load(&self) -> Result<Records> {
        Stored::load(&self.conn, Source::Live).map(|s| s.records).map_err(|e| self.fail(e))
    }

    /// Every record of a snapshot.
    pub fn load_snapshot(&self, id: i64) -> Result<Records> {
        if !snapshots::exists(&self.conn, id).map_err(|e| self.fail(e))? {
            return Err(StoreError::NoSuchSnapshot { path: self.path.display().to_string(), id });
        }
        Stored::load(&self.conn, Source::Snapshot(id)).map(|s| s.records).map_err(|e| self.fail(e))
    }

    /// Starts a change of the live map: reads it inside a write transaction, so
    /// nobody else can change it between this read and the commit.
    pub fn update(&mut self) -> Result<Update<'_>> {
        let path = &self.path;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        let stored = Stored::load(&tx, Source::Live).map_err(|e| StoreError::from_sqlite(path, e))?;
        Ok(Update { tx, stored, path })
    }

    /// Copies the live map into a new, immutable snapshot.
    pub fn take_snapshot(&mut self, new: &NewSnapshot<'_>, at: &str) -> Result<i64> {
        let path = &self.path;
        let tx = self.conn.transaction().map_err(|e| StoreError::from_sqlite(path, e))?;
        let id = (|| {
            let id = snapshots::take(&tx, new, at)?;
            let summary = format!("Took snapshot \"{}\" as of {}", new.name, new.as_of);
            audit::record(&tx, at, audit::SNAPSHOT, &summary, &serde_json::json!({ "id": id, "as_of": new.as_of }))?;
            tx.commit()?;
            Ok(id)
        })()
        .map_err(|e| StoreError::from_sqlite(path, e))?;
        Ok(id)
    }

    /// Gives snapshot `id` a new name, recorded in the audit log with the old
    /// one. Its records stay as they were.
    pub fn rename_snapshot(&mut self, id: i64, name: &str, at: &str) -> Result<()> {
        self.change_snapshot(id, |tx, old| {
            snapshots::rename(tx, id, name)?;
            let summary = format!("Renamed snapshot \"{old}\" to \"{name}\"");
            let detail = serde_json::json!({ "id": id, "from": old, "to": name });
            audit::record(tx, at, audit::SNAPSHOT_RENAME, &summary, &detail)
        })
    }

    /// Deletes snapshot `id` with every record it holds, recorded in the
    /// audit log by its name.
    pub fn delete_snapshot(&mut self, id: i64, at: &str) -> Result<()> {
        self.change_snapshot(id, |tx, old| {
            // The people only this snapshot held leave the set pseudonyms
            // are drawn among: keep everyone's first.
            pseudonyms::keep_all(tx)?;
            snapshots::delete(tx, id)?;
            let summary = format!("Deleted snapshot \"{old}\"");
            audit::record(tx, at, audit::SNAPSHOT_DELETE, &summary, &serde_json::json!({ "id": id, "name": old }))
        })
    }

    /// Runs `change` on snapshot `id`, handed its current name, in one
    /// transaction; [`StoreError::NoSuchSnapshot`] when there is none.
    fn change_snapshot(
        &mut self,
        id: i64,
        change: impl FnOnce(&Transaction<'_>, &str) -> rusqlite::Result<()>,
    ) -> Result<()> {
        let path = &self.path;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(path, e))?;
        let Some(old) = snapshots::name(&tx, id).map_err(|e| StoreError::from_sqlite(path, e))? else {
            return Err(StoreError::NoSuchSnapshot { path: path.display().to_string(), id });
        };
        change(&tx, &old).and_then(|()| tx.commit()).map_err(|e| StoreError::from_sqlite(path, e))
    }

    pub fn snapshots(&self) -> Result<Vec<SnapshotInfo>> {
        snapshots::list(&self.conn).map_err(|e| self.fail(e))
    }

    /// Saves node positions of a view, replacing those of the same nodes.
    pub fn save_positions(&mut self, view: &str, positions: &[Position]) -> Result<()> {
        let path = &self.path;
        let tx = self.conn.transaction().map_err(|e| StoreError::from_sqlite(path, e))?;
        layouts::save(&tx, view, positions).and_then(|()| tx.commit()).map_err(|e| StoreError::from_sqlite(path, e))
    }

    /// Forgets every saved position of a view.
    pub fn clear_positions(&mut self, view: &str) -> Result<()> {
        layouts::clear(&self.conn, view).map_err(|e| self.fail(e))
    }

    pub fn positions(&self, view: &str) -> Result<Vec<Position>> {
        layouts::load(&self.conn, view).map_err(|e| self.fail(e))
    }

    /// What undo and redo would do now (see [`history`]).
    pub fn history(&self) -> Result<History> {
        history::Stacks::read(&self.conn).map(|s| s.history()).map_err(|e| self.fail(e))
    }

    /// Undoes the latest edit not yet undone, and says which, with the map
    /// as it now is; `None` when there is nothing to undo.
    pub fn undo(&mut self, at: &str) -> Result<Option<(Step, Map)>> {
        self.update()?.step(history::Direction::Undo, at)
    }

    /// Makes again the edit undone last, and says which, with the map as it
    /// now is; `None` when there is nothing to redo.
    pub fn redo(&mut self, at: &str) -> Result<Option<(Step, Map)>> {
        self.update()?.step(history::Direction::Redo, at)
    }

    /// The map's pseudonym secret, made with the map (or when an older map
    /// is first opened to write). `None` for an older map opened read-only
    /// that has not been written since: [`Store::make_pseudonym_secret`]
    /// on a writable open gives it one.
    pub fn pseudonym_secret(&self) -> Result<Option<PseudonymSecret>> {
        let Some(bytes) = pseudonym_secret::load(&self.conn).map_err(|e| self.fail(e))? else { return Ok(None) };
        PseudonymSecret::from_slice(&bytes).map(Some).ok_or_else(|| StoreError::Damaged {
            path: self.path.display().to_string(),
            detail: format!("its pseudonym secret is {} bytes long, not {}", bytes.len(), PseudonymSecret::LEN),
        })
    }

    /// The map's pseudonym secret, made now if it has none: a map copied
    /// (Save As) from an older map opened read-only.
    pub fn make_pseudonym_secret(&mut self) -> Result<PseudonymSecret> {
        pseudonym_secret::make(&self.conn).map_err(|e| self.fail(e))?;
        self.pseudonym_secret()?.ok_or_else(|| StoreError::Damaged {
            path: self.path.display().to_string(),
            detail: "its pseudonym secret could not be kept".to_string(),
        })
    }

    /// The spreadsheet id of everyone the map holds or held, live and in
    /// any snapshot, each once.
    pub fn person_ids_ever(&self) -> Result<Vec<String>> {
        pseudonym_secret::everyone(&self.conn).map_err(|e| self.fail(e))
    }

    /// The pseudonym numbers kept in the map (see [`pseudonyms`]), by
    /// spreadsheet id: those given before anyone left the map.
    pub fn kept_pseudonyms(&self) -> Result<Vec<(String, u64)>> {
        pseudonyms::load(&self.conn).map_err(|e| self.fail(e))
    }

    /// The spreadsheet id and name of everyone the live map or a snapshot
    /// holds, each id once (its live name first): whom an unknown id may
    /// have meant.
    pub fn people_ever(&self) -> Result<Vec<(String, String)>> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT ext_id, name FROM person UNION ALL SELECT ext_id, name FROM snapshot_person
                 WHERE ext_id NOT IN (SELECT ext_id FROM person)",
            )
            .map_err(|e| self.fail(e))?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).map_err(|e| self.fail(e))?;
        let mut people: Vec<(String, String)> = rows.collect::<rusqlite::Result<_>>().map_err(|e| self.fail(e))?;
        let mut seen = std::collections::HashSet::new();
        people.retain(|(id, _)| seen.insert(id.clone()));
        Ok(people)
    }

    /// What erasing the person with spreadsheet id `id` would take away;
    /// `None` when the file holds nothing of theirs.
    pub fn erasure_plan(&self, id: &str) -> Result<Option<ErasurePlan>> {
        (|| match erasure::find(&self.conn, id)? {
            Some(person) => erasure::plan(&self.conn, &person).map(Some),
            None => Ok(None),
        })()
        .map_err(|e| self.fail(e))
    }

    /// Erases the person with spreadsheet id `id` from the live map, every
    /// snapshot, the undo and redo history, the saved positions and the
    /// pseudonym table, in one transaction, recording `reason` (which must
    /// not name them) in the audit log; then vacuums the file with secure
    /// deletion on, so none of their bytes are left in it. Cannot be undone.
    ///
    /// A crash before the commit leaves the map as it was; one after it
    /// leaves it erased, its freed pages already overwritten with zeros by
    /// secure deletion, and the vacuum only compacts. A read-only file, a
    /// file another program holds, an unknown id or a reason that names the
    /// person change nothing.
    pub fn erase_person(&mut self, id: &str, reason: Option<&str>, at: &str) -> Result<ErasurePlan> {
        let path = &self.path;
        let fail = |e| StoreError::from_sqlite(path, e);
        // A file marked read-only is refused even where it could be written
        // (by the administrator): its owner asked for it not to change.
        let marked_read_only = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
        if marked_read_only || self.conn.is_readonly(rusqlite::MAIN_DB).map_err(fail)? {
            return Err(StoreError::ReadOnly { path: path.display().to_string() });
        }
        // Every page the erasure frees is overwritten with zeros, including
        // the pages of the rollback journal's own deleted rows.
        self.conn.pragma_update(None, "secure_delete", true).map_err(fail)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(fail)?;
        let Some(person) = erasure::find(&tx, id).map_err(fail)? else {
            return Err(StoreError::NoSuchPerson { path: path.display().to_string(), id: id.to_string() });
        };
        if reason.is_some_and(|reason| person.named_in(reason)) {
            return Err(StoreError::ReasonNamesPerson { path: path.display().to_string() });
        }
        let plan =
            erasure::erase(&tx, &person, reason, at).and_then(|plan| tx.commit().map(|()| plan)).map_err(fail)?;
        self.conn.execute_batch("VACUUM").map_err(fail)?;
        Ok(plan)
    }

    /// Every snapshot that holds the person `id`, as it held them.
    pub fn person_in_snapshots(&self, id: &str) -> Result<Vec<SnapshotPresence>> {
        subject_access::in_snapshots(&self.conn, id).map_err(|e| self.fail(e))
    }

    /// Every audit entry that holds data of the person `id`, with only
    /// their rows of its edit.
    pub fn history_of_person(&self, id: &str) -> Result<Vec<HistoryMention>> {
        subject_access::history(&self.conn, id).map_err(|e| self.fail(e))
    }

    pub fn audit_log(&self) -> Result<Vec<AuditEntry>> {
        audit::list(&self.conn).map_err(|e| self.fail(e))
    }

    /// Writes a consistent copy of the map to `path`, compacted, replacing any
    /// file there (the caller has asked the person about that) but never the
    /// map's own file. The copy appears whole or not at all: it is written
    /// beside its final name and moved there when complete.
    pub fn copy_to(&self, path: &Path) -> Result<()> {
        let fail_io = |source| StoreError::Io { path: path.display().to_string(), source };
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        if !dir.is_dir() {
            return Err(StoreError::NoSuchFolder { path: dir.display().to_string() });
        }
        // Compare the files themselves, so another spelling of the same path
        // (a link, `..`) cannot replace the map with a copy of itself.
        if let (Ok(target), Ok(own)) = (std::fs::canonicalize(path), std::fs::canonicalize(&self.path))
            && target == own
        {
            return Err(StoreError::SameFile { path: path.display().to_string() });
        }
        let temp =
            tempfile::Builder::new().prefix(".bridgework-").suffix(".partial").tempfile_in(dir).map_err(fail_io)?;
        // SQL takes the target as text; a folder whose name is not valid
        // Unicode cannot be spelled there.
        let temp_name = temp.path().to_str().ok_or_else(|| {
            fail_io(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the folder's name is not valid Unicode; choose another folder",
            ))
        })?;
        // VACUUM INTO reads inside one transaction, so the copy is consistent
        // even while another connection writes, and it keeps the map's
        // application id and format version. It accepts the empty file the
        // temporary file starts as.
        self.conn.execute("VACUUM INTO ?1", [temp_name]).map_err(|e| StoreError::from_sqlite(path, e))?;
        // SQLite does not sync the copy: do it before the rename makes it the file.
        temp.as_file().sync_all().map_err(fail_io)?;
        temp.persist(path).map_err(|e| fail_io(e.error))?;
        Ok(())
    }
}

/// A change of the live map in progress. Dropping it without [`Update::commit`]
/// leaves the map as it was.
#[derive(Debug)]
pub struct Update<'s> {
    tx: Transaction<'s>,
    stored: Stored,
    path: &'s Path,
}

impl Update<'_> {
    /// The map as stored, read inside this change's transaction.
    pub fn current(&self) -> &Records {
        &self.stored.records
    }

    /// Writes `new` over the stored map (only what changed), records `summary`
    /// in the audit log, and commits. Returns what changed. Undo does not
    /// reach back past such a change (an import, say): see [`Update::commit_edit`].
    pub fn commit(self, new: &Map, action: &str, summary: &str, at: &str, progress: &dyn Progress) -> Result<Changes> {
        let changes = Changes::between(&self.stored.records, new.records());
        self.write(new, changes, Entry { action, summary, at }, progress, serde_json::Map::new())
    }

    /// [`Update::commit`] for an edit a person can undo: its audit entry keeps
    /// the rows it touched, before and after.
    pub fn commit_edit(self, new: &Map, action: &str, summary: &str, at: &str) -> Result<Changes> {
        let (changes, _) =
            self.commit_undoable_within(new, action, summary, at, usize::MAX, &bridgework_core::Silent)?;
        Ok(changes)
    }

    /// [`Update::commit_edit`] when the change touches at most `limit` rows,
    /// else [`Update::commit`]: the rows kept for undo stay in the file for
    /// good, so a large import is not undone this way (a snapshot taken
    /// before it is the way back). Says which it was.
    pub fn commit_undoable_within(
        self,
        new: &Map,
        action: &str,
        summary: &str,
        at: &str,
        limit: usize,
        progress: &dyn Progress,
    ) -> Result<(Changes, bool)> {
        let changes = Changes::between(&self.stored.records, new.records());
        let mut detail = serde_json::Map::new();
        let undoable = changes.touched() <= limit;
        if undoable {
            let edit = Edit::between(&self.stored.records, new.records(), &changes);
            detail.insert("edit".to_string(), serde_json::to_value(&edit).expect("records serialise"));
        }
        let changes = self.write(new, changes, Entry { action, summary, at }, progress, detail)?;
        Ok((changes, undoable))
    }

    /// Undoes or redoes the step on top of its stack, as a logged change.
    fn step(self, direction: history::Direction, at: &str) -> Result<Option<(Step, Map)>> {
        let path = self.path;
        let fail = |e| StoreError::from_sqlite(path, e);
        let stacks = history::Stacks::read(&self.tx).map_err(fail)?;
        let Some(step) = stacks.top(direction).cloned() else {
            return Ok(None);
        };
        let Some(recorded) = history::edit_of(&self.tx, step.id).map_err(fail)? else {
            let detail = format!("audit entry {} has no edit to undo", step.id);
            return Err(StoreError::Damaged { path: path.display().to_string(), detail });
        };
        let (edit, action, verb, link) = match direction {
            history::Direction::Undo => (recorded.inverse(), "undo", "Undid", "undoes"),
            history::Direction::Redo => (recorded, "redo", "Redid", "redoes"),
        };
        let cannot = |detail: String| StoreError::CannotUndo {
            path: path.display().to_string(),
            action,
            summary: step.summary.clone(),
            detail,
        };
        let records = edit.apply(&self.stored.records).map_err(|c| cannot(c.to_string()))?;
        let map = Map::new(records)
            .map_err(|problems| cannot(problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; ")))?;
        let mut detail = serde_json::Map::new();
        detail.insert(link.to_string(), step.id.into());
        detail.insert("edit".to_string(), serde_json::to_value(&edit).expect("records serialise"));
        let changes = Changes::between(&self.stored.records, map.records());
        let summary = format!("{verb}: {}", step.summary);
        self.write(&map, changes, Entry { action, summary: &summary, at }, &bridgework_core::Silent, detail)?;
        Ok(Some((step, map)))
    }

    /// Writes `new` (`changes` from what is stored), records the audit entry
    /// with `detail` and each table's change counts under its name, and commits.
    fn write(
        self,
        new: &Map,
        changes: Changes,
        entry: Entry<'_>,
        progress: &dyn Progress,
        mut detail: serde_json::Map<String, serde_json::Value>,
    ) -> Result<Changes> {
        for (table, c) in &changes.tables {
            let value = serde_json::json!({
                "added": c.added.len(), "updated": c.updated.len(),
                "unchanged": c.unchanged, "removed": c.removed.len(),
            });
            detail.insert(table.name().to_string(), value);
        }
        let path = self.path;
        let removes_people = !changes.table(bridgework_core::Table::People).removed.is_empty();
        (|| {
            if removes_people {
                // They may leave the set pseudonyms are drawn among.
                pseudonyms::keep_all(&self.tx)?;
            }
            sync::apply(&self.tx, &self.stored, new, &changes, progress)?;
            audit::record(&self.tx, entry.at, entry.action, entry.summary, &serde_json::Value::Object(detail))?;
            self.tx.commit()
        })()
        .map_err(|e| StoreError::from_sqlite(path, e))?;
        Ok(changes)
    }
}

/// What an audit entry says of a change: its kind, its one line, its moment.
struct Entry<'a> {
    action: &'a str,
    summary: &'a str,
    at: &'a str,
}
