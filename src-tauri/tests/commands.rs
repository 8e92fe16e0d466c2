//! The whole app, built as `main.rs` builds it but on Tauri's mock runtime
//! and without the native dialogs: every command the UI calls must be
//! registered, so a command missing from the handler list fails here, in
//! `cargo test`, rather than in the window.
//!
//! The commands are read from the UI's door to the backend (`ui/src/lib/ipc`),
//! and each is invoked through the mock IPC with no arguments. A registered
//! command answers with its own error (a missing argument, no map open, no
//! dialog to show) or its result; only a command the app does not know
//! answers "Command NAME not found".
//!
//! Built with the window's own access control (the app manifest of
//! `build.rs` and `capabilities/default.json`), the app must grant every
//! command the UI calls and refuse any other, and the commands that read
//! files must refuse a path they did not hand out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets};
use tauri::utils::acl::{capability::Capability, manifest::Manifest, resolved::Resolved};
use tauri::utils::platform::Target;
use tauri::webview::InvokeRequest;
use tauri::{App, Context, WebviewWindow, WebviewWindowBuilder};

/// The app and its window, with the data folder in `data_dir` so the test
/// never touches a person's own. The mock context grants every command.
fn app(data_dir: &Path) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    app_in(data_dir, mock_context(noop_assets()))
}

/// The app and its window as [`app`], under the access control the real
/// window has: the ACL `build.rs` resolved from the app manifest and the
/// capabilities, as `tauri::generate_context!` embeds it.
fn guarded_app(data_dir: &Path) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let built = |name: &str| {
        let path = Path::new(env!("OUT_DIR")).join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
    };
    let manifests: BTreeMap<String, Manifest> =
        serde_json::from_str(&built(tauri::utils::acl::ACL_MANIFESTS_FILE_NAME))
            .expect("the ACL manifests build.rs wrote");
    let capabilities: BTreeMap<String, Capability> =
        serde_json::from_str(&built(tauri::utils::acl::CAPABILITIES_FILE_NAME))
            .expect("the capabilities build.rs wrote");
    let resolved = Resolved::resolve(&manifests, capabilities, Target::current()).expect("the ACL resolves");
    let mut context: Context<MockRuntime> = mock_context(noop_assets());
    *context.runtime_authority_mut() = tauri::runtime_authority!(manifests, resolved);
    app_in(data_dir, context)
}

fn app_in(data_dir: &Path, context: Context<MockRuntime>) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let data_dir = data_dir.as_os_str().to_owned();
    let var = move |name: &str| (name == "BRIDGEWORK_DATA_DIR").then(|| data_dir.clone());
    let mut app = bridgework_desktop::app(mock_builder(), Default::default(), var)
        .build(context)
        .expect("the app builds on the mock runtime");
    // The setup hook (the menu bar, the recent maps) runs on the event loop's
    // first turn; the mock runtime's turn returns at once. Deprecated only
    // because calling it in a loop would spin.
    #[allow(deprecated)]
    app.run_iteration(|_, _| {});
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("a window");
    (app, window)
}

/// How the mock IPC answers `command`, called with no arguments.
fn answer(window: &WebviewWindow<MockRuntime>, command: &str) -> Result<(), serde_json::Value> {
    answer_with(window, command, serde_json::Value::Object(Default::default())).map(drop)
}

