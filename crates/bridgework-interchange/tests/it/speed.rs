//! How long reading the benchmark's largest file takes, and writing it as
//! CSV and as a workbook. Ignored by default;
//! run it optimised:
//!
//! ```text
//! cargo test -p bridgework-interchange --release --test it -- --ignored --nocapture speed
//! ```

use crate::support::Folder;
use bridgework_core::{Date, Frequency, Records, Tie, TieKind};
use bridgework_interchange::{write_csv, write_xlsx};
use std::time::Instant;

#[test]
#[ignore = "a timing, meaningful only in a release build"]
fn speed_reading_700k_ties() {
    // Shaped like the synthetic generator's, and written as an export writes
    // it (CRLF, every column), which is what the benchmark imports.
    let day = |i: u64| Date::from_ymd_opt(2015 + (i % 11) as i32, (i % 12 + 1) as u32, (i % 28 + 1) as u32);
    let ties = (0..700_000u64)
        .map(|i| Tie {
            person_a: format!("person-{:06}", i % 100_000),
            person_b: format!("person-{:06}", (i * 7919 + 13) % 100_000),
            kind: TieKind::ALL[(i % 5) as usize],
            strength: Some((i % 5 + 1) as u8),
            frequency: Some(Frequency::ALL[(i % 6) as usize]),
            last_contact: day(i),
            since: day(i / 3),
            source: Some("survey".into()),
            note: (i % 10 == 0).then(|| "met at the weekly discharge huddle".into()),
        })
        .collect();
    let records = Records { ties, ..Records::default() };
    let folder = Folder::empty();
    let start = Instant::now();
    let mut workbook = Vec::new();
    write_xlsx(&records, &mut workbook).unwrap();
    let xlsx = start.elapsed().as_secs_f64();
    let start = Instant::now();
    write_csv(&records, folder.path()).unwrap();
    let write = start.elapsed().as_secs_f64();
    let bytes = std::fs::metadata(folder.path().join("ties.csv")).unwrap().len();

    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let input = folder.read();
        best = best.min(start.elapsed().as_secs_f64());
        assert_eq!((input.records.ties.len(), input.errors.len()), (700_000, 0));
    }
    println!("700,000 ties ({:.1} MB): read in {best:.3} s (best of 5), written in {write:.3} s", bytes as f64 / 1e6);
    println!("the same as a workbook ({:.1} MB): written in {xlsx:.3} s", workbook.len() as f64 / 1e6);
}
