//! Fuzzing the map opener inside `cargo test`: a real map file with bytes
//! changed, cut off or its header fields set to arbitrary values, drawn
//! from a seeded pseudo-random stream, a bounded number per run
//! (`FUZZ_ITERATIONS` raises it; a failing case names its seed).
//!
//! Property: opening and reading never panics; a file that cannot be read
//! is refused with an error naming it.

use crate::fixture::*;
use bridgework_store::Store;
use std::path::Path;

fn iterations(default: u64) -> u64 {
    std::env::var("FUZZ_ITERATIONS").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// Opens `path` both ways and reads everything; errors are fine, panics
/// are not, and an error names the file.
fn open_and_read(path: &Path, seed: u64) {
    let read_only = Store::open_read_only(path).and_then(|store| {
        store.load()?;
        store.snapshots()?;
        store.audit_log()?;
        store.history()?;
        store.positions("people")
    });
    let read_write = Store::open(path).and_then(|store| store.load());
    for err in [read_only.err(), read_write.err()].into_iter().flatten() {
        assert!(err.to_string().contains("map.bwmap"), "seed {seed}: {err}");
    }
}

#[test]
fn fuzz_map_opener_damaged_bytes_and_arbitrary_header_fields_never_panic() {
    let runs = iterations(200);
    let scratch = Scratch::new();
    let pristine = std::fs::read(scratch.map_file()).unwrap();
    let path = scratch.path("map.bwmap");
    let mut refused = 0;
    for seed in 0..runs {
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut bytes = pristine.clone();
        for _ in 0..rng.u8(1..=16) {
            // Most edits land in the header and the schema's page, where
            // a reader trusts what it finds most.
            let at = if rng.bool() { rng.usize(..8192) } else { rng.usize(..bytes.len()) };
            let at = at.min(bytes.len() - 1);
            bytes[at] = rng.u8(..);
        }
        if rng.u8(..8) == 0 {
            let keep = rng.usize(..bytes.len());
            bytes.truncate(keep);
        }
        std::fs::write(&path, &bytes).unwrap();
        open_and_read(&path, seed);
        if Store::open_read_only(&path).is_err() {
            refused += 1;
        }

        // Header fields: any application id and format version.
        std::fs::write(&path, &pristine).unwrap();
        let (app_id, version) = (rng.i32(..), rng.i32(..));
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", if rng.bool() { app_id } else { 0x4257_4D50 }).unwrap();
        conn.pragma_update(None, "user_version", version).unwrap();
        drop(conn);
        open_and_read(&path, seed);
        std::fs::remove_file(&path).unwrap();
        let _ = std::fs::remove_file(scratch.path("map.bwmap-journal"));
    }
    eprintln!("fuzz map opener: {} cases, {refused} damaged files refused", runs * 2);
}
