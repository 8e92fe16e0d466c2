//! Flaws every real map has, which a data-health check should find: a person
//! recorded twice under two spellings of their name, ties without a strength
//! or a contact date, and ties nobody has confirmed for over a year. (People
//! without a level come from the organisation plans: see `unlevelled`.)
//!
//! Flaws go only on people outside planted teams and on background ties inside
//! one organisation, so they never change a planted weak link.

use crate::names::{email_local, respelled};
use crate::random::Rng;
use crate::structure::Structure;
use crate::ties::{Class, Source, TieSet};
use std::collections::HashSet;

/// Records `count` people a second time: a colleague in the same team takes
/// the name, spelled another way, and the job of someone whose first name has
/// two spellings. Returns how many it managed, which falls short only in
/// maps too small to hold such a pair.
pub(crate) fn respell_people(s: &mut Structure, count: usize, protected: &[bool], rng: &mut Rng) -> usize {
    let usable = |s: &Structure, p: u32| protected.get(p as usize) != Some(&true) && s.is_current(p);
    let mut touched: HashSet<u32> = HashSet::new();
    let mut made = 0;
    let mut draws = 0;
    while made < count && draws < s.people.len() * 4 + 100 && !s.people.is_empty() {
        draws += 1;
        let original = rng.below(s.people.len()) as u32;
        let Some(name) = respelled(&s.people[original as usize].name) else { continue };
        if !usable(s, original) || touched.contains(&original) {
            continue;
        }
        let own = s.team_own[s.person_team[original as usize] as usize].clone();
        let Some(copy) = own.clone().find(|&q| q != original && !s.is_head(q) && usable(s, q) && !touched.contains(&q))
        else {
            continue;
        };
        let original_person = s.people[original as usize].clone();
        let domain = original_person.email.as_deref().and_then(|e| e.split_once('@')).map(|(_, d)| d.to_string());
        let person = &mut s.people[copy as usize];
        person.email = domain.map(|domain| format!("{}@{domain}", email_local(&name)));
        person.name = name;
        person.role = original_person.role;
        person.level = original_person.level;
        person.tags = original_person.tags;
        touched.extend([original, copy]);
        made += 1;
    }
    made
}

/// How many ties to flaw in each way.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TieFlaws {
    pub no_strength: usize,
    pub no_contact: usize,
    /// Last contact 400–540 days ago, reported by that year's survey.
    pub unconfirmed: usize,
}

pub(crate) fn flaw_ties(s: &Structure, ties: &mut TieSet, flaws: TieFlaws, rng: &mut Rng) {
    let mut flawed: HashSet<usize> = HashSet::new();
    let mut pick = |ties: &mut TieSet, rng: &mut Rng, fits: &dyn Fn(u32, u32) -> bool| -> Option<usize> {
        let len = ties.drafts.len();
        (0..len * 4 + 100).find_map(|_| {
            if len == 0 {
                return None;
            }
            let i = rng.below(len);
            let d = &ties.drafts[i];
            let inside = matches!(d.class, Class::Line | Class::Team | Class::Organisation);
            (inside && fits(d.a, d.b) && flawed.insert(i)).then_some(i)
        })
    };
    for _ in 0..flaws.no_strength {
        if let Some(i) = pick(ties, rng, &|_, _| true) {
            ties.drafts[i].strength = None;
        }
    }
    for _ in 0..flaws.no_contact {
        if let Some(i) = pick(ties, rng, &|_, _| true) {
            ties.drafts[i].last_ago = None;
        }
    }
    const UNCONFIRMED: (u32, u32) = (400, 540);
    let began = |a: u32, b: u32| s.joined_ago[a as usize].min(s.joined_ago[b as usize]);
    for _ in 0..flaws.unconfirmed {
        if let Some(i) = pick(ties, rng, &|a, b| began(a, b) >= UNCONFIRMED.0) {
            let d = &mut ties.drafts[i];
            let start = began(d.a, d.b);
            let last = rng.between(UNCONFIRMED.0, UNCONFIRMED.1.min(start));
            d.last_ago = Some(last);
            d.since_ago = Some(rng.between(last, start));
            d.source = Source::EarlierSurvey;
        }
    }
}
