//! The TypeScript types in `ui/src/lib/bindings/` are generated from the Rust
//! types that cross the IPC boundary, and committed so the UI builds without
//! Rust. This test generates them afresh and fails when the committed files
//! differ, so neither side can change without the other.

use bridgework_api::{
    ApiError, MapInfo, NodeDetails, OrganisationSummary, Preferences, ProgressReport, RecentMap, Scene, SceneRequest,
    SearchHit,
};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use ts_rs::{Config, TS};

const UPDATE: &str = "UPDATE_BINDINGS=1 cargo test -p bridgework-app --test bindings";

/// Writes the bindings of every type a command returns or fails with; each
/// brings the types it contains (`ApiError` brings `ErrorCode` and `Issue`).
fn generate(dir: &Path) {
    // Serde writes every integer as a JSON number, and counts and line numbers
    // stay far below 2^53, so they are `number` in TypeScript, not `bigint`.
    let cfg = Config::new().with_large_int("number").with_out_dir(dir);
    MapInfo::export_all(&cfg).unwrap();
    OrganisationSummary::export_all(&cfg).unwrap();
    ApiError::export_all(&cfg).unwrap();
    SceneRequest::export_all(&cfg).unwrap();
    Scene::export_all(&cfg).unwrap();
    NodeDetails::export_all(&cfg).unwrap();
    SearchHit::export_all(&cfg).unwrap();
    ProgressReport::export_all(&cfg).unwrap();
    RecentMap::export_all(&cfg).unwrap();
    Preferences::export_all(&cfg).unwrap();
    bridgework_api::CounterpartSearch::export_all(&cfg).unwrap();
    bridgework_api::CounterpartsView::export_all(&cfg).unwrap();
    bridgework_api::PartnershipsView::export_all(&cfg).unwrap();
    bridgework_api::PartnershipInput::export_all(&cfg).unwrap();
    bridgework_api::AssessmentInput::export_all(&cfg).unwrap();
    bridgework_api::SnapshotInfo::export_all(&cfg).unwrap();
    bridgework_api::SnapshotDiffView::export_all(&cfg).unwrap();
    bridgework_api::ImportPreview::export_all(&cfg).unwrap();
    bridgework_api::ImportReport::export_all(&cfg).unwrap();
    bridgework_api::ImportDone::export_all(&cfg).unwrap();
    bridgework_api::ColumnRename::export_all(&cfg).unwrap();
    bridgework_api::RowsRequest::export_all(&cfg).unwrap();
    bridgework_api::RowsPage::export_all(&cfg).unwrap();
    bridgework_api::RecordInput::export_all(&cfg).unwrap();
    bridgework_api::DeletePlan::export_all(&cfg).unwrap();
    bridgework_api::Erasure::export_all(&cfg).unwrap();
    bridgework_api::DuplicatePair::export_all(&cfg).unwrap();
    bridgework_api::AfterEdit::export_all(&cfg).unwrap();
    bridgework_api::DiffSettings::export_all(&cfg).unwrap();
    bridgework_api::ExportRequest::export_all(&cfg).unwrap();
    bridgework_api::ExportReport::export_all(&cfg).unwrap();
    bridgework_api::ReportRequest::export_all(&cfg).unwrap();
    bridgework_api::ReportFormat::export_all(&cfg).unwrap();
    bridgework_api::ReportPreview::export_all(&cfg).unwrap();
    bridgework_api::ReportDone::export_all(&cfg).unwrap();
}

/// The files of `dir` by name, with their text; empty when `dir` does not exist.
fn files(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = fs::read_dir(dir) else { return BTreeMap::new() };
    entries
        .map(|entry| {
            let path = entry.unwrap().path();
            (path.file_name().unwrap().to_string_lossy().into_owned(), fs::read_to_string(&path).unwrap())
        })
        .collect()
}

#[test]
fn bindings_match_the_rust_types() {
    let committed_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings");
    let fresh_dir = tempfile::tempdir().unwrap();
    generate(fresh_dir.path());
    let fresh = files(fresh_dir.path());

    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        // Start empty so that the file of a type no longer sent is removed too.
        if committed_dir.exists() {
            fs::remove_dir_all(&committed_dir).unwrap();
        }
        fs::create_dir_all(&committed_dir).unwrap();
        for (name, text) in &fresh {
            fs::write(committed_dir.join(name), text).unwrap();
        }
        return;
    }

    let committed = files(&committed_dir);
    let mut drift = Vec::new();
    for (name, text) in &fresh {
        match committed.get(name) {
            None => drift.push(format!("ui/src/lib/bindings/{name} is missing")),
            Some(old) if old != text => drift.push(format!("ui/src/lib/bindings/{name} differs from the Rust type")),
            Some(_) => {}
        }
    }
    for name in committed.keys().filter(|name| !fresh.contains_key(*name)) {
        drift.push(format!("ui/src/lib/bindings/{name} is not generated from any Rust type"));
    }
    assert!(
        drift.is_empty(),
        "the committed TypeScript bindings have drifted from the Rust types:\n  {}\nRegenerate them with `{UPDATE}` and commit the result.",
        drift.join("\n  ")
    );
}