/// How the mock IPC answers `command`, called with the arguments `args`.
fn answer_with(
    window: &WebviewWindow<MockRuntime>,
    command: &str,
    args: serde_json::Value,
) -> Result<serde_json::Value, serde_json::Value> {
    let request = InvokeRequest {
        cmd: command.to_string(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("a URL"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    let (send, receive) = mpsc::channel();
    let window = window.clone();
    std::thread::spawn(move || {
        let _ = send.send(get_ipc_response(&window, request).map(|body| body.deserialize().expect("a JSON answer")));
    });
    // A command that never answers would leave the UI waiting forever too.
    receive.recv_timeout(Duration::from_secs(30)).unwrap_or_else(|_| panic!("{command} did not answer"))
}

fn not_found(window: &WebviewWindow<MockRuntime>, command: &str) -> bool {
    let expected = serde_json::Value::String(format!("Command {command} not found"));
    answer(window, command).is_err_and(|message| message == expected)
}

/// Whether the window's access control refused `command` before it ran.
fn refused_by_acl(window: &WebviewWindow<MockRuntime>, command: &str) -> bool {
    // Debug builds explain a refusal at length: "… not allowed …", or for a
    // command no permission names "… Command not found" after the reason;
    // never the bare "Command NAME not found" of an unregistered command that
    // the access control let through.
    answer(window, command).is_err_and(|message| {
        message
            .as_str()
            .is_some_and(|text| text.contains("not allowed") || text.contains(&format!("{command} not found")))
            && message != serde_json::Value::String(format!("Command {command} not found"))
    })
}

/// The commands the UI calls, read from its door to the backend.
fn ui_commands() -> BTreeSet<String> {
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
    commands
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
    let commands = ui_commands();
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
    assert_eq!(answer(&window, "cancel_open"), Ok(()), "a registered command runs");
}

#[test]
fn the_window_may_call_every_command_the_ui_calls_and_no_other() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let (_app, window) = guarded_app(data.path());
    let refused: Vec<String> = ui_commands().into_iter().filter(|command| refused_by_acl(&window, command)).collect();
    assert!(refused.is_empty(), "the app manifest or the capability leaves out commands the UI calls: {refused:?}");
    assert!(refused_by_acl(&window, "no_such_command"), "{:?}", answer(&window, "no_such_command"));
    // A plugin's command the capability does not grant: the dialog plugin's, were it installed.
    assert!(refused_by_acl(&window, "plugin:dialog|open"), "{:?}", answer(&window, "plugin:dialog|open"));
    assert_eq!(answer(&window, "cancel_open"), Ok(()), "a granted command runs");
}

#[test]
fn importing_refuses_a_source_it_did_not_hand_out() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let (_app, window) = guarded_app(data.path());
    let progress = serde_json::json!("__CHANNEL__:7");
    for command in ["preview_import", "check_import", "run_import"] {
        let by_path = serde_json::json!({ "source": data.path(), "renames": [], "onProgress": progress });
        let refused = answer_with(&window, command, by_path).expect_err("a path is no source");
        assert!(refused.as_str().is_some_and(|text| text.contains("invalid type")), "{command}: {refused}");
        let by_guess = serde_json::json!({ "source": 1, "renames": [], "onProgress": progress });
        let refused = answer_with(&window, command, by_guess).expect_err("no source was chosen");
        // check_import and run_import ask for the open map first; none is open here.
        let code = refused["code"].as_str().unwrap_or_default();
        assert!(["not-found", "no-map-open"].contains(&code), "{command}: {refused}");
    }
    let by_guess = serde_json::json!({ "source": 1, "onProgress": progress });
    let refused = answer_with(&window, "preview_import", by_guess).expect_err("no source was chosen");
    assert_eq!(refused["code"], "not-found", "{refused}");
    assert!(refused["message"].as_str().is_some_and(|text| text.contains("choose it again")), "{refused}");
}

#[test]
fn opening_refuses_a_map_the_recent_list_does_not_hold() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let other = tempfile::tempdir().expect("a temporary folder");
    let map = other.path().join("Not chosen.bwmap");
    bridgework_api::create_map(&map, "Not chosen").expect("a map");
    let before = std::fs::read(&map).expect("the map reads");
    let (_app, window) = guarded_app(data.path());
    let args = serde_json::json!({ "recent": map, "onProgress": "__CHANNEL__:7" });
    let refused = answer_with(&window, "open_map", args).expect_err("the map was never chosen");
    assert_eq!(refused["code"], "not-found", "{refused}");
    assert!(refused["message"].as_str().is_some_and(|text| text.contains("not among the recent maps")), "{refused}");
    assert_eq!(std::fs::read(&map).expect("the map reads"), before);
}
