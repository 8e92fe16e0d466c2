//! Which map the window opens with, and where the app keeps its own files.
//!
//! The map is, in order: the `--map PATH` argument, the `BRIDGEWORK_MAP`
//! environment variable, or the demo map in the data directory, which first
//! launch creates. The data directory (the demo map, the list of recent maps)
//! is `BRIDGEWORK_DATA_DIR` if set, so tests and scripts never touch a
//! person's real data, and otherwise the platform's app data directory.

use bridgework_api::{ApiError, ErrorCode};
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

/// The file name of the demo map inside the data directory.
pub const DEMO_FILE_NAME: &str = "Demo map.bwmap";

/// The map chosen at launch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaunchMap {
    /// A map named on the command line or in the environment: opened as it is.
    Given(PathBuf),
    /// The demo map in the data directory: created when absent.
    Demo(PathBuf),
}

impl LaunchMap {
    /// The map file.
    pub fn path(&self) -> &Path {
        match self {
            LaunchMap::Given(path) | LaunchMap::Demo(path) => path,
        }
    }

    /// The map file, once it exists: creates the demo map (and its folder) on
    /// first launch; a given map is never created. Blocks on file I/O: call
    /// it off the UI thread.
    pub fn ensure_exists(&self) -> Result<&Path, ApiError> {
        if let LaunchMap::Demo(path) = self
            && !path.exists()
        {
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder).map_err(|err| {
                    ApiError::new(
                        ErrorCode::Io,
                        format!("could not create the data folder {}: {err}", folder.display()),
                    )
                })?;
            }
            bridgework_api::create_demo_map(path, bridgework_api::today())?;
        }
        Ok(self.path())
    }
}

/// A command line this app cannot follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// What the command line asks of the app.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Arguments {
    /// `--map PATH`: the map to open.
    pub map: Option<PathBuf>,
    /// `--import-source PATH`: the folder or workbook the Import page's first
    /// Choose answers with instead of showing the dialog, for scripted runs
    /// and the end-to-end tests, which cannot click in a native dialog. Like
    /// the dialog's answer, it comes from outside the page.
    pub import_source: Option<PathBuf>,
}

/// The `--map PATH` and `--import-source PATH` arguments (or `--NAME=PATH`),
/// if given. Other arguments are ignored rather than refused, because
/// WebDriver and desktop launchers may add their own.
pub fn arguments(args: impl IntoIterator<Item = OsString>) -> Result<Arguments, UsageError> {
    let mut args = args.into_iter();
    let mut found = Arguments::default();
    while let Some(arg) = args.next() {
        let Some((name, slot)) = [("--map", &mut found.map), ("--import-source", &mut found.import_source)]
            .into_iter()
            .find(|(name, _)| arg == *name || arg.to_str().is_some_and(|arg| arg.starts_with(&format!("{name}="))))
        else {
            continue;
        };
        let needs = || UsageError(format!("{name} needs a path"));
        let value = match arg.to_str().and_then(|arg| arg.strip_prefix(&format!("{name}="))) {
            Some(value) => value.into(),
            None => args.next().ok_or_else(needs)?,
        };
        if value.is_empty() {
            return Err(needs());
        }
        *slot = Some(absolute(Path::new(&value)));
    }
    Ok(found)
}

/// The data directory: `BRIDGEWORK_DATA_DIR` from the environment (read
/// through `var`) or, only when that is unset, the platform's app data
/// directory.
pub fn data_dir<E>(
    var: impl Fn(&str) -> Option<OsString>,
    app_data_dir: impl FnOnce() -> Result<PathBuf, E>,
) -> Result<PathBuf, E> {
    match set(&var, "BRIDGEWORK_DATA_DIR") {
        Some(dir) => Ok(absolute(Path::new(&dir))),
        None => app_data_dir(),
    }
}

/// Chooses the launch map from the `--map` argument, the environment (read
/// through `var`), or the demo map in `data_dir`.
pub fn choose(map_argument: Option<PathBuf>, var: impl Fn(&str) -> Option<OsString>, data_dir: &Path) -> LaunchMap {
    match map_argument.or_else(|| set(&var, "BRIDGEWORK_MAP").map(PathBuf::from)) {
        Some(path) => LaunchMap::Given(absolute(&path)),
        None => LaunchMap::Demo(data_dir.join(DEMO_FILE_NAME)),
    }
}

