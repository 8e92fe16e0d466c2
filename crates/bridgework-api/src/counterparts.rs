//! The counterpart finder, as the app's "Find a counterpart" page and the CLI
//! show it: people of a partner organisation ranked for a person or a typed
//! role, with reasons and who could introduce them.

use crate::map_file::open_map;
use crate::views::{GroupRef, PersonRef, organisation, people, person, team};
use crate::weak_links::IntroductionView;
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::{
    CounterpartQuery, Date, Level, Network, ScoreParts, Seeker, StrengthModel, counterparts as rank,
};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// A counterpart search as the app's page asks it of the open map (which
/// gives the day and the strength model): yourself or a typed role, a partner
/// organisation, and optional keywords.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CounterpartSearch {
    /// You, by your id in the spreadsheet; `null` to search for `role` instead.
    pub person: Option<String>,
    /// A role typed in, when you are not on the map.
    pub role: Option<String>,
    /// With `role`: your level, if you like.
    pub level: Option<Level>,
    /// The partner organisation, by its id.
    pub organisation: String,
    /// Words the work should involve, separated by spaces or commas.
    pub keywords: String,
    /// How many people to list, best first (1 to 50; 0 means 10).
    pub top: u32,
}

impl CounterpartSearch {
    /// The request on the day `as_of`, or why the search cannot be run.
    pub fn request(&self, as_of: Date) -> Result<CounterpartsRequest> {
        let person = self.person.as_deref().map(str::trim).filter(|p| !p.is_empty());
        let role = self.role.as_deref().map(str::trim).filter(|r| !r.is_empty());
        let seeker = match (person, role) {
            (Some(id), _) => SeekerRequest::Person(id.to_string()),
            (None, Some(role)) => SeekerRequest::Role { role: role.to_string(), level: self.level },
            (None, None) => {
                return Err(ApiError::new(
                    ErrorCode::InvalidInput,
                    "Pick yourself from the map, or type a role, e.g. \"discharge coordinator\".",
                ));
            }
        };
        let organisation = self.organisation.trim();
        if organisation.is_empty() {
            return Err(ApiError::new(ErrorCode::InvalidInput, "Choose the partner organisation to look in."));
        }
        let mut request = CounterpartsRequest::new(as_of, seeker, organisation);
        request.keywords = self.keywords.clone();
        request.top = match self.top {
            0 => 10,
            n => n.min(50) as usize,
        };
        Ok(request)
    }
}

/// Who is looking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeekerRequest {
    /// A person of the map, by their id in the spreadsheet.
    Person(String),
    /// A role typed in ("discharge coordinator"), with a level if known.
    Role { role: String, level: Option<Level> },
}

/// One counterpart search.
#[derive(Debug, Clone, PartialEq)]
pub struct CounterpartsRequest {
    /// The day the map is read as of (people who left by then drop out).
    pub as_of: Date,
    pub strength: StrengthModel,
    pub seeker: SeekerRequest,
    /// The partner organisation to search, by its id.
    pub organisation: String,
    /// Extra words the work should involve, separated by spaces or commas.
    pub keywords: String,
    /// How many people to list, best first.
    pub top: usize,
}

impl CounterpartsRequest {
    pub fn new(as_of: Date, seeker: SeekerRequest, organisation: impl Into<String>) -> CounterpartsRequest {
        CounterpartsRequest {
            as_of,
            strength: StrengthModel::default(),
            seeker,
            organisation: organisation.into(),
            keywords: String::new(),
            top: 10,
        }
    }
}

/// The ranked counterparts. Stable: fields are only ever added.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CounterpartsView {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub as_of: Date,
    pub seeker: SeekerView,
    pub organisation: GroupRef,
    pub keywords: String,
    /// How many people in post the organisation has; all were scored.
    pub considered: usize,
    pub counterparts: Vec<CounterpartView>,
}

/// The seeker, as the results name them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SeekerView {
    Person { person: PersonRef, team: Option<GroupRef>, role: Option<String>, level: Option<Level> },
    Role { role: String, level: Option<Level> },
}

