//! `kill -9` at moments spread over an import of a few thousand rows: every
//! time, the map is whole (`PRAGMA integrity_check`), holds all of the old
//! content or all of the new, opens read-only (rolling back a commit the
//! kill cut off, and saying so), and after that open the `.bwmap` file copied
//! alone is whole too.

use crate::support::*;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const KILLS: u32 = 20;

/// The first bytes of a rollback journal SQLite has finished and synced,
/// and would roll back: a "hot" journal.
const JOURNAL_MAGIC: [u8; 8] = [0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7];

/// A folder of CSV files: `people` people in 20 teams of 2 organisations,
/// each with ties to the next three; `version` changes every name and
/// strength, so two versions differ in every row.
fn spreadsheet(folder: &Path, people: usize, version: u32) {
    std::fs::create_dir_all(folder).unwrap();
    std::fs::write(
        folder.join("organisations.csv"),
        "id,name,kind\r\na,Ashworth Hospitals,acute\r\nb,Ashworth Council,local-authority\r\n",
    )
    .unwrap();
    let mut teams = String::from("id,org_id,parent_team_id,name,function\r\n");
    for t in 0..20 {
        teams.push_str(&format!("t{t},{},,Team {t} v{version},\r\n", if t % 2 == 0 { "a" } else { "b" }));
    }
    std::fs::write(folder.join("teams.csv"), teams).unwrap();
    let mut rows = String::from("id,team_id,name,role,level\r\n");
    let mut ties = String::from("person_a,person_b,strength\r\n");
    for p in 0..people {
        rows.push_str(&format!("p{p},t{},Person {p} v{version},Nurse,frontline\r\n", p % 20));
        for step in 1..=3 {
            ties.push_str(&format!("p{p},p{},{}\r\n", (p + step) % people, 1 + (p as u32 + step as u32 + version) % 5));
        }
    }
    std::fs::write(folder.join("people.csv"), rows).unwrap();
    std::fs::write(folder.join("ties.csv"), ties).unwrap();
}

/// Whether the journal at `path` is hot: finished, synced, to be rolled back.
fn hot(path: &str) -> bool {
    let mut magic = [0; 8];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut magic)).is_ok() && magic == JOURNAL_MAGIC
}

fn export(map: &Path) -> Vec<u8> {
    bridgework(&["export", s(map), "--format", "json", "--out", "-"]).assert().success().get_output().stdout.clone()
}

fn integrity(map: &Path) -> String {
    let conn = rusqlite::Connection::open_with_flags(map, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

#[test]
fn an_import_killed_at_any_moment_leaves_a_whole_map_all_old_or_all_new_that_opens_read_only() {
    let scratch = Scratch::new();
    let (old_csv, new_csv) = (scratch.path("old"), scratch.path("new"));
    spreadsheet(&old_csv, 3000, 1);
    spreadsheet(&new_csv, 3000, 2);
    let base = scratch.path("base.bwmap");
    bridgework(&["new", s(&base)]).assert().success();
    bridgework(&["import", s(&base), s(&old_csv)]).assert().success();
    let old = export(&base);

    let finished = scratch.path("finished.bwmap");
    std::fs::copy(&base, &finished).unwrap();
    let started = Instant::now();
    bridgework(&["import", s(&finished), s(&new_csv)]).assert().success();
    let took = started.elapsed();
    let new = export(&finished);
    assert_ne!(old, new);

    let (mut old_seen, mut new_seen, mut recovered) = (0, 0, 0);
    for kill in 0..KILLS {
        let map = scratch.path(&format!("killed-{kill}.bwmap"));
        std::fs::copy(&base, &map).unwrap();
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("bridgework"))
            .args(["import", s(&map), s(&new_csv)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let journal = format!("{}-journal", map.display());
        let at = if kill % 2 == 0 {
            // Moments spread over the whole import, a little past its end
            // too, with a stagger so that no two runs line up.
            let at = took.mul_f64((f64::from(kill) + 0.37 * f64::from(kill % 3)) / f64::from(KILLS) * 1.1);
            std::thread::sleep(at);
            format!("{at:?}")
        } else {
            // The moment the commit writes the map: its journal is hot.
            let started = Instant::now();
            while !hot(&journal) && child.try_wait().unwrap().is_none() && started.elapsed() < Duration::from_secs(10) {
                std::hint::spin_loop();
            }
            "the commit".to_string()
        };
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let info = bridgework(&["info", s(&map)]).assert().success().get_output().clone();
        if String::from_utf8_lossy(&info.stderr).contains("rolled back") {
            recovered += 1;
        }
        // A journal whose header SQLite had not yet marked valid when the
        // kill came is cold (the map was not touched yet, and the next open
        // to write deletes it); a hot one must be gone.
        assert!(!hot(&journal), "kill {kill} at {at}: a hot journal is left after a read-only open");
        let alone = scratch.path(&format!("alone-{kill}.bwmap"));
        std::fs::copy(&map, &alone).unwrap();
        for file in [&map, &alone] {
            assert_eq!(integrity(file), "ok", "kill {kill} at {at}: {}", file.display());
            let content = export(file);
            assert!(content == old || content == new, "kill {kill} at {at}: neither all old nor all new");
            if content == old { old_seen += 1 } else { new_seen += 1 }
        }
    }
    eprintln!(
        "kill -9: {KILLS} kills over an import of {took:?}: {} all old, {} all new, {recovered} recovered from a hot journal",
        old_seen / 2,
        new_seen / 2
    );
    assert!(old_seen > 0, "some kills landed before the commit");
    assert!(recovered > 0, "some kills landed while the commit wrote the map");
}
