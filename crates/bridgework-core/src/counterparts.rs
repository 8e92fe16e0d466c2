//! The counterpart finder: who in a partner organisation does the same kind of
//! work as me, and who could introduce us.
//!
//! The seeker is a person of the map, or just a role typed in ("discharge
//! coordinator", optionally with a level). Every person in post in the chosen
//! organisation is a candidate, scored in [0, 1]:
//!
//! ```text
//! score = (0.45·similarity + 0.45·keywords + 0.15·level + 0.15·partner) / (sum of the weights used)
//!         × 0.5 when the seeker already has a direct tie to them
//! ```
//!
//! - **similarity**: the words of the seeker's role and their team's function
//!   tags against the candidate's, as an IDF-weighted Jaccard index
//!   Σ_{shared} idf / Σ_{either} idf, with idf(w) = ln(1 + N / df(w)) over the N
//!   candidates. Words are lower-cased, stemmed ("nursing", "nurses" and
//!   "nurse" are one word) and stop words dropped, including rank words such as
//!   "senior" or "manager", which the level part already weighs. A word every
//!   candidate has ("nurse" in a hospital) counts for little; a rare one
//!   ("discharge") for much.
//! - **keywords** (only when some are given, else its weight is left out): the
//!   idf-weighted share of the keywords found in the candidate's role, team
//!   functions or team name.
//! - **level**: 1 at the same level, 0.5 one level apart, 0 otherwise or when
//!   either level is not recorded.
//! - **partner**: 1 when a declared partner link joins the candidate's team (or
//!   a team enclosing it) and the seeker's team (or a team enclosing it).
//!
//! Someone the seeker already knows stays in the list, halved and marked: the
//! point is to find new counterparts, but the known ones are still the best
//! way in. For each candidate the strongest introduction path of at most three
//! ties from the seeker (the product of tie strengths, as in the weak-link
//! report) names who could introduce them.
//!
//! Cost: one pass over the organisation's people (tokens of each team's
//! functions computed once per team) and one search three ties deep from the
//! seeker, which touches the ties of the seeker's contacts and of theirs:
//! independent of the size of the rest of the map.

use crate::map::{OrgIx, PersonIx, TeamIx};
use crate::network::Network;
use crate::vocabulary::Level;
use crate::weak_links::Introduction;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Who is looking for counterparts.
#[derive(Debug, Clone, PartialEq)]
pub enum Seeker {
    /// A person of the map: their role, team functions, level, partner links
    /// and ties all count.
    Person(PersonIx),
    /// A role typed in, for someone not (yet) on the map: no partner links and
    /// no introduction paths.
    Role { role: String, level: Option<Level> },
}

/// One counterpart search.
#[derive(Debug, Clone, PartialEq)]
pub struct CounterpartQuery {
    pub seeker: Seeker,
    /// The partner organisation to search.
    pub organisation: OrgIx,
    /// Extra words the work should involve: "falls", "frailty".
    pub keywords: String,
    /// How many candidates to return, best first.
    pub top: usize,
}

/// The parts of a candidate's score, each in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScoreParts {
    pub similarity: f64,
    /// `None` when no keywords were given.
    pub keywords: Option<f64>,
    pub level: f64,
    pub partner: f64,
}

/// One candidate counterpart.
#[derive(Debug, Clone, PartialEq)]
pub struct Counterpart {
    pub person: PersonIx,
    pub score: f64,
    pub parts: ScoreParts,
    /// The seeker already has a direct tie to them.
    pub already_known: bool,
    /// Why they rank where they do, in plain words.
    pub reasons: Vec<String>,
    /// The strongest chain of at most three ties from the seeker to them.
    pub introduction: Option<Introduction>,
    /// What to do, naming who could introduce: empty when there is no path or
    /// they are already known.
    pub advice: String,
}

/// The ranked candidates.
#[derive(Debug, Clone, PartialEq)]
pub struct CounterpartReport {
    /// How many people in post the organisation has (all were scored).
    pub considered: usize,
    /// The best `top`, best first.
    pub counterparts: Vec<Counterpart>,
}

const SIMILARITY_WEIGHT: f64 = 0.45;
/// Keywords are what the seeker asked for outright: they weigh as much as
/// the similarity of the work.
const KEYWORD_WEIGHT: f64 = 0.45;
const LEVEL_WEIGHT: f64 = 0.15;
const PARTNER_WEIGHT: f64 = 0.15;
/// Someone already known is still worth listing, below equally good strangers.
const KNOWN_FACTOR: f64 = 0.5;
/// Level closeness one level apart.
const ADJACENT_LEVEL: f64 = 0.5;

