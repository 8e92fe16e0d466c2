//! Ties between people: the background of everyday working relationships,
//! the pathways that carry ties across organisations, and the set that keeps
//! every tie's key unique.
//!
//! Most ties stay inside a team or an organisation: people and their managers,
//! teammates, colleagues in the same service or directorate. The rest cross
//! organisations, mostly between teams whose functions meet along a care
//! pathway (hospital discharge with reablement, crisis teams with the
//! emergency department), some between leaders, and a few at random. No
//! background tie is allowed where it would change a planted weak link (see
//! [`Guard`]).

use crate::planted::Guard;
use crate::random::Rng;
use crate::structure::{Ids, Structure, days_before};
use bridgework_core::{Date, Frequency, Tie, TieKind};
use chrono::Datelike;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Functions whose teams work together across organisations.
const PATHWAYS: &[(&str, &str)] = &[
    ("hospital discharge", "hospital discharge"),
    ("hospital discharge", "reablement"),
    ("hospital discharge", "discharge to assess"),
    ("hospital discharge", "continuing healthcare"),
    ("hospital discharge", "district nursing"),
    ("hospital discharge", "befriending"),
    ("discharge to assess", "reablement"),
    ("reablement", "district nursing"),
    ("reablement", "rehabilitation"),
    ("equipment", "rehabilitation"),
    ("equipment", "district nursing"),
    ("safeguarding adults", "safeguarding adults"),
    ("safeguarding adults", "advocacy"),
    ("psychiatric liaison", "emergency department"),
    ("crisis team", "mental health act"),
    ("crisis team", "emergency department"),
    ("community mental health", "social prescribing"),
    ("community mental health", "care coordination"),
    ("frailty", "frailty"),
    ("frailty", "virtual wards"),
    ("urgent community response", "urgent care"),
    ("urgent community response", "emergency department"),
    ("urgent community response", "home visiting"),
    ("virtual wards", "urgent care"),
    ("admission avoidance", "admission avoidance"),
    ("end of life care", "end of life care"),
    ("end of life care", "district nursing"),
    ("care home support", "care home support"),
    ("infection prevention", "care home support"),
    ("social prescribing", "social prescribing"),
    ("social prescribing", "information and advice"),
    ("carers support", "carers support"),
    ("carers support", "assessment"),
    ("memory assessment", "dementia"),
    ("dementia", "dementia"),
    ("long-term conditions", "care coordination"),
    ("population health", "population health"),
    ("digital", "digital"),
    ("workforce", "workforce"),
    ("finance", "finance"),
    ("contracting", "contracting"),
    ("partnerships", "partnerships"),
    ("commissioning", "commissioning"),
    ("commissioning", "continuing healthcare"),
    ("governance", "governance"),
    ("quality", "quality"),
];

/// Short notes people leave on a tie.
const NOTES: &[&str] = &[
    "Met at the discharge workshop",
    "Covers leave for each other",
    "Co-chair the safeguarding subgroup",
    "Joint visits most weeks",
    "Worked together at a previous trust",
    "Introduced through the place partnership",
    "Same weekend flow call",
    "Calls when a case is stuck",
    "Regular multidisciplinary team meeting",
    "Shared a secondment",
];

/// Where a tie comes from, which decides how it is described.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// A person and their manager.
    Line,
    Team,
    Organisation,
    /// Leaders of the organisations of one system.
    Board,
    Across,
    /// Part of a planted weak link.
    Planted,
}

/// Who reported a tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// This year's survey.
    Survey,
    /// The survey of the year of the last contact, for ties nobody has confirmed since.
    EarlierSurvey,
    Workshop,
    Import,
}

/// A tie between people by index, dated in days before `as_of`.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub a: u32,
    pub b: u32,
    pub kind: TieKind,
    pub strength: Option<u8>,
    pub frequency: Option<Frequency>,
    pub last_ago: Option<u32>,
    pub since_ago: Option<u32>,
    pub source: Source,
    pub note: Option<&'static str>,
    pub class: Class,
}

/// The ties of a map, each key (two people in either order, and a kind) once.
#[derive(Debug)]
pub(crate) struct TieSet {
    pub drafts: Vec<Draft>,
    keys: HashSet<u128, BuildHasherDefault<KeyHasher>>,
}

