//! The native menu bar: File > New Map…, Open Map…, Save Map As…, Open
//! Recent, Export…, Report…, Quit; Edit > Undo, Redo.
//!
//! A click is not acted on here but forwarded to the UI as the [`EVENT`]
//! event, whose payload names the item (`"new"`, `"open"`, `"save-as"`,
//! `"recent:PATH"`, `"export"`, `"report"`, `"undo"`, `"redo"`); the UI then calls the same command
//! its own buttons call,
//! so a map opened from the menu shows its progress and errors like any
//! other. Only Quit is handled here, as it needs no UI.

use bridgework_api::RecentMap;
use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, Submenu, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Runtime};

/// The event a menu click sends to the UI.
pub const EVENT: &str = "menu";

/// The id prefix of an Open Recent item; the rest of the id is the map's path.
const RECENT_PREFIX: &str = "recent:";

/// Items whose click the UI acts on; their id is the event's payload.
const FORWARDED: [&str; 7] = ["new", "open", "save-as", "export", "report", "undo", "redo"];

const QUIT: &str = "quit";

/// The Open Recent submenu, kept to refill when the list changes.
pub struct RecentMenu<R: Runtime>(Submenu<R>);

/// Builds the menu bar, with `recent` in Open Recent.
pub fn build<R: Runtime>(app: &AppHandle<R>, recent: &[RecentMap]) -> tauri::Result<(Menu<R>, RecentMenu<R>)> {
    let recent_menu = RecentMenu(SubmenuBuilder::with_id(app, "open-recent", "Open &Recent").build()?);
    recent_menu.show(recent)?;
    // A menu item's `&` marks its access key; `&&` is a literal ampersand.
    let new = MenuItemBuilder::with_id("new", "&New Map…").accelerator("CmdOrCtrl+N").build(app)?;
    let open = MenuItemBuilder::with_id("open", "&Open Map…").accelerator("CmdOrCtrl+O").build(app)?;
    let save_as = MenuItemBuilder::with_id("save-as", "Save Map &As…").accelerator("CmdOrCtrl+Shift+S").build(app)?;
    // Opens the page's Export dialog, which says what to export; the Save dialog then asks where.
    let export = MenuItemBuilder::with_id("export", "&Export…").accelerator("CmdOrCtrl+E").build(app)?;
    // Opens the Report dialog: what to report on, a preview, then where to save it.
    let report = MenuItemBuilder::with_id("report", "&Report…").build(app)?;
    // The predefined Quit item does nothing on Linux (GTK), so Quit is an
    // ordinary item handled in `on_event`.
    let quit = MenuItemBuilder::with_id(QUIT, "&Quit").accelerator("CmdOrCtrl+Q").build(app)?;
    let file = SubmenuBuilder::new(app, "&File")
        .item(&new)
        .item(&open)
        .item(&recent_menu.0)
        .separator()
        .item(&save_as)
        .item(&export)
        .item(&report)
        .separator()
        .item(&quit)
        .build()?;
    // No accelerators: the window handles Ctrl+Z itself, so that in a text
    // field it undoes typing rather than the last edit of the map.
    let undo = MenuItemBuilder::with_id("undo", "&Undo (Ctrl+Z)").build(app)?;
    let redo = MenuItemBuilder::with_id("redo", "&Redo (Ctrl+Shift+Z)").build(app)?;
    let edit = SubmenuBuilder::new(app, "&Edit").item(&undo).item(&redo).build()?;
    let menu = MenuBuilder::new(app).item(&file).item(&edit).build()?;
    Ok((menu, recent_menu))
}

impl<R: Runtime> RecentMenu<R> {
    /// Replaces the items of Open Recent with `recent`, most recent first. A
    /// map whose file is gone is listed but cannot be clicked.
    pub fn show(&self, recent: &[RecentMap]) -> tauri::Result<()> {
        for item in self.0.items()? {
            self.0.remove(&item)?;
        }
        let app = self.0.app_handle();
        if recent.is_empty() {
            let none = MenuItemBuilder::with_id("no-recent", "No recent maps").enabled(false).build(app)?;
            return self.0.append(&none);
        }
        for map in recent {
            let item = MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{}", map.path), label(map))
                .enabled(map.exists)
                .build(app)?;
            self.0.append(&item)?;
        }
        Ok(())
    }
}

/// Quits on Quit; forwards every other click the UI acts on.
pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let id = event.id().as_ref();
    if id == QUIT {
        app.exit(0);
    } else if let Some(payload) = payload(id) {
        // Nothing listens only while the UI is loading; a click then is lost, as any click would be.
        if let Err(err) = app.emit(EVENT, payload) {
            eprintln!("bridgework: could not pass the menu click {payload:?} to the window: {err}");
        }
    }
}

/// The event payload of the item `id`, if the UI acts on it.
fn payload(id: &str) -> Option<&str> {
    (FORWARDED.contains(&id) || id.starts_with(RECENT_PREFIX)).then_some(id)
}

/// A recent map as the menu lists it: its name, and its file to tell apart
/// maps of the same name. Names are the person's text, so an `&` in them is
/// doubled to show as itself rather than mark an access key.
fn label(map: &RecentMap) -> String {
    let text = format!("{} — {}", map.name, map.path);
    text.replace('&', "&&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ui_hears_of_file_and_edit_items_and_recent_maps_but_not_of_the_rest() {
        assert_eq!(payload("new"), Some("new"));
        assert_eq!(payload("open"), Some("open"));
        assert_eq!(payload("save-as"), Some("save-as"));
        assert_eq!(payload("recent:/maps/a b.bwmap"), Some("recent:/maps/a b.bwmap"));
        assert_eq!(payload("export"), Some("export"));
        assert_eq!(payload("report"), Some("report"));
        assert_eq!(payload("undo"), Some("undo"));
        assert_eq!(payload("redo"), Some("redo"));
        assert_eq!(payload("quit"), None);
        assert_eq!(payload("no-recent"), None);
        assert_eq!(payload("open-recent"), None);
    }

    #[test]
    fn a_recent_map_shows_its_name_and_file_with_ampersands_as_written() {
        let map = RecentMap { path: "/maps/H&C.bwmap".into(), name: "Health & care".into(), exists: true };
        assert_eq!(label(&map), "Health && care — /maps/H&&C.bwmap");
    }
}
