//! Bridgework's desktop app: a Tauri window showing the Svelte UI in `ui/`.
//!
//! This crate is only a shell. It decides which map the window opens with
//! ([`launch`]), keeps the open map ([`open_maps`]) and the recent maps
//! ([`recent`]), draws the menu bar ([`menu`]) and the native file dialogs
//! ([`dialogs`]), and registers commands ([`commands`]) that each make one
//! call into `bridgework-api`, off the UI thread. It never reads the map file
//! itself and holds no analysis logic, so the CLI behaves exactly the same.
//!
//! [`app`] sets the app up on any Tauri runtime: `main.rs` runs it on the
//! real one, and `tests/commands.rs` builds it on Tauri's mock runtime to
//! check that every command the UI calls is registered.

mod commands;
mod dialogs;
mod import_sources;
pub mod launch;
mod menu;
mod open_maps;
mod progress;
mod recent;

use bridgework_api::MapSession;
use import_sources::ImportSources;
use open_maps::OpenMaps;
use progress::LongWrite;
use recent::RecentMaps;
use std::ffi::OsString;
use std::path::PathBuf;
use tauri::{Builder, Manager, Runtime};

/// `builder` with everything the app is but the native dialogs: the open
/// map, the menu bar and every command. `main` adds the dialog plugin;
/// tests leave it out, so that a command that would show a dialog fails at
/// once instead of opening one on the screen of whoever runs them.
/// `arguments` are the command line's; `var` reads the environment
/// (`BRIDGEWORK_MAP`, `BRIDGEWORK_DATA_DIR`; see [`launch`]; and, for
/// end-to-end tests only, `BRIDGEWORK_TEST_SAVE_DIR`: see [`dialogs::TestSaveDir`]).
pub fn app<R: Runtime>(
    builder: Builder<R>,
    arguments: launch::Arguments,
    var: impl Fn(&str) -> Option<OsString> + Send + 'static,
) -> Builder<R> {
    builder
        .manage(OpenMaps::<MapSession>::default())
        .manage(LongWrite::default())
        .manage(ImportSources::new(arguments.import_source))
        .setup(move |app| {
            let data_dir = launch::data_dir(&var, || app.path().app_data_dir())?;
            app.manage(launch::choose(arguments.map, &var, &data_dir));
            let (menu_bar, recent_menu) = menu::build(app.handle(), &bridgework_api::recent_maps(&data_dir))?;
            app.set_menu(menu_bar)?;
            app.manage(RecentMaps::new(data_dir, recent_menu));
            app.manage(dialogs::TestSaveDir(var(dialogs::TEST_SAVE_DIR).map(PathBuf::from)));
            Ok(())
        })
        .on_menu_event(menu::on_event)
        .invoke_handler(tauri::generate_handler![
            commands::map::open_map,
            commands::map::cancel_open,
            commands::map::open_map_with_dialog,
            commands::map::new_map_with_dialog,
            commands::map::save_map_as_with_dialog,
            commands::map::recent_maps,
            commands::canvas::organisations,
            commands::canvas::scene,
            commands::canvas::details,
            commands::canvas::search,
            commands::canvas::place_node,
            commands::canvas::reset_layout,
            commands::counterparts::counterparts,
            commands::data::data_rows,
            commands::data::save_record,
            commands::data::delete_plan,
            commands::data::delete_record,
            commands::data::erasure_plan,
            commands::data::erase_person,
            commands::data::duplicates,
            commands::data::merge_people,
            commands::data::history,
            commands::data::undo,
            commands::data::redo,
            commands::export::export_with_dialog,
            commands::import::choose_import_source,
            commands::import::preview_import,
            commands::import::check_import,
            commands::import::run_import,
            commands::partnerships::partnerships,
            commands::partnerships::add_partnership,
            commands::partnerships::edit_partnership,
            commands::partnerships::save_assessment,
            commands::snapshots::snapshots,
            commands::snapshots::take_snapshot_named,
            commands::snapshots::rename_snapshot,
            commands::snapshots::delete_snapshot,
            commands::snapshots::diff_snapshot,
            commands::snapshots::export_comparison_with_dialog,
            commands::report::preview_report,
            commands::report::report_with_dialog,
            commands::preferences::preferences,
            commands::preferences::dismiss_first_run_hint,
        ])
}