/// One candidate.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CounterpartView {
    /// 1 for the best.
    pub rank: usize,
    pub person: PersonRef,
    pub team: GroupRef,
    pub role: Option<String>,
    pub level: Option<Level>,
    /// In [0, 1]: the weighted mean of `parts`, halved when already known.
    pub score: f64,
    pub parts: ScoreParts,
    /// The seeker already has a direct tie to them.
    pub already_known: bool,
    pub reasons: Vec<String>,
    /// The strongest chain of at most three ties from the seeker to them.
    pub introduction: Option<IntroductionView>,
    /// The team (with its organisation) of each person on that chain, in the
    /// same order; `null` for someone without a team. Empty without a chain.
    pub introduction_teams: Vec<Option<GroupRef>>,
    /// The people between the seeker and them on that chain, who could
    /// introduce them; empty when already known.
    pub introducers: Vec<PersonRef>,
    /// What to do, in plain words; empty when already known or unreachable.
    pub advice: String,
}

/// Ranks the people of a partner organisation for the map at `path`.
pub fn find_counterparts(path: &Path, request: &CounterpartsRequest) -> Result<CounterpartsView> {
    let map = open_map(path)?;
    let net = Network::new(&map, request.as_of, request.strength);
    counterparts_in(&net, request)
}

/// The same on a map already open and read as of `request.as_of` (the
/// network's day and strength model are used): what one query costs once the
/// map is loaded.
pub fn counterparts_in(net: &Network<'_>, request: &CounterpartsRequest) -> Result<CounterpartsView> {
    let map = net.map;
    let org = map.org_by_id(&request.organisation).ok_or_else(|| unknown("organisation", &request.organisation))?;
    let (seeker, seeker_view) = match &request.seeker {
        SeekerRequest::Person(id) => {
            let p = map.person_by_id(id).ok_or_else(|| unknown("person", id))?;
            let record = &map.records().people[p.index()];
            let view = SeekerView::Person {
                person: person(map, p),
                team: map.person_team(p).map(|t| team(map, t)),
                role: record.role.clone(),
                level: record.level,
            };
            (Seeker::Person(p), view)
        }
        SeekerRequest::Role { role, level } => {
            if role.trim().is_empty() {
                return Err(ApiError::new(
                    ErrorCode::InvalidInput,
                    "type a role to look for, e.g. \"discharge coordinator\"",
                ));
            }
            (Seeker::Role { role: role.clone(), level: *level }, SeekerView::Role { role: role.clone(), level: *level })
        }
    };
    let query = CounterpartQuery { seeker, organisation: org, keywords: request.keywords.clone(), top: request.top };
    let report = rank(net, &query);
    let counterparts = report
        .counterparts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let record = &map.records().people[c.person.index()];
            let path = c.introduction.as_ref().map(|intro| intro.path.as_slice()).unwrap_or_default();
            CounterpartView {
                rank: i + 1,
                person: person(map, c.person),
                team: team(map, map.person_team(c.person).expect("an organisation's people have a team")),
                role: record.role.clone(),
                level: record.level,
                score: c.score,
                parts: c.parts,
                already_known: c.already_known,
                reasons: c.reasons.clone(),
                introduction: c
                    .introduction
                    .as_ref()
                    .map(|intro| IntroductionView { path: people(map, &intro.path), strength: intro.strength }),
                introduction_teams: path.iter().map(|&p| map.person_team(p).map(|t| team(map, t))).collect(),
                introducers: match path {
                    [_, between @ .., _] if !c.already_known => people(map, between),
                    _ => Vec::new(),
                },
                advice: c.advice.clone(),
            }
        })
        .collect();
    Ok(CounterpartsView {
        as_of: net.day,
        seeker: seeker_view,
        organisation: organisation(map, org),
        keywords: request.keywords.clone(),
        considered: report.considered,
        counterparts,
    })
}

fn unknown(what: &str, id: &str) -> ApiError {
    ApiError::new(ErrorCode::NotFound, format!("there is no {what} with id \"{id}\" in the map"))
}