/// Ranks the people of `query.organisation` as counterparts for the seeker.
pub fn counterparts(net: &Network<'_>, query: &CounterpartQuery) -> CounterpartReport {
    let map = net.map;
    let records = map.records();
    let candidates: Vec<PersonIx> = (0..records.teams.len())
        .map(|t| TeamIx(t as u32))
        .filter(|&t| map.team_org(t) == query.organisation && map.team_parent(t).is_none())
        .flat_map(|t| net.members(t).iter().copied())
        .filter(|&p| query.seeker != Seeker::Person(p))
        .collect();

    let seeker = SeekerProfile::new(net, &query.seeker);
    // Most people share their team and job title with colleagues: work out
    // the words of each team, and of each team and title, once.
    let mut team_slot: HashMap<TeamIx, usize> = HashMap::default();
    let mut teams: Vec<TeamWords> = Vec::new();
    let mut profile_slot: HashMap<(TeamIx, Option<&str>), usize> = HashMap::default();
    let mut profiles: Vec<Profile> = Vec::new();
    let mut holders: Vec<usize> = Vec::new();
    let of_candidate: Vec<usize> = candidates
        .iter()
        .map(|&p| {
            let team = map.person_team(p).expect("an organisation's people have a team");
            let role = records.people[p.index()].role.as_deref();
            let slot = *profile_slot.entry((team, role)).or_insert_with(|| {
                let team_words = *team_slot.entry(team).or_insert_with(|| {
                    teams.push(TeamWords::new(net, team));
                    teams.len() - 1
                });
                profiles.push(Profile::new(role, team_words, &teams[team_words]));
                holders.push(0);
                profiles.len() - 1
            });
            holders[slot] += 1;
            slot
        })
        .collect();
    let idf = Idf::new(&profiles, &holders);
    let keywords = Words::of(&query.keywords);

    let reach = match query.seeker {
        Seeker::Person(p) => Reach::search(net, p),
        Seeker::Role { .. } => Reach::default(),
    };
    let scoring = Scoring { net, seeker, keywords, idf, reach, teams };
    let mut scored: Vec<Counterpart> =
        candidates.iter().zip(&of_candidate).map(|(&p, &slot)| scoring.score(p, &profiles[slot])).collect();
    scored.sort_by(|x, y| {
        y.score.total_cmp(&x.score).then_with(|| net.person_name(x.person).cmp(net.person_name(y.person)))
    });
    scored.truncate(query.top);
    CounterpartReport { considered: candidates.len(), counterparts: scored }
}

/// Everything a query knows before scoring its candidates.
struct Scoring<'n, 'm> {
    net: &'n Network<'m>,
    seeker: SeekerProfile,
    keywords: Words,
    idf: Idf,
    reach: Reach,
    /// The words of each candidate team, by [`Profile::team`].
    teams: Vec<TeamWords>,
}

