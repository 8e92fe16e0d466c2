//! Creating map files: empty, the built-in demo, or a synthetic map of any size.

use crate::map_file::{describe, now};
use crate::{ApiError, ErrorCode, MapInfo, Result};
use bridgework_core::{Date, Map, Records};
use bridgework_demo::Synthetic;
use bridgework_store::Store;
use std::path::Path;

/// The demo map's name, shown in the title bar.
pub(crate) const DEMO_NAME: &str = "Ashworth health and care partnership (demo)";

/// Creates an empty map named `name`.
pub fn create_map(path: &Path, name: &str) -> Result<MapInfo> {
    create_from(path, name, Records::default(), crate::today())
}

/// Creates the built-in demo map (a fictional local health and care system) as
/// it stands on `as_of`.
pub fn create_demo_map(path: &Path, as_of: Date) -> Result<MapInfo> {
    create_from(path, DEMO_NAME, bridgework_demo::demo_map(as_of), as_of)
}

/// Creates a synthetic map for testing at scale.
pub fn create_synthetic_map(path: &Path, synthetic: &Synthetic) -> Result<MapInfo> {
    let name = format!("Synthetic map: {} people, seed {}", synthetic.people, synthetic.seed);
    create_from(path, &name, synthetic.records(), synthetic.as_of)
}

pub(crate) fn create_from(path: &Path, name: &str, records: Records, day: Date) -> Result<MapInfo> {
    let map = Map::new(records).map_err(|problems| {
        // Generated maps are checked by their own tests; this is a bug, said plainly.
        ApiError::new(ErrorCode::InvalidInput, format!("the generated map breaks a rule: {}", problems[0]))
    })?;
    let store = Store::create(path, name, &map, &now())?;
    describe(&store, day)
}
