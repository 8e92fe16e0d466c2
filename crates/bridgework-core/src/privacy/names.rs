//! Finding people in free text: every spelling of a person the map holds
//! (their name as stored, first and last name without middle names, "Last,
//! First" with or without middle names, their email, phone and id) replaced by their pseudonym.
//!
//! Matching ignores ASCII case and needs a word boundary on each side, so
//! "Ann Lee" is found in "ask ann lee." but not in "Ann Leeds"; the longest
//! spelling wins where two overlap. A spelling two people share ("John
//! Smith" twice) becomes both pseudonyms, "Person 0412 or Person 0733",
//! rather than a guess. A first or last name on its own is not looked for:
//! it cannot be told from an ordinary word ("Rose", "Hope"), and replacing
//! every such word would garble the text; nor are people the map does not
//! hold. An id is looked for when it has a letter and three characters or
//! more, since "7" or "P1" in a note is most often something else.

use crate::records::Person;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};
use std::collections::{BTreeMap, BTreeSet};

/// Replaces every spelling of a person in a text by their pseudonym.
#[derive(Debug)]
pub(super) struct NameFinder {
    /// `None` when no person has a spelling to look for.
    automaton: Option<AhoCorasick>,
    /// What each pattern of the automaton becomes, by pattern index.
    replacements: Vec<String>,
}

impl NameFinder {
    /// A finder for `people`, each replaced by `pseudonym(person)`.
    pub(super) fn new(people: &[Person], pseudonym: impl Fn(&Person) -> String) -> NameFinder {
        let mut spellings: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for person in people {
            let name = pseudonym(person);
            for spelling in spellings_of(person) {
                spellings.entry(spelling.to_ascii_lowercase()).or_default().insert(name.clone());
            }
        }
        let (patterns, replacements): (Vec<String>, Vec<String>) = spellings
            .into_iter()
            .map(|(pattern, names)| (pattern, names.into_iter().collect::<Vec<_>>().join(" or ")))
            .unzip();
        let automaton = (!patterns.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .expect("a few million short patterns build")
        });
        NameFinder { automaton, replacements }
    }

    /// `text` with every spelling of a person replaced.
    pub(super) fn replace(&self, text: &str) -> String {
        let Some(automaton) = &self.automaton else { return text.to_string() };
        let mut out = String::with_capacity(text.len());
        let (mut copied, mut from) = (0, 0);
        while from < text.len() {
            let Some(found) = automaton.find(Input::new(text).span(from..text.len())) else { break };
            if stands_alone(text, found.start(), found.end()) {
                out.push_str(&text[copied..found.start()]);
                out.push_str(&self.replacements[found.pattern().as_usize()]);
                copied = found.end();
                from = found.end();
            } else {
                // Part of a longer word: look again from the next character,
                // where a shorter spelling may stand alone.
                from = found.start() + text[found.start()..].chars().next().map_or(1, char::len_utf8);
            }
        }
        out.push_str(&text[copied..]);
        out
    }

    /// [`NameFinder::replace`] on an optional text.
    pub(super) fn replace_opt(&self, text: &Option<String>) -> Option<String> {
        text.as_deref().map(|t| self.replace(t))
    }
}

/// Every spelling of `person` worth looking for.
fn spellings_of(person: &Person) -> Vec<String> {
    let mut spellings = Vec::new();
    let words: Vec<&str> = person.name.split_whitespace().collect();
    if let (Some(first), Some(last)) = (words.first(), words.last()) {
        spellings.push(words.join(" "));
        spellings.push(person.name.trim().to_string());
        if words.len() > 1 {
            spellings.push(format!("{first} {last}"));
            spellings.push(format!("{last}, {first}"));
            spellings.push(format!("{last} {first}"));
            spellings.push(format!("{last}, {}", words[..words.len() - 1].join(" ")));
        }
    }
    for contact in [&person.email, &person.phone].into_iter().flatten() {
        spellings.push(contact.trim().to_string());
    }
    if let Some(phone) = &person.phone {
        // The same number as often written without its spaces.
        spellings.push(phone.chars().filter(|c| !c.is_whitespace()).collect());
    }
    let id = person.id.trim();
    if id.chars().count() >= 3 && id.chars().any(char::is_alphabetic) {
        spellings.push(id.to_string());
    }
    spellings.retain(|s| s.chars().count() >= 2);
    spellings
}

/// Whether `text[start..end]` is not part of a longer word or number.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, name: &str, email: Option<&str>, phone: Option<&str>) -> Person {
        Person {
            id: id.to_string(),
            team_id: None,
            name: name.to_string(),
            role: None,
            level: None,
            email: email.map(str::to_string),
            phone: phone.map(str::to_string),
            joined: None,
            left: None,
            tags: Vec::new(),
        }
    }

    fn check(text: &str, expect: expect_test::Expect) {
        let people = [
            person("P1", "Ann Lee", None, None),
            person("mary.j.smith@council.example", "Mary Jane Smith", Some("mj@council.example"), Some("07700 900123")),
            person("P3", "John Smith", None, None),
            person("P4", "John Smith", None, None),
        ];
        let finder = NameFinder::new(&people, |p| format!("<{}>", p.id));
        expect.assert_eq(&finder.replace(text));
    }

    #[test]
    fn every_spelling_of_a_person_is_replaced_where_it_stands_alone() {
        check(
            "Ask ann lee. Not Ann Leeds; Mary Smith, Smith, Mary Jane or MARY JANE SMITH (mj@council.example, 07700900123).",
            expect_test::expect![[
                r#"Ask <P1>. Not Ann Leeds; <mary.j.smith@council.example>, <mary.j.smith@council.example> or <mary.j.smith@council.example> (<mary.j.smith@council.example>, <mary.j.smith@council.example>)."#
            ]],
        );
        check(
            "Reported by mary.j.smith@council.example; Ann and Smith alone stay.",
            expect_test::expect!["Reported by <mary.j.smith@council.example>; Ann and Smith alone stay."],
        );
    }

    #[test]
    fn a_name_two_people_share_becomes_both_pseudonyms() {
        check("Call John Smith", expect_test::expect!["Call <P3> or <P4>"]);
    }
}
