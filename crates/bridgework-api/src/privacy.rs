//! Pseudonymised copies of a map file's records, for exports and reports
//! that leave the team (bridgework-core's `privacy` module does the work),
//! and the key from pseudonyms back to people, written only when asked.
//!
//! The pseudonyms come from the map's own secret and are given among
//! everyone the file holds or held (live and in every snapshot), so a person
//! has the same pseudonym whichever copy or day is exported; the numbers the
//! map keeps (its pseudonym table, filled before anyone leaves that set) come
//! first, so an erasure renumbers nobody. An older map
//! opened only to read has no secret yet: it is opened to write once, which
//! brings it to the current format and makes the secret, or, when the file
//! cannot be written, pseudonymising is refused with that reason.

use crate::export::{Destination, write_file};
use crate::{ApiError, Result};
use bridgework_core::{Date, KeyEntry, PrivacyOptions, Pseudonymised, Pseudonyms, Records};
use bridgework_store::Store;
use std::path::Path;

/// The minimum group size when pseudonymising and none is given: the size
/// below which Viva Insights shows no figure.
pub const DEFAULT_MIN_GROUP: u32 = 5;

/// `records` (the map at `map_path`, or one of its snapshots) with every
/// person pseudonymised and, with `min_group` above 1, no team of fewer
/// people in post on `day`. Reads the map's secret; makes it, writing the
/// map, only for an older map that has none.
pub fn pseudonymised(map_path: &Path, records: &Records, min_group: u32, day: Date) -> Result<Pseudonymised> {
    let store = Store::open_read_only(map_path)?;
    let everyone = store.person_ids_ever()?;
    let kept = store.kept_pseudonyms()?;
    let secret = match store.pseudonym_secret()? {
        Some(secret) => secret,
        None => {
            drop(store);
            Store::open(map_path).and_then(|mut store| store.make_pseudonym_secret()).map_err(|e| {
                let err = ApiError::from(e);
                let message = format!(
                    "pseudonymising needs the map's secret, which a map made by an older Bridgework gets the first \
                     time it is written, and {} could not be written: {}",
                    map_path.display(),
                    err.message
                );
                ApiError { message, ..err }
            })?
        }
    };
    let mut pseudonyms = Pseudonyms::kept(kept);
    pseudonyms.add(&secret, everyone.iter().map(String::as_str));
    let options = PrivacyOptions { min_group: Some(min_group as usize), day };
    Ok(bridgework_core::pseudonymise(records, &secret, &pseudonyms, &options))
}

/// Writes the key from pseudonyms to people as CSV (`pseudonym`,
/// `pseudonym_id`, `person_id`, `name`), whole or not at all, with cells
/// guarded against spreadsheet formulas as every CSV export is.
pub fn write_key(key: &[KeyEntry], to: &Destination) -> Result<()> {
    write_file(to, |out| {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(["pseudonym", "pseudonym_id", "person_id", "name"])?;
        for entry in key {
            let cells = [&entry.pseudonym, &entry.pseudonym_id, &entry.person_id, &entry.name];
            writer
                .write_record(cells.map(|cell| bridgework_interchange::neutralise(cell)).iter().map(|c| c.as_ref()))?;
        }
        writer.flush()
    })
}
