//! What every edit made in the app shares: a form's problems, each naming
//! its field; new ids made from names; and the write itself, checked against
//! the map's rules and committed with an audit entry undo can reverse.

use crate::map_file::now;
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::{Map, Problem, Records};
use bridgework_interchange::Issue;
use bridgework_store::Store;
use std::path::Path;

/// What a write leaves: its result, and the map as written, so the app can
/// show it without reading the file again.
#[derive(Debug)]
pub struct Written<T> {
    pub value: T,
    pub map: Map,
}

/// Changes the stored records with `change`, which also gives the audit
/// entry's summary; checks the whole map; and commits it as an edit undo can
/// reverse, or writes nothing. The map's problems are reported through
/// `locate`, which places those of the edited row at its fields.
pub(crate) fn commit<T>(
    path: &Path,
    action: &str,
    change: impl FnOnce(&mut Records) -> Result<(T, String)>,
    locate: impl Fn(&Problem) -> Issue,
) -> Result<Written<T>> {
    let mut store = Store::open(path)?;
    let update = store.update()?;
    let mut records = update.current().clone();
    let (value, summary) = change(&mut records)?;
    let map = Map::new(records).map_err(|problems| {
        let issues: Vec<Issue> = problems.iter().map(&locate).collect();
        ApiError {
            code: ErrorCode::InvalidInput,
            message: format!(
                "the change would break the map: {}; nothing was written",
                issues.iter().map(|i| i.message.as_str()).collect::<Vec<_>>().join("; ")
            ),
            issues,
        }
    })?;
    update.commit_edit(&map, action, &summary, &now())?;
    Ok(Written { value, map })
}

/// A problem of the map as an issue of the table it is in, by column.
pub(crate) fn by_table(problem: &Problem) -> Issue {
    Issue {
        file: problem.table.name().to_string(),
        line: None,
        column: problem.column.map(str::to_string),
        message: problem.message.clone(),
    }
}

/// Collects the problems of a form, each naming its field.
pub(crate) struct Form {
    name: &'static str,
    issues: Vec<Issue>,
}

impl Form {
    pub fn new(name: &'static str) -> Form {
        Form { name, issues: Vec::new() }
    }

    pub fn problem(&mut self, field: &str, message: impl Into<String>) {
        self.issues.push(Issue {
            file: self.name.to_string(),
            line: None,
            column: Some(field.to_string()),
            message: message.into(),
        });
    }

    /// Adds problems already located (by the form's reader).
    pub fn extend(&mut self, issues: impl IntoIterator<Item = Issue>) {
        self.issues.extend(issues);
    }

    pub fn finish<T>(self, value: T) -> Result<T> {
        if self.issues.is_empty() {
            return Ok(value);
        }
        let message = format!(
            "the {} was not saved: {}",
            self.name,
            self.issues.iter().map(|i| i.message.as_str()).collect::<Vec<_>>().join("; ")
        );
        Err(ApiError { code: ErrorCode::InvalidInput, message, issues: self.issues })
    }
}

/// An id made from a name (`discharge-alliance`) that `taken` does not
/// hold: the name's letters and digits in lower case, words joined by `-`,
/// and a number added when needed; `fallback` for a name with none.
pub(crate) fn new_id(name: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = match slug.trim_end_matches('-') {
        "" => fallback.to_string(),
        s => s.to_string(),
    };
    if !taken(&slug) {
        return slug;
    }
    (2..).map(|n| format!("{slug}-{n}")).find(|id| !taken(id)).expect("some number is free")
}