/// Hashes tie keys. They are people's indices, never chosen by an attacker,
/// so one multiply-and-mix does instead of the default SipHash, which was the
/// largest single cost of generating a large map.
#[derive(Debug, Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        // SplitMix64's finaliser: every input bit reaches the high bits the
        // table's control bytes use and the low bits that pick a bucket.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u128(&mut self, n: u128) {
        self.0 ^= (n as u64) ^ ((n >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

fn key(a: u32, b: u32, kind: TieKind) -> u128 {
    let (low, high) = if a < b { (a, b) } else { (b, a) };
    u128::from(low) << 64 | u128::from(high) << 8 | kind as u128
}

impl TieSet {
    pub fn with_capacity(ties: usize) -> TieSet {
        TieSet {
            drafts: Vec::with_capacity(ties),
            keys: HashSet::with_capacity_and_hasher(ties, BuildHasherDefault::default()),
        }
    }

    pub fn len(&self) -> usize {
        self.drafts.len()
    }

    /// Adds a tie unless it is to oneself or its key is taken.
    pub fn add(&mut self, draft: Draft) -> bool {
        if draft.a == draft.b || !self.keys.insert(key(draft.a, draft.b, draft.kind)) {
            return false;
        }
        self.drafts.push(draft);
        true
    }

    pub fn into_records(self, ids: Ids, as_of: Date) -> Vec<Tie> {
        let this_years_survey = format!("survey {}", as_of.year());
        self.drafts
            .into_iter()
            .map(|d| {
                let last_contact = d.last_ago.map(|days| days_before(as_of, days));
                let source = match d.source {
                    Source::Survey => this_years_survey.clone(),
                    Source::EarlierSurvey => {
                        format!("survey {}", last_contact.map_or(as_of.year() - 1, |day| day.year()))
                    }
                    Source::Workshop => "workshop".to_string(),
                    Source::Import => "import".to_string(),
                };
                Tie {
                    person_a: ids.person(d.a),
                    person_b: ids.person(d.b),
                    kind: d.kind,
                    strength: d.strength,
                    frequency: d.frequency,
                    last_contact,
                    since: d.since_ago.map(|days| days_before(as_of, days)),
                    source: Some(source),
                    note: d.note.map(str::to_string),
                }
            })
            .collect()
    }
}

/// How ties of one class are described: each list is drawn from by weight.
#[derive(Debug)]
pub(crate) struct Style {
    pub kinds: &'static [(TieKind, u32)],
    pub strength: (u32, u32),
    pub frequencies: &'static [(Frequency, u32)],
    /// Days since last contact, for most ties.
    pub recent: (u32, u32),
    /// Days since last contact for the rest, and how many in a thousand they are.
    pub older: (u32, u32),
    pub older_per_mille: u32,
    pub sources: &'static [(Source, u32)],
    pub notes_per_mille: u32,
}

use Frequency::{Daily, Monthly, Quarterly, Rarely, Weekly, Yearly};
use TieKind::{Advice, Governance, Informal, Information, WorksWith};

// Background ties are last in contact within 300 days, so the only ties not
// confirmed for a year are the ones planted as blemishes.
const LINE: Style = Style {
    kinds: &[(WorksWith, 1)],
    strength: (4, 5),
    frequencies: &[(Daily, 45), (Weekly, 55)],
    recent: (0, 14),
    older: (0, 14),
    older_per_mille: 0,
    sources: &[(Source::Survey, 1)],
    notes_per_mille: 0,
};
const TEAM: Style = Style {
    kinds: &[(WorksWith, 70), (Informal, 20), (Advice, 10)],
    strength: (3, 5),
    frequencies: &[(Daily, 40), (Weekly, 50), (Monthly, 10)],
    recent: (0, 30),
    older: (0, 30),
    older_per_mille: 0,
    sources: &[(Source::Survey, 1)],
    notes_per_mille: 5,
};
const ORGANISATION: Style = Style {
    kinds: &[(Advice, 30), (Information, 30), (WorksWith, 25), (Informal, 15)],
    strength: (2, 4),
    frequencies: &[(Weekly, 35), (Monthly, 45), (Quarterly, 20)],
    recent: (0, 120),
    older: (121, 300),
    older_per_mille: 150,
    sources: &[(Source::Survey, 85), (Source::Import, 15)],
    notes_per_mille: 30,
};
const BOARD: Style = Style {
    kinds: &[(Governance, 1)],
    strength: (3, 4),
    frequencies: &[(Monthly, 1)],
    recent: (0, 45),
    older: (0, 45),
    older_per_mille: 0,
    sources: &[(Source::Workshop, 50), (Source::Survey, 50)],
    notes_per_mille: 0,
};
const ACROSS: Style = Style {
    kinds: &[(WorksWith, 40), (Information, 25), (Advice, 20), (Governance, 10), (Informal, 5)],
    strength: (1, 4),
    frequencies: &[(Weekly, 20), (Monthly, 45), (Quarterly, 25), (Yearly, 5), (Rarely, 5)],
    recent: (0, 150),
    older: (151, 300),
    older_per_mille: 250,
    sources: &[(Source::Survey, 60), (Source::Workshop, 25), (Source::Import, 15)],
    notes_per_mille: 40,
};

/// Days since last contact and since the tie began, within the time both
/// people were in post; `None` if they never overlapped.
fn dates(s: &Structure, rng: &mut Rng, a: u32, b: u32, days: (u32, u32)) -> Option<(u32, u32)> {
    let (a, b) = (a as usize, b as usize);
    let began = s.joined_ago[a].min(s.joined_ago[b]);
    let ended = s.left_ago[a].unwrap_or(0).max(s.left_ago[b].unwrap_or(0));
    if ended > began {
        return None;
    }
    let last = rng.between(days.0, days.1).clamp(ended, began);
    Some((last, rng.between(last, began)))
}

/// A tie of `class` drawn in `style`, of `kind` if given.
pub(crate) fn draft(
    s: &Structure,
    rng: &mut Rng,
    class: Class,
    style: &Style,
    (a, b): (u32, u32),
    kind: Option<TieKind>,
) -> Option<Draft> {
    let days = if rng.per_mille(style.older_per_mille) { style.older } else { style.recent };
    let (last, since) = dates(s, rng, a, b, days)?;
    let source = rng.weighted(style.sources);
    // An import carries names and kinds, not how often people meet or since when.
    let imported = source == Source::Import;
    Some(Draft {
        a,
        b,
        kind: kind.unwrap_or_else(|| rng.weighted(style.kinds)),
        strength: Some(rng.between(style.strength.0, style.strength.1) as u8),
        frequency: (!imported).then(|| rng.weighted(style.frequencies)),
        last_ago: Some(last),
        since_ago: (!imported).then_some(since),
        source,
        note: rng.per_mille(style.notes_per_mille).then(|| *rng.pick(NOTES)),
        class,
    })
}

/// Which teams' functions meet along a pathway, by local system.
#[derive(Debug)]
pub(crate) struct Pathways {
    functions: Vec<String>,
    team_functions: Vec<Vec<u16>>,
    partners: Vec<Vec<u16>>,
    teams: HashMap<(u32, u16), Vec<u32>>,
}

impl Pathways {
    pub fn new(s: &Structure) -> Pathways {
        let mut functions: Vec<String> = Vec::new();
        let mut ids: HashMap<&str, u16> = HashMap::new();
        let mut teams: HashMap<(u32, u16), Vec<u32>> = HashMap::new();
        let mut team_functions = Vec::with_capacity(s.teams.len());
        for (t, team) in s.teams.iter().enumerate() {
            let system = s.org_system[s.team_org[t] as usize];
            let mine: Vec<u16> = team
                .functions
                .iter()
                .map(|f| {
                    *ids.entry(f.as_str()).or_insert_with(|| {
                        functions.push(f.clone());
                        (functions.len() - 1) as u16
                    })
                })
                .collect();
            for &f in &mine {
                teams.entry((system, f)).or_default().push(t as u32);
            }
            team_functions.push(mine);
        }
        let mut partners = vec![Vec::new(); functions.len()];
        for (f, g) in PATHWAYS {
            if let (Some(&f), Some(&g)) = (ids.get(f), ids.get(g)) {
                partners[f as usize].push(g);
                if f != g {
                    partners[g as usize].push(f);
                }
            }
        }
        Pathways { functions, team_functions, partners, teams }
    }

    /// A team in another organisation of the same system whose work meets
    /// this team's along a pathway.
    pub fn partner(&self, s: &Structure, team: u32, rng: &mut Rng) -> Option<u32> {
        let mine = &self.team_functions[team as usize];
        if mine.is_empty() {
            return None;
        }
        let partners = &self.partners[*rng.pick(mine) as usize];
        if partners.is_empty() {
            return None;
        }
        let org = s.team_org[team as usize];
        let candidates = self.teams.get(&(s.org_system[org as usize], *rng.pick(partners)))?;
        let other = *rng.pick(candidates);
        (s.team_org[other as usize] != org).then_some(other)
    }

    /// The first pathway on which two teams' functions meet.
    fn shared(&self, a: u32, b: u32) -> Option<(u16, u16)> {
        let (mine, theirs) = (&self.team_functions[a as usize], &self.team_functions[b as usize]);
        mine.iter().find_map(|&f| theirs.iter().find(|&&g| self.partners[f as usize].contains(&g)).map(|&g| (f, g)))
    }

    /// Whether two teams' functions meet along a pathway.
    pub fn meet(&self, a: u32, b: u32) -> bool {
        self.shared(a, b).is_some()
    }

    /// The pathway two teams share, as a partner link's reason:
    /// "Hospital discharge and reablement".
    pub fn reason(&self, s: &Structure, a: u32, b: u32) -> String {
        let text = match self.shared(a, b) {
            Some((f, g)) if f == g => format!("joint {} work", self.functions[f as usize]),
            Some((f, g)) => format!("{} and {}", self.functions[f as usize], self.functions[g as usize]),
            None => format!("{} with {}", s.teams[a as usize].name, s.teams[b as usize].name),
        };
        let mut chars = text.chars();
        chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }
}

/// How many ties to draw, and how many in a thousand cross organisations.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mix {
    pub ties_per_person: f64,
    pub across_per_mille: u32,
}

/// Adds the background ties of the map to `ties`.
pub(crate) fn background(
    s: &Structure,
    guard: &Guard,
    pathways: &Pathways,
    mix: Mix,
    rng: &mut Rng,
    ties: &mut TieSet,
) {
    if s.people.is_empty() {
        return;
    }
    let target = (mix.ties_per_person * s.people.len() as f64).round() as usize;
    let start = ties.len();
    let mut drawer = Drawer::new(s, guard, pathways, rng);
    drawer.line(ties);
    let after_line = ties.len();
    drawer.board(ties);
    let board = ties.len() - after_line;
    let across = (target * mix.across_per_mille as usize / 1000).saturating_sub(board);
    let within = target.saturating_sub(ties.len() - start + across);
    // A little over half of the rest stay inside the team.
    let team = within * 11 / 20;
    drawer.fill(Class::Team, team, ties);
    drawer.fill(Class::Organisation, within - team, ties);
    drawer.fill(Class::Across, across, ties);
}

/// Draws background ties from the indices of a structure.
struct Drawer<'a> {
    s: &'a Structure,
    guard: &'a Guard,
    pathways: &'a Pathways,
    rng: &'a mut Rng,
    /// People above the front line, who cross organisations more often.
    managers: Vec<u32>,
    /// Board, executive and senior people by organisation.
    seniors: Vec<Vec<u32>>,
    system_orgs: Vec<Vec<u32>>,
}

