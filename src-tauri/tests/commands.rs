//! The whole app, built as `main.rs` builds it but on Tauri's mock runtime:
//! every command the UI calls must be registered, so a command missing from
//! the handler list fails here, in `cargo test`, rather than in the window.
//!
//! The commands are read from the UI's door to the backend (`ui/src/lib/ipc`),
//! and each is invoked through the mock IPC with no arguments. A registered
//! command answers with its own error (a missing argument, no map open) or
//! starts its work (a native dialog, which never opens here); only a command
//! the app does not know answers "Command NAME not found", and at once.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

/// The app and its window, with the data folder in `data_dir` so the test
/// never touches a person's own.
fn app(data_dir: &Path) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let data_dir = data_dir.as_os_str().to_owned();
    let var = move |name: &str| (name == "BRIDGEWORK_DATA_DIR").then(|| data_dir.clone());
    let mut app = bridgework_desktop::app(mock_builder(), None, var)
        .build(mock_context(noop_assets()))
        .expect("the app builds on the mock runtime");
    // The setup hook (the menu bar, the recent maps) runs on the event loop's
    // first turn; the mock runtime's turn returns at once. Deprecated only
    // because calling it in a loop would spin.
    #[allow(deprecated)]
    app.run_iteration(|_, _| {});
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("a window");
    (app, window)
}

/// How the mock IPC answers `command`, called with no arguments: `None`
/// when it is still working after a while (it was found, and runs).
fn answer(window: &WebviewWindow<MockRuntime>, command: &str) -> Option<Result<(), serde_json::Value>> {
    let request = InvokeRequest {
        cmd: command.to_string(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("a URL"),
        body: InvokeBody::default(),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    let (send, receive) = mpsc::channel();
    let window = window.clone();
    std::thread::spawn(move || {
        let _ = send.send(get_ipc_response(&window, request).map(drop));
    });
    receive.recv_timeout(Duration::from_secs(2)).ok()
}

fn not_found(window: &WebviewWindow<MockRuntime>, command: &str) -> bool {
    let expected = serde_json::Value::String(format!("Command {command} not found"));
    matches!(answer(window, command), Some(Err(message)) if message == expected)
}

/// The UI's door to the backend: `ui/src/lib/ipc.ts`, or the modules of
/// `ui/src/lib/ipc/`, without their tests.
fn ipc_sources() -> Vec<PathBuf> {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib");
    let folder = std::fs::read_dir(lib.join("ipc")).into_iter().flatten().map(|entry| entry.expect("an entry").path());
    std::iter::once(lib.join("ipc.ts"))
        .chain(folder)
        .filter(|path| path.is_file())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ts"))
        .filter(|path| !path.to_string_lossy().ends_with(".test.ts"))
        .collect()
}

/// The command names in `source`: each quoted snake_case name passed first
/// to `invoke` or to the door's wrapper of it, `call` (`call<Scene>('scene',
/// …)`, `invoke('open_map')`); not an event's name (`listen('menu', …)`).
fn commands_in(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in source.match_indices('(') {
        let callee = strip_type_arguments(&source[..at]);
        let called = ["invoke", "call"].iter().any(|name| {
            callee.strip_suffix(name).is_some_and(|before| !before.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        });
        let rest = &source[at + 1..];
        let Some(quote) = rest.chars().next().filter(|c| *c == '\'' || *c == '"') else { continue };
        let Some(end) = rest[1..].find(quote) else { continue };
        let name = &rest[1..=end];
        if called && !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            found.push(name.to_string());
        }
    }
    found
}

/// `text` without the type arguments it ends with (`call<Scene>` is `call`).
fn strip_type_arguments(text: &str) -> &str {
    if !text.ends_with('>') {
        return text;
    }
    let mut depth = 0;
    for (at, c) in text.char_indices().rev() {
        match c {
            '>' => depth += 1,
            '<' if depth == 1 => return &text[..at],
            '<' => depth -= 1,
            _ => {}
        }
    }
    text
}

#[test]
fn the_command_names_are_read_as_the_ui_writes_them() {
    let source = "return call<Scene>('scene', { request });\n  return call<void>('cancel_open');\n\
                  invoke(\"open_map\", args); call<Map<string, Array<number>>>('nested');\n\
                  listen<string>('menu', f); recall('no'); throw new Error('not a command')";
    assert_eq!(commands_in(source), ["scene", "cancel_open", "open_map", "nested"]);
}

#[test]
fn every_command_the_ui_calls_is_registered() {
    let sources = ipc_sources();
    let commands: BTreeSet<String> = sources
        .iter()
        .flat_map(|path| commands_in(&std::fs::read_to_string(path).expect("the UI's source reads")))
        .collect();
    assert!(
        commands.len() >= 30,
        "found only {} commands in {sources:?}: has the UI's door to the backend moved?",
        commands.len()
    );
    let data = tempfile::tempdir().expect("a temporary folder");
    let (_app, window) = app(data.path());
    let missing: Vec<&String> = commands.iter().filter(|command| not_found(&window, command)).collect();
    assert!(missing.is_empty(), "the UI calls commands the app does not register: {missing:?}");
}

#[test]
fn a_command_the_app_does_not_register_is_found_missing() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let (_app, window) = app(data.path());
    assert!(not_found(&window, "no_such_command"));
    assert!(!not_found(&window, "cancel_open"));
    assert_eq!(answer(&window, "cancel_open"), Some(Ok(())), "a registered command runs");
}