// An empty variable counts as unset, as shells make it easy to set one by mistake.
fn set(var: impl Fn(&str) -> Option<OsString>, name: &str) -> Option<OsString> {
    var(name).filter(|value| !value.is_empty())
}

// The window shows the file's path, so make a relative one say where it really is.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    fn no_data_dir() -> Result<PathBuf, Infallible> {
        panic!("the app data directory was consulted")
    }

    #[test]
    fn arguments_take_both_spellings_and_ignore_the_rest() {
        let map = |list: &[&str]| arguments(args(list)).map(|found| found.map);
        assert_eq!(map(&[]), Ok(None));
        assert_eq!(map(&["--automation", "--map", "/a.bwmap"]), Ok(Some("/a.bwmap".into())));
        assert_eq!(map(&["--map=/b c.bwmap"]), Ok(Some("/b c.bwmap".into())));
        assert!(map(&["--map"]).is_err());
        assert!(map(&["--map="]).is_err());
        let both = arguments(args(&["--import-source=/in", "--map", "/m.bwmap"])).unwrap();
        assert_eq!(both, Arguments { map: Some("/m.bwmap".into()), import_source: Some("/in".into()) });
        assert!(arguments(args(&["--import-source"])).is_err());
        assert_eq!(map(&["--mapping", "x"]), Ok(None), "a longer name is another argument");
    }

    #[test]
    fn the_argument_wins_over_the_environment() {
        let env = |name: &str| (name == "BRIDGEWORK_MAP").then(|| OsString::from("/env.bwmap"));
        let data = Path::new("/data");
        assert_eq!(choose(Some("/arg.bwmap".into()), env, data), LaunchMap::Given("/arg.bwmap".into()));
        assert_eq!(choose(None, env, data), LaunchMap::Given("/env.bwmap".into()));
    }

    #[test]
    fn the_data_dir_variable_keeps_the_demo_out_of_the_real_data_dir() {
        let env = |name: &str| (name == "BRIDGEWORK_DATA_DIR").then(|| OsString::from("/tmp/bw"));
        let data = data_dir(env, no_data_dir).unwrap();
        assert_eq!(data, Path::new("/tmp/bw"));
        assert_eq!(choose(None, env, &data), LaunchMap::Demo(Path::new("/tmp/bw").join(DEMO_FILE_NAME)));
    }

    #[test]
    fn without_settings_the_demo_lives_in_the_app_data_dir() {
        let env = |name: &str| ["BRIDGEWORK_MAP", "BRIDGEWORK_DATA_DIR"].contains(&name).then(OsString::new);
        let data = data_dir(env, || Ok::<_, Infallible>(PathBuf::from("/data"))).unwrap();
        assert_eq!(choose(None, env, &data), LaunchMap::Demo(Path::new("/data").join(DEMO_FILE_NAME)));
    }

    #[test]
    fn relative_paths_are_made_absolute() {
        let here = std::env::current_dir().unwrap();
        let chosen = choose(Some("maps/x.bwmap".into()), |_| None, Path::new("/data"));
        assert_eq!(chosen, LaunchMap::Given(here.join("maps/x.bwmap")));
        let env = |name: &str| (name == "BRIDGEWORK_DATA_DIR").then(|| OsString::from("data"));
        assert_eq!(data_dir(env, no_data_dir).unwrap(), here.join("data"));
    }

    #[test]
    fn first_launch_creates_the_demo_map_and_its_folder_then_reopens_it() {
        let dir = tempfile::tempdir().unwrap();
        let launch = LaunchMap::Demo(dir.path().join("new folder").join(DEMO_FILE_NAME));
        let created = bridgework_api::info(launch.ensure_exists().unwrap()).unwrap();
        assert!(created.people_in_post > 0);
        let before = std::fs::read(launch.path()).unwrap();
        assert_eq!(bridgework_api::info(launch.ensure_exists().unwrap()).unwrap(), created);
        assert_eq!(std::fs::read(launch.path()).unwrap(), before, "the second launch keeps the map as it is");
    }

    #[test]
    fn a_given_map_that_does_not_exist_is_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing.bwmap");
        assert_eq!(LaunchMap::Given(path.clone()).ensure_exists().unwrap(), path);
        assert!(!path.exists());
    }
}
