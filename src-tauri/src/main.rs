//! Bridgework's desktop app: a Tauri window showing the Svelte UI in `ui/`.
//!
//! This crate is only a shell. It decides which map the window opens with
//! ([`launch`]) and registers commands ([`commands`]) that each make one call
//! into `bridgework-api`, off the UI thread. It never reads the map file
//! itself and holds no analysis logic, so the CLI behaves exactly the same.

// Release builds on Windows should not open a console beside the window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod launch;

use tauri::Manager;

fn main() {
    let map_argument = match launch::map_argument(std::env::args_os().skip(1)) {
        Ok(map_argument) => map_argument,
        Err(err) => {
            eprintln!("bridgework: {err}");
            std::process::exit(2);
        }
    };
    let result = tauri::Builder::default()
        .setup(move |app| {
            let launch_map = launch::choose(map_argument, |name| std::env::var_os(name), || app.path().app_data_dir())?;
            app.manage(launch_map);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![commands::map::open_map, commands::map::organisations])
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("bridgework: {err}");
        std::process::exit(1);
    }
}