impl<'a> Drawer<'a> {
    fn new(s: &'a Structure, guard: &'a Guard, pathways: &'a Pathways, rng: &'a mut Rng) -> Drawer<'a> {
        let mut managers = Vec::new();
        let mut seniors = vec![Vec::new(); s.organisations.len()];
        for person in 0..s.people.len() as u32 {
            match s.level(person) {
                Some(level) if level.is_senior() => {
                    managers.push(person);
                    seniors[s.person_org(person) as usize].push(person);
                }
                Some(bridgework_core::Level::Middle) => managers.push(person),
                _ => {}
            }
        }
        let systems = s.org_system.iter().max().map_or(0, |m| *m as usize + 1);
        let mut system_orgs = vec![Vec::new(); systems];
        for (org, system) in s.org_system.iter().enumerate() {
            system_orgs[*system as usize].push(org as u32);
        }
        Drawer { s, guard, pathways, rng, managers, seniors, system_orgs }
    }

    /// Everyone and the person they report to.
    fn line(&mut self, ties: &mut TieSet) {
        for person in 0..self.s.people.len() as u32 {
            let Some(manager) = self.s.manager(person) else { continue };
            let leaders = [person, manager].iter().all(|p| {
                matches!(self.s.level(*p), Some(bridgework_core::Level::Board | bridgework_core::Level::Executive))
            });
            let kind = if leaders { Governance } else { WorksWith };
            if let Some(tie) = draft(self.s, self.rng, Class::Line, &LINE, (person, manager), Some(kind)) {
                ties.add(tie);
            }
        }
    }

    /// The leaders of each system's organisations, who meet at its partnership board.
    fn board(&mut self, ties: &mut TieSet) {
        for orgs in &self.system_orgs {
            let leaders: Vec<u32> = orgs
                .iter()
                .map(|&org| &self.s.org_people[org as usize])
                .filter(|people| !people.is_empty())
                .map(|people| people.start)
                .collect();
            for (i, &a) in leaders.iter().enumerate() {
                for &b in &leaders[i + 1..] {
                    if self.guard.allows(a, b)
                        && let Some(tie) = draft(self.s, self.rng, Class::Board, &BOARD, (a, b), None)
                    {
                        ties.add(tie);
                    }
                }
            }
        }
    }

    /// Adds `quota` ties of `class`, giving up after a bounded number of
    /// draws so that a tiny map, where few ties are possible, still finishes.
    fn fill(&mut self, class: Class, quota: usize, ties: &mut TieSet) {
        let style = match class {
            Class::Team => &TEAM,
            Class::Organisation => &ORGANISATION,
            _ => &ACROSS,
        };
        let (mut made, mut draws) = (0, 0);
        while made < quota && draws < quota * 10 + 100 {
            draws += 1;
            let Some(pair) = self.pair(class) else { continue };
            if pair.0 == pair.1 {
                continue;
            }
            if let Some(tie) = draft(self.s, self.rng, class, style, pair, None) {
                made += usize::from(ties.add(tie));
            }
        }
    }

    fn pair(&mut self, class: Class) -> Option<(u32, u32)> {
        let s = self.s;
        let everyone = s.people.len();
        match class {
            Class::Team => {
                let a = self.rng.below(everyone) as u32;
                let own = &s.team_own[s.person_team[a as usize] as usize];
                (own.len() > 1).then(|| (a, self.rng.within(own)))
            }
            Class::Organisation => {
                let a = self.rng.below(everyone) as u32;
                // Half the time in the same service, then the directorate, then anywhere.
                let up = match self.rng.below(10) {
                    0..=4 => 1,
                    5..=7 => 2,
                    _ => 3,
                };
                let team = s.person_team[a as usize];
                let scope = std::iter::successors(Some(team), |t| s.team_parent[*t as usize]).nth(up);
                let range = scope.map_or(&s.org_people[s.person_org(a) as usize], |t| &s.team_people[t as usize]);
                Some((a, self.rng.within(range)))
            }
            _ => {
                let a = if !self.managers.is_empty() && self.rng.per_mille(400) {
                    *self.rng.pick(&self.managers)
                } else {
                    self.rng.below(everyone) as u32
                };
                let org = s.person_org(a);
                let b = if self.rng.per_mille(700) {
                    let team = self.pathways.partner(s, s.person_team[a as usize], self.rng)?;
                    let people = &s.team_people[team as usize];
                    if people.is_empty() {
                        return None;
                    }
                    self.rng.within(people)
                } else {
                    let other = *self.rng.pick(&self.system_orgs[s.org_system[org as usize] as usize]);
                    let seniors = &self.seniors[other as usize];
                    let senior = s.level(a).is_some_and(|l| l.is_senior());
                    if senior && !seniors.is_empty() && self.rng.per_mille(500) {
                        *self.rng.pick(seniors)
                    } else {
                        let people = &s.org_people[other as usize];
                        if people.is_empty() {
                            return None;
                        }
                        self.rng.within(people)
                    }
                };
                (s.person_org(b) != org && self.guard.allows(a, b)).then_some((a, b))
            }
        }
    }
}