impl Scoring<'_, '_> {
    fn score(&self, candidate: PersonIx, profile: &Profile) -> Counterpart {
        let Scoring { net, seeker, keywords, idf, reach, teams } = self;
        let team = &teams[profile.team];
        let person = &net.map.records().people[candidate.index()];
        let mut reasons = Vec::new();

        let similarity = idf.jaccard(&seeker.words, &profile.words);
        let shared_tags: Vec<&str> = team
            .tags
            .iter()
            .filter(|(_, words)| seeker.tags.iter().any(|own| own == words))
            .map(|(tag, _)| tag.as_str())
            .collect();
        if !shared_tags.is_empty() {
            reasons.push(format!("also works in {}", join_and(&shared_tags)));
        }
        if let Some(role) = &person.role
            && profile.role.shares_with(&seeker.words)
        {
            reasons.push(format!("similar role: {role}"));
        }
        // Words of their team's functions can meet words of the seeker's role
        // (a typed role has no tags to share whole): say which.
        if reasons.is_empty() && similarity > 0.0 {
            let shared = team.functions.surface_in(&seeker.words);
            if !shared.is_empty() {
                reasons.push(format!("their team's work mentions {}", join_and(&shared)));
            }
        }

        let keyword_part = (!keywords.is_empty()).then(|| {
            let found: Vec<&str> = keywords.surface_in(&profile.words_with_team_name);
            if !found.is_empty() {
                reasons.push(format!("matches your keywords: {}", found.join(", ")));
            }
            idf.coverage(keywords, &profile.words_with_team_name)
        });

        let level = match (seeker.level, person.level) {
            (Some(own), Some(theirs)) => {
                let apart = rank(own).abs_diff(rank(theirs));
                if apart == 0 {
                    reasons.push(format!("same level ({theirs})"));
                    1.0
                } else if apart == 1 {
                    reasons.push(format!("one level apart (they are {theirs}, you are {own})"));
                    ADJACENT_LEVEL
                } else {
                    0.0
                }
            }
            _ => 0.0,
        };

        let own_team = net.map.person_team(candidate).expect("an organisation's people have a team");
        let partner = match net.map.team_ancestry(own_team).find_map(|t| seeker.partners.get(&t).map(|link| (t, link)))
        {
            Some((team, link)) => {
                reasons.push(match &net.map.records().partner_links[*link].reason {
                    Some(why) => format!("their team is a declared partner of yours: {why}"),
                    None => format!("their team, {}, is a declared partner of yours", net.team_name(team)),
                });
                1.0
            }
            None => 0.0,
        };

        let parts = ScoreParts { similarity, keywords: keyword_part, level, partner };
        let (weighted, weights) = [
            (Some(similarity), SIMILARITY_WEIGHT),
            (keyword_part, KEYWORD_WEIGHT),
            (Some(level), LEVEL_WEIGHT),
            (Some(partner), PARTNER_WEIGHT),
        ]
        .iter()
        .filter_map(|&(part, weight)| part.map(|p| (p * weight, weight)))
        .fold((0.0, 0.0), |(sum, total), (p, w)| (sum + p, total + w));

        let introduction = reach.best(candidate);
        let already_known = reach.knows(candidate);
        let advice = match introduction.as_ref().map(|i| i.path.as_slice()) {
            _ if already_known => String::new(),
            Some([_, by, _]) => format!("Ask {} to introduce you.", net.person_name(*by)),
            Some([_, by, via, _]) => format!(
                "Ask {} to introduce you to {}, who knows {}.",
                net.person_name(*by),
                net.person_name(*via),
                person.name
            ),
            _ => String::new(),
        };
        if already_known {
            reasons.push("you already know them".to_string());
        }
        if reasons.is_empty() {
            reasons.push(
                "nothing in their role, their team's work or their level matches yours: listed only because the \
                 organisation has no closer match"
                    .to_string(),
            );
        }
        let score = weighted / weights * if already_known { KNOWN_FACTOR } else { 1.0 };
        Counterpart { person: candidate, score, parts, already_known, reasons, introduction, advice }
    }
}

