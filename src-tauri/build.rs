//! Generates the Tauri context (config, capabilities, icons) the app embeds,
//! with the app manifest: the app's own commands, each of which the window may
//! call only if its capability (`capabilities/default.json`) grants it. A
//! command registered in `lib.rs` but missing here or there is refused to the
//! page (`tests/commands.rs` checks all three lists agree).

/// Every command `lib.rs` registers.
const COMMANDS: &[&str] = &[
    "open_map",
    "cancel_open",
    "open_map_with_dialog",
    "new_map_with_dialog",
    "save_map_as_with_dialog",
    "recent_maps",
    "organisations",
    "scene",
    "details",
    "search",
    "place_node",
    "reset_layout",
    "counterparts",
    "data_rows",
    "save_record",
    "delete_plan",
    "delete_record",
    "erasure_plan",
    "erase_person",
    "duplicates",
    "merge_people",
    "history",
    "undo",
    "redo",
    "choose_import_source",
    "preview_import",
    "check_import",
    "run_import",
    "partnerships",
    "add_partnership",
    "edit_partnership",
    "save_assessment",
    "snapshots",
    "take_snapshot_named",
    "rename_snapshot",
    "delete_snapshot",
    "diff_snapshot",
    "export_with_dialog",
    "export_comparison_with_dialog",
    "preview_report",
    "report_with_dialog",
    "preferences",
    "dismiss_first_run_hint",
];

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        // As `tauri_build::build` reports it: cargo shows a build script's output when it fails.
        println!("{error:#}");
        std::process::exit(1);
    }
}
