//! The `bridgework-app` binary: reads the command line and runs the app
//! ([`bridgework_desktop::app`], with the native dialogs) in a real window.

// Release builds on Windows should not open a console beside the window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use bridgework_desktop::{app, launch};

fn main() {
    let arguments = match launch::arguments(std::env::args_os().skip(1)) {
        Ok(arguments) => arguments,
        Err(err) => {
            eprintln!("bridgework: {err}");
            std::process::exit(2);
        }
    };
    let result =
        app(tauri::Builder::default(), arguments, |name| std::env::var_os(name)).run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("bridgework: {err}");
        std::process::exit(1);
    }
}