/// A level's place from the top: board 0 … frontline 4.
fn rank(level: Level) -> usize {
    Level::ALL.iter().position(|l| *l == level).expect("every level is listed")
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// What is known about the seeker.
struct SeekerProfile {
    /// Role and function words.
    words: Words,
    /// The function tags of their team, as words, to name shared ones whole.
    tags: Vec<Words>,
    level: Option<Level>,
    /// Teams declared partners of the seeker's team or a team enclosing it,
    /// each with the partner link's row.
    partners: HashMap<TeamIx, usize>,
}

impl SeekerProfile {
    fn new(net: &Network<'_>, seeker: &Seeker) -> SeekerProfile {
        match seeker {
            Seeker::Role { role, level } => {
                SeekerProfile { words: Words::of(role), tags: Vec::new(), level: *level, partners: HashMap::default() }
            }
            Seeker::Person(p) => {
                let map = net.map;
                let person = &map.records().people[p.index()];
                let mut words = Words::of(person.role.as_deref().unwrap_or(""));
                let mut tags = Vec::new();
                let mut partners = HashMap::default();
                if let Some(team) = map.person_team(*p) {
                    let team_words = TeamWords::new(net, team);
                    words.extend(&team_words.functions);
                    tags = team_words.tags.into_iter().map(|(_, w)| w).collect();
                    let own: HashSet<TeamIx> = map.team_ancestry(team).collect();
                    for row in 0..map.records().partner_links.len() {
                        let [a, b] = map.partner_link_ends(row);
                        for (mine, theirs) in [(a, b), (b, a)] {
                            if own.contains(&mine) {
                                partners.entry(theirs).or_insert(row);
                            }
                        }
                    }
                }
                SeekerProfile { words, tags, level: person.level, partners }
            }
        }
    }
}

/// The words of a team: its function tags (or, when it has none, those of the
/// nearest enclosing team that has some) and its name.
#[derive(Debug, Clone)]
struct TeamWords {
    /// Each function tag as written, with its words.
    tags: Vec<(String, Words)>,
    functions: Words,
    name: Words,
}

impl TeamWords {
    fn new(net: &Network<'_>, team: TeamIx) -> TeamWords {
        let teams = &net.map.records().teams;
        let functions = net
            .map
            .team_ancestry(team)
            .map(|t| &teams[t.index()].functions)
            .find(|f| !f.is_empty())
            .map_or(&[][..], Vec::as_slice);
        let tags: Vec<(String, Words)> = functions.iter().map(|f| (f.clone(), Words::of(f))).collect();
        let mut all = Words::default();
        for (_, words) in &tags {
            all.extend(words);
        }
        TeamWords { tags, functions: all, name: Words::of(&teams[team.index()].name) }
    }
}

/// What is known about a candidate.
struct Profile {
    role: Words,
    /// The candidate's team's slot in the query's [`TeamWords`].
    team: usize,
    /// Role and function words: what similarity compares.
    words: Words,
    /// The same and the team's name: where keywords are looked for.
    words_with_team_name: Words,
}

impl Profile {
    fn new(role: Option<&str>, slot: usize, team: &TeamWords) -> Profile {
        let role = Words::of(role.unwrap_or(""));
        let mut words = role.clone();
        words.extend(&team.functions);
        let mut words_with_team_name = words.clone();
        words_with_team_name.extend(&team.name);
        Profile { role, team: slot, words, words_with_team_name }
    }
}

/// A set of stemmed words, each with the first spelling it was seen in.
#[derive(Debug, Clone, Default, PartialEq)]
struct Words {
    /// (stem, as written), sorted by stem, one per stem.
    words: Vec<(String, String)>,
}

/// Words that say nothing about the work: grammar, and rank, which the level
/// part of the score weighs already.
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "at",
    "for",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "team",
    "service",
    "services",
    "unit",
    "senior",
    "junior",
    "deputy",
    "assistant",
    "interim",
    "acting",
    "head",
    "lead",
    "manager",
];

impl Words {
    fn of(text: &str) -> Words {
        let mut words: Vec<(String, String)> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .filter(|w| !STOP_WORDS.contains(&w.as_str()))
            .map(|w| (stem(&w), w))
            .collect();
        words.sort_by(|x, y| x.0.cmp(&y.0));
        words.dedup_by(|x, y| x.0 == y.0);
        Words { words }
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn contains(&self, stem: &str) -> bool {
        self.words.binary_search_by(|(s, _)| s.as_str().cmp(stem)).is_ok()
    }

    fn extend(&mut self, other: &Words) {
        for word in &other.words {
            if let Err(at) = self.words.binary_search_by(|(s, _)| s.cmp(&word.0)) {
                self.words.insert(at, word.clone());
            }
        }
    }

    fn stems(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|(s, _)| s.as_str())
    }

    fn shares_with(&self, other: &Words) -> bool {
        self.stems().any(|s| other.contains(s))
    }

    /// The words of `self` found in `other`, as written in `self`.
    fn surface_in(&self, other: &Words) -> Vec<&str> {
        self.words.iter().filter(|(s, _)| other.contains(s)).map(|(_, w)| w.as_str()).collect()
    }
}

/// A light stemmer for English job titles and function tags: plurals, then
/// "-ing" and "-ed", then a final "e", so that "nurse", "nurses" and "nursing"
/// meet. Words stay at least three letters long.
fn stem(word: &str) -> String {
    let mut w = word.to_string();
    if w.ends_with("ies") && w.len() > 4 {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) && w.len() > 3 {
        w.truncate(w.len() - 1);
    }
    for suffix in ["ing", "ed"] {
        if w.ends_with(suffix) && w.len() >= suffix.len() + 3 {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    if w.ends_with('e') && w.len() > 3 {
        w.truncate(w.len() - 1);
    }
    w
}

/// Inverse document frequencies over the candidates.
struct Idf {
    df: HashMap<String, usize>,
    documents: f64,
}

impl Idf {
    /// `holders[i]`: how many candidates have `profiles[i]`.
    fn new(profiles: &[Profile], holders: &[usize]) -> Idf {
        let mut df: HashMap<String, usize> = HashMap::default();
        for (profile, &holders) in profiles.iter().zip(holders) {
            for stem in profile.words_with_team_name.stems() {
                *df.entry(stem.to_string()).or_default() += holders;
            }
        }
        Idf { df, documents: holders.iter().sum::<usize>().max(1) as f64 }
    }

    /// ln(1 + N / df): a word no candidate has weighs as if one had it.
    fn weight(&self, stem: &str) -> f64 {
        let df = self.df.get(stem).copied().unwrap_or(0).max(1) as f64;
        (1.0 + self.documents / df).ln()
    }

    /// Σ_{shared} idf / Σ_{either} idf; 0 when both are empty.
    fn jaccard(&self, x: &Words, y: &Words) -> f64 {
        let shared: f64 = x.stems().filter(|s| y.contains(s)).map(|s| self.weight(s)).sum();
        let either: f64 = x.stems().chain(y.stems().filter(|s| !x.contains(s))).map(|s| self.weight(s)).sum();
        if either > 0.0 { shared / either } else { 0.0 }
    }

    /// The idf-weighted share of `wanted` found in `words`.
    fn coverage(&self, wanted: &Words, words: &Words) -> f64 {
        let found: f64 = wanted.stems().filter(|s| words.contains(s)).map(|s| self.weight(s)).sum();
        let all: f64 = wanted.stems().map(|s| self.weight(s)).sum();
        if all > 0.0 { found / all } else { 0.0 }
    }
}

/// The strongest chains of one, two and three ties from one person to everyone
/// within three ties: for each layer, each person reached with the strongest
/// chain's strength and the previous person on it. Chains never pass through
/// the same person twice.
#[derive(Debug, Default)]
struct Reach {
    from: Option<PersonIx>,
    layers: [HashMap<PersonIx, (f64, PersonIx)>; 3],
}

impl Reach {
    fn search(net: &Network<'_>, from: PersonIx) -> Reach {
        let mut layers: [HashMap<PersonIx, (f64, PersonIx)>; 3] = Default::default();
        for (c, tie) in net.ties_of(from) {
            keep_best(&mut layers[0], c, net.strength(tie).value, from);
        }
        for depth in 1..3 {
            let (done, next) = layers.split_at_mut(depth);
            let previous = &done[depth - 1];
            for (&x, &(to_x, before_x)) in previous {
                for (y, tie) in net.ties_of(x) {
                    // Back to the start, or (in the third layer) back to the
                    // person before: not a chain of distinct people.
                    if y == from || y == before_x {
                        continue;
                    }
                    keep_best(&mut next[0], y, to_x * net.strength(tie).value, x);
                }
            }
        }
        Reach { from: Some(from), layers }
    }

    /// Whether the person searched from has a direct tie to `person`.
    fn knows(&self, person: PersonIx) -> bool {
        self.layers[0].contains_key(&person)
    }

    /// The strongest chain to `to`; among equals, the shorter.
    fn best(&self, to: PersonIx) -> Option<Introduction> {
        let from = self.from?;
        let (depth, &(strength, _)) =
            self.layers.iter().enumerate().filter_map(|(d, layer)| layer.get(&to).map(|found| (d, found))).fold(
                None,
                |best: Option<(usize, &(f64, PersonIx))>, (d, found)| match best {
                    Some((_, b)) if b.0 >= found.0 => best,
                    _ => Some((d, found)),
                },
            )?;
        let mut path = vec![to];
        let mut at = to;
        for layer in self.layers[..=depth].iter().rev() {
            at = layer[&at].1;
            path.push(at);
        }
        debug_assert_eq!(path.last(), Some(&from));
        path.reverse();
        Some(Introduction { path, strength })
    }
}

/// Keeps the strongest way to reach `person`; among equals, through the lowest
/// index, so that results do not depend on hash order.
fn keep_best(best: &mut HashMap<PersonIx, (f64, PersonIx)>, person: PersonIx, strength: f64, via: PersonIx) {
    let entry = best.entry(person).or_insert((strength, via));
    if strength > entry.0 || (strength == entry.0 && via < entry.1) {
        *entry = (strength, via);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_endings_meet() {
        for (a, b) in [("nurse", "nursing"), ("nurses", "nurse"), ("discharge", "discharges"), ("therapies", "therapy")]
        {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_eq!(stem("assess"), "assess");
        assert_eq!(stem("bus"), "bus");
    }

    #[test]
    fn rank_words_and_grammar_are_not_work() {
        let words = Words::of("Senior Manager, Hospital Discharge & Flow");
        assert_eq!(words.stems().collect::<Vec<_>>(), ["discharg", "flow", "hospital"]);
    }
}
