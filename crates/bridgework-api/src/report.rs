//! The board pack report: the map's partnerships, what is thin, what changed
//! since a snapshot and what to do, as a PDF or one HTML file. The content
//! ([`bridgework_report::Report`]) is built once from the same use cases
//! the app's pages and the CLI's commands show (weak links, partnerships,
//! brokers, communities, the data-health checklist, the snapshot diff), and
//! carries their sentences as they word them; the map pictures are the
//! export's. Written whole or not at all, through the export's
//! [`Destination`].

use crate::export::{self, Destination, ExportFormat, ExportRequest, category_colour, write_file};
use crate::map_view::{MapSession, label};
use crate::snapshots::{self, SnapshotRef, find};
use crate::views::{GroupRef, PersonRef};
use crate::{
    ApiError, BrokersRequest, CommunitiesRequest, ErrorCode, MomentView, PairView, Result, SnapshotDiffRequest,
};
use bridgework_core::brokerage::EXACT_NODE_LIMIT;
use bridgework_core::weak_links::{Category, Thresholds};
use bridgework_core::{Date, HealthCheck, KeyEntry, Progress, StrengthModel, Table};
use bridgework_report::{
    Assessment, Broker, CategoryCount, CategoryMove, ChangeCounts, Changes, Community, Heatmap, LinkRow,
    PartnershipSection, Report, Structure, Summary, Trust, TrustCheck, UrgentLink,
};
use bridgework_store::Store;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The most urgent links the summary names.
const URGENT: usize = 5;
/// The brokers and cut points section 3 lists.
const TOP_PEOPLE: usize = 5;
/// Beyond [`EXACT_NODE_LIMIT`] people in post, the routes the top brokers
/// are ranked from: the top of the ranking settles long before each
/// person's figure does (`bridgework brokers` samples
/// [`bridgework_core::brokerage::DEFAULT_SAMPLES`] for those), and it keeps a 100,000-person map's report within its 15 s.
const BROKER_SAMPLES: usize = 250;
/// The communities section 3 lists, largest first.
const TOP_COMMUNITIES: usize = 8;
/// The most partner links a partnership's table lists: a board reads the
/// declared and most urgent ones, and a large map's thousands of links would
/// run to hundreds of pages (and past a laptop's memory while typesetting).
const LISTED_LINKS: usize = 40;

/// The stages a report's progress names, after the map's reading.
const ANALYSING: &str = "Finding the weak links, brokers and communities";
const TYPESETTING: &str = "Typesetting the report";

/// What to report on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReportRequest {
    /// Only these partnerships (by exact name or id); empty: every one.
    #[serde(default)]
    pub partnerships: Vec<String>,
    /// A snapshot (id or exact name) to say what changed since.
    #[serde(default)]
    pub since: Option<String>,
    /// Report on this snapshot (id or exact name) rather than the map as it is now.
    #[serde(default)]
    pub snapshot: Option<String>,
    /// The day the findings are for: default today, or the day the snapshot was taken.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub as_of: Option<Date>,
    /// Every person named by their pseudonym, in every section and picture,
    /// as a pseudonymised export names them ([`crate::privacy`]).
    #[serde(default)]
    pub pseudonymise: bool,
    /// When pseudonymising: no figure about a group of fewer people than
    /// this (small teams are folded into larger ones, small communities
    /// left out). Default [`crate::privacy::DEFAULT_MIN_GROUP`]; 0 or 1
    /// folds none.
    #[serde(default)]
    pub min_group: Option<u32>,
}

impl ReportRequest {
    /// The smallest group a pseudonymised report gives a figure about; 1
    /// (every group) when not pseudonymising.
    fn min_group(&self) -> u32 {
        if self.pseudonymise { self.min_group.unwrap_or(crate::privacy::DEFAULT_MIN_GROUP).max(1) } else { 1 }
    }
}

/// The two layouts of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    Pdf,
    Html,
}

impl ReportFormat {
    /// The format a file name asks for by its extension (`.pdf`, `.html`, `.htm`).
    pub fn of_path(path: &Path) -> Result<ReportFormat> {
        let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("pdf") => Ok(ReportFormat::Pdf),
            Some("html" | "htm") => Ok(ReportFormat::Html),
            _ => Err(ApiError::new(
                ErrorCode::InvalidInput,
                format!("{}: a report is a .pdf or an .html file; name the file with one of those", path.display()),
            )),
        }
    }

    /// The file name extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Html => "html",
        }
    }
}

/// What was written, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReportDone {
    pub format: ReportFormat,
    /// The file written.
    pub out: String,
    /// What it covers, in a sentence.
    pub summary: String,
}

/// Writes the report of the map at `map_path` that `request` asks for, as
/// `format`, to `to`. Never writes to the map (but for the pseudonym secret
/// an older map gets the first time it is pseudonymised).
pub fn write_report(
    map_path: &Path,
    request: &ReportRequest,
    format: ReportFormat,
    to: &Destination,
    progress: &dyn Progress,
) -> Result<ReportDone> {
    write_report_with_key(map_path, request, format, to, None, progress)
}

/// [`write_report`], and with `key` (for a pseudonymised report only) the
/// key from its pseudonyms to the people they stand for, as CSV
/// ([`crate::privacy::write_key`]), written after the report.
pub fn write_report_with_key(
    map_path: &Path,
    request: &ReportRequest,
    format: ReportFormat,
    to: &Destination,
    key: Option<&Destination>,
    progress: &dyn Progress,
) -> Result<ReportDone> {
    if key.is_some() && !request.pseudonymise {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "a key from pseudonyms to people is written only with a pseudonymised report",
        ));
    }
    let (report, key_entries) = content(map_path, request, progress)?;
    progress.report(TYPESETTING, 0, 0);
    let bytes = render_report(&report, format)?;
    export::stop_if_cancelled(progress)?;
    write_file(to, |out| out.write_all(&bytes))?;
    if let Some(key) = key {
        crate::privacy::write_key(&key_entries, key)?;
    }
    Ok(ReportDone { format, out: to.describe(), summary: covers(&report) })
}

/// What `report` covers, in a sentence: "3 partnerships, 21 partner links, 5 urgent".
fn covers(report: &Report) -> String {
    match &report.empty {
        Some(_) => "an empty map: a short report that says so".to_string(),
        None => format!(
            "{} partnership{}, {} partner links, {} urgent",
            report.partnerships.len(),
            if report.partnerships.len() == 1 { "" } else { "s" },
            report.summary.links,
            report.summary.urgent.len()
        ),
    }
}

/// A report to look at before saving it: the HTML version, which a window
/// shows in a sandboxed frame (it has no script and fetches nothing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReportPreview {
    /// The whole HTML file.
    pub html: String,
    /// What it covers, in a sentence.
    pub summary: String,
}

/// The report of the map at `map_path` that `request` asks for, as HTML to preview.
pub fn preview_report(map_path: &Path, request: &ReportRequest, progress: &dyn Progress) -> Result<ReportPreview> {
    let report = report_content(map_path, request, progress)?;
    Ok(ReportPreview { html: bridgework_report::to_html(&report), summary: covers(&report) })
}

/// The report typeset as `format`: a PDF's bytes, or the HTML file's.
pub fn render_report(report: &Report, format: ReportFormat) -> Result<Vec<u8>> {
    Ok(match format {
        ReportFormat::Pdf => {
            bridgework_report::to_pdf(report).map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?
        }
        ReportFormat::Html => bridgework_report::to_html(report).into_bytes(),
    })
}

/// The name a Save dialog suggests for `request`'s report of the open map,
/// as `format`: the map's name and the day the report is for, such as
/// "Ashworth ICS 2026-12-01.pdf" (a snapshot's report is for its day unless
/// `as_of` says otherwise). Fails with `not-found` for a snapshot the map
/// does not have.
pub fn suggested_report_name(session: &MapSession, request: &ReportRequest, format: ReportFormat) -> Result<String> {
    let day = match (request.as_of, &request.snapshot) {
        (Some(day), _) => day,
        (None, Some(name)) => find(&Store::open_read_only(session.path())?, &SnapshotRef::parse(name))?.day,
        (None, None) => crate::today(),
    };
    // "report" in the name keeps it apart from the same day's picture export.
    Ok(format!("{}.{}", export::file_stem(&format!("{} {day} report", session.info().name)), format.extension()))
}

/// The report's content: every section, worded and counted.
pub fn report_content(map_path: &Path, request: &ReportRequest, progress: &dyn Progress) -> Result<Report> {
    Ok(content(map_path, request, progress)?.0)
}

/// The report's content, and for a pseudonymised one the key from its
/// pseudonyms to people.
fn content(map_path: &Path, request: &ReportRequest, progress: &dyn Progress) -> Result<(Report, Vec<KeyEntry>)> {
    // Names are checked before the long work, so a slip is told at once.
    let taken = match &request.snapshot {
        Some(name) => Some(find(&Store::open_read_only(map_path)?, &SnapshotRef::parse(name))?),
        None => None,
    };
    if let Some(since) = &request.since {
        find(&Store::open_read_only(map_path)?, &SnapshotRef::parse(since))?;
    }
    let snapshot = request.snapshot.as_deref();
    let (session, key) = if request.pseudonymise {
        export::pseudonymised_session(map_path, snapshot, request.as_of, request.min_group(), progress)?
    } else {
        (export::session(map_path, snapshot, request.as_of, progress)?, Vec::new())
    };
    let chosen = chosen_partnerships(&session, &request.partnerships)?;
    let day = session.day();
    let map_name = session.info().name.clone();
    let moment = match &taken {
        Some(s) => format!("Snapshot \"{}\" taken {}", s.name, s.day),
        None => "The map as it is now".to_string(),
    };
    let mut report = Report {
        title: format!("Partnership report: {map_name}"),
        map: map_name.clone(),
        as_of: day.to_string(),
        moment,
        empty: None,
        summary: Summary {
            partnerships: Vec::new(),
            scope: String::new(),
            categories: Vec::new(),
            links: 0,
            urgent: Vec::new(),
            changes: Vec::new(),
        },
        partnerships: Vec::new(),
        structure: Structure {
            cut_points: Vec::new(),
            brokers: Vec::new(),
            brokers_estimated: String::new(),
            communities_sentence: String::new(),
            communities: Vec::new(),
        },
        changes: None,
        trust: Trust { checks: Vec::new(), strength_model: Vec::new(), thresholds: Vec::new() },
    };
    if session.info().people_in_post == 0 {
        report.empty = Some(format!(
            "{map_name} has nobody in post on {day}, so there is nothing to report yet: add organisations, teams, people and their ties (or import them), then make the report again."
        ));
        return Ok((report, key));
    }
    let map = session.map();
    export::stop_if_cancelled(progress)?;
    progress.report(ANALYSING, 0, 0);
    let weak = session.weak_links();
    let all = session.partnerships();
    let sections: Vec<&crate::PartnershipView> =
        all.partnerships.iter().filter(|p| chosen.is_empty() || chosen.contains(&p.id)).collect();
    let in_scope =
        |pair: &PairView| chosen.is_empty() || sections.iter().any(|p| both_in(&p.organisations, &pair.a, &pair.b));
    let links: Vec<&PairView> = weak.team_pairs.iter().filter(|p| in_scope(p)).collect();
    report.summary = summary(&sections, &links, chosen.is_empty());
    if request.pseudonymise {
        report.summary.scope.push_str(&pseudonymised_note(request.min_group()));
    }
    report.partnerships =
        sections.iter().map(|p| section(&session, p, &all.levels)).collect::<Result<Vec<PartnershipSection>>>()?;
    export::stop_if_cancelled(progress)?;
    report.structure = structure(map, day, session.info().people_in_post, request.min_group())?;
    export::stop_if_cancelled(progress)?;
    if let Some(since) = &request.since {
        // The earlier side is read from the file and, for a pseudonymised
        // report, pseudonymised as the later side (the session) is, so the
        // joiners and leavers are named by their pseudonyms too.
        let store = Store::open_read_only(map_path)?;
        let (before, from) = snapshots::moment(&store, &SnapshotRef::parse(since), None)?;
        let before = if request.pseudonymise {
            let copy = crate::privacy::pseudonymised(map_path, before.records(), request.min_group(), from.as_of)?;
            export::checked_copy(&copy)?
        } else {
            before
        };
        let to = MomentView { snapshot: taken, as_of: day };
        let diff = snapshots::diff_maps((&before, from), (map, to), &SnapshotDiffRequest::default());
        let changes = changes(&diff, &report.moment);
        report.summary.changes = change_sentences(&changes.counts);
        report.changes = Some(changes);
    }
    report.trust = trust(map, day, &weak.strength, &weak.thresholds);
    Ok((report, key))
}

/// What a pseudonymised report says of itself, after its scope.
fn pseudonymised_note(min_group: u32) -> String {
    let groups = if min_group > 1 {
        format!(" No figure is about fewer than {min_group} people: smaller teams are folded into a larger one.")
    } else {
        String::new()
    };
    format!(
        " People are named by pseudonyms (\"Person\" and a number), the same in every report and export of this map; no email or phone is given.{groups}"
    )
}

/// The ids of the partnerships asked for by name or id, or an error naming
/// those the map has.
fn chosen_partnerships(session: &MapSession, asked: &[String]) -> Result<Vec<String>> {
    let partnerships = &session.map().records().partnerships;
    asked
        .iter()
        .map(|name| {
            partnerships.iter().find(|p| p.name == *name || p.id == *name).map(|p| p.id.clone()).ok_or_else(|| {
                let there = if partnerships.is_empty() {
                    "it has no partnerships yet".to_string()
                } else {
                    let names: Vec<String> = partnerships.iter().map(|p| format!("\"{}\"", p.name)).collect();
                    format!("its partnerships are {}", names.join(", "))
                };
                ApiError::new(
                    ErrorCode::NotFound,
                    format!("{} has no partnership called \"{name}\"; {there}", session.path().display()),
                )
            })
        })
        .collect()
}

/// Whether the organisations of teams `a` and `b` are both among `organisations`.
fn both_in(organisations: &[crate::OrgRef], a: &GroupRef, b: &GroupRef) -> bool {
    let has = |team: &GroupRef| team.organisation.as_ref().is_some_and(|o| organisations.iter().any(|m| m.id == o.id));
    has(a) && has(b)
}

/// "Discharge team (Northgate Hospital)".
fn team_name(team: &GroupRef) -> String {
    match &team.organisation {
        Some(o) => format!("{} ({})", team.name, o.name),
        None => team.name.clone(),
    }
}

fn colour(category: Category) -> String {
    category_colour(category).to_string()
}

fn summary(sections: &[&crate::PartnershipView], links: &[&PairView], every: bool) -> Summary {
    let categories = Category::ALL
        .iter()
        .map(|&category| CategoryCount {
            category: category.as_str().to_string(),
            label: label(category).to_string(),
            meaning: category.meaning().to_string(),
            colour: colour(category),
            count: links.iter().filter(|p| p.category == category).count(),
        })
        .collect();
    // The weak-link report lists declared links first: most urgent category first, keeping that.
    let mut urgent: Vec<&&PairView> = links.iter().filter(|p| p.category != Category::Healthy).collect();
    urgent.sort_by_key(|p| p.category);
    let scope = if every {
        "Every partner link of the map: the declared links between teams, and every other pair of teams in partnered organisations that has a direct tie, as the weak-link report lists them.".to_string()
    } else {
        "The partner links between teams of the organisations of the partnerships above: the declared links, and every other pair of their teams that has a direct tie.".to_string()
    };
    Summary {
        partnerships: sections.iter().map(|p| p.name.clone()).collect(),
        scope,
        categories,
        links: links.len(),
        urgent: urgent.into_iter().take(URGENT).map(|p| urgent_link(p)).collect(),
        changes: Vec::new(),
    }
}

fn urgent_link(pair: &PairView) -> UrgentLink {
    UrgentLink {
        a: team_name(&pair.a),
        b: team_name(&pair.b),
        category: pair.category.as_str().to_string(),
        label: label(pair.category).to_string(),
        colour: colour(pair.category),
        reason: pair.reason.clone(),
        action: pair.action.clone(),
        people: people_of(pair),
    }
}

/// Who a finding turns on: the people who carry every tie, else the
/// go-betweens and the introduction's chain, else those holding the ties.
fn people_of(pair: &PairView) -> Vec<String> {
    let names = |people: &[PersonRef]| people.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    let mut people = if !pair.critical.is_empty() {
        names(&pair.critical)
    } else if !pair.intermediaries.is_empty() || pair.introduction.is_some() {
        let mut people = names(&pair.intermediaries);
        for p in pair.introduction.iter().flat_map(|i| &i.path) {
            if !people.contains(&p.name) {
                people.push(p.name.clone());
            }
        }
        people
    } else {
        names(&pair.people_a).into_iter().chain(names(&pair.people_b)).collect()
    };
    people.dedup();
    people
}

fn section(session: &MapSession, p: &crate::PartnershipView, levels: &[String]) -> Result<PartnershipSection> {
    // `p.links` is declared first, then most urgent first: the listed ones
    // are its head, less the undeclared healthy links.
    let listed: Vec<&crate::PartnershipLink> =
        p.links.iter().filter(|l| l.declared || l.category != Category::Healthy).take(LISTED_LINKS).collect();
    let mut picture = ExportRequest::new(ExportFormat::Svg);
    picture.filters.organisations = p.organisations.iter().map(|o| o.id.clone()).collect();
    Ok(PartnershipSection {
        name: p.name.clone(),
        model: p.model.map(|m| capitalised(m.as_str())),
        purpose: p.purpose.clone(),
        started: p.started.clone(),
        organisations: p.organisations.iter().map(|o| o.name.clone()).collect(),
        attributes: crate::partnerships::SCORES.iter().map(|(_, label)| label.to_string()).collect(),
        assessments: p
            .assessments
            .iter()
            .map(|a| Assessment {
                date: a.date.clone(),
                scores: vec![
                    a.shared_purpose,
                    a.shared_values,
                    a.agreed_processes,
                    a.trust_commitment,
                    a.communication,
                ],
            })
            .collect(),
        map_svg: export::picture_svg(session, &picture)?,
        coverage: p
            .coverage
            .iter()
            .map(|c| Heatmap {
                a: c.a.name.clone(),
                b: c.b.name.clone(),
                label: label(c.category).to_lowercase(),
                direct_ties: c.direct_ties,
                levels: levels.to_vec(),
                counts: c.counts.clone(),
            })
            .collect(),
        links: listed.iter().map(|l| link_row(l)).collect(),
        links_not_listed: links_not_listed(&p.links, &listed),
    })
}

fn link_row(l: &crate::PartnershipLink) -> LinkRow {
    LinkRow {
        a: format!("{} ({})", l.a.name, l.a.organisation.name),
        b: format!("{} ({})", l.b.name, l.b.organisation.name),
        declared: l.declared,
        category: l.category.as_str().to_string(),
        label: label(l.category).to_string(),
        colour: colour(l.category),
        reason: l.reason.clone(),
        action: l.action.clone(),
    }
}

/// "The table lists 40 of its 3,212 partner links: …", or `None` when it
/// lists them all.
fn links_not_listed(links: &[crate::PartnershipLink], listed: &[&crate::PartnershipLink]) -> Option<String> {
    let left_out = links.len() - listed.len();
    let healthy = |l: &&crate::PartnershipLink| l.category == Category::Healthy;
    (left_out > 0).then(|| {
        let healthy = links.iter().filter(healthy).count() - listed.iter().filter(|l| healthy(l)).count();
        format!(
            "The table lists {} of its {} partner links: the declared ones and the most urgent others. The other {left_out} ({healthy} of them healthy) are on the Partnerships page and in `bridgework weak-links`.",
            listed.len(),
            links.len()
        )
    })
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Section 3. With `min_group` above 1 (a pseudonymised report) no
/// community of fewer people is listed, and no organisation's share of one
/// that small is counted.
fn structure(map: &bridgework_core::Map, day: Date, people_in_post: usize, min_group: u32) -> Result<Structure> {
    // Exact wherever `bridgework brokers` is exact; beyond, a sample of
    // routes small enough for the report's time, said under the table.
    let samples = (people_in_post > EXACT_NODE_LIMIT).then_some(BROKER_SAMPLES);
    let request = BrokersRequest { top: Some(TOP_PEOPLE), samples, ..BrokersRequest::new(day) };
    let brokers = crate::brokers::report(map, &request)?;
    let brokers_estimated = match brokers.betweenness.samples {
        Some(samples) if !brokers.betweenness.exact => format!(
            "Estimated from the routes out of {samples} people chosen at random: the map has {people_in_post} people in post, too many to follow every route in a report. The people at the top of the list are found reliably this way; their figures are approximate."
        ),
        _ => String::new(),
    };
    let communities = crate::communities::report(map, &CommunitiesRequest::new(day))?;
    let place = |team: &Option<GroupRef>| team.as_ref().map(team_name).unwrap_or_default();
    let spanning = communities.communities.iter().filter(|c| c.organisations.len() > 1).count();
    let split = communities.organisations.iter().filter(|o| o.communities.len() > 1).count();
    let small = min_group as usize;
    let people = |n: usize| if n < small { format!("fewer than {small}") } else { n.to_string() };
    let unlisted = communities.communities.iter().filter(|c| c.size < small).count();
    let mut communities_sentence = match communities.community_count {
        0 => "Nobody has a tie yet, so there are no communities to compare with the organisations.".to_string(),
        n => format!(
            "{n} communit{} of people more tied to each other than to the rest. {spanning} of them span more than one organisation (people working together across the boundary); {split} of {} organisations are spread over more than one community (where silos may form).",
            if n == 1 { "y" } else { "ies" },
            communities.organisations.len()
        ),
    };
    if unlisted > 0 {
        communities_sentence.push_str(&format!(
            " {unlisted} smaller communit{} of fewer than {small} people {} not listed.",
            if unlisted == 1 { "y" } else { "ies" },
            if unlisted == 1 { "is" } else { "are" }
        ));
    }
    // A cut point's sentence counts the people it cuts off: a figure about
    // a group, kept out below the minimum group size as the communities are.
    let (named, unnamed): (Vec<_>, Vec<_>) = brokers.cut_points.iter().partition(|c| c.cut_off >= small);
    let mut cut_points: Vec<String> = named.iter().map(|c| c.sentence.clone()).collect();
    if !unnamed.is_empty() {
        cut_points.push(format!(
            "{} more {} would cut off fewer than {small} people, and {} not named here.",
            unnamed.len(),
            if unnamed.len() == 1 { "person's leaving" } else { "people's leaving" },
            if unnamed.len() == 1 { "is" } else { "are" }
        ));
    }
    Ok(Structure {
        cut_points,
        brokers: brokers
            .people
            .iter()
            .filter(|b| b.betweenness > 0.0)
            .map(|b| Broker {
                name: b.person.name.clone(),
                place: place(&b.team),
                betweenness: b.betweenness,
                contacts: b.contacts,
            })
            .collect(),
        brokers_estimated,
        communities_sentence,
        communities: communities
            .communities
            .iter()
            .filter(|c| c.size >= small)
            .take(TOP_COMMUNITIES)
            .map(|c| {
                let mut places: Vec<String> =
                    c.organisations.iter().map(|o| format!("{} {}", o.organisation.name, people(o.people))).collect();
                if c.without_organisation > 0 {
                    places.push(format!("no organisation {}", people(c.without_organisation)));
                }
                Community { number: c.community + 1, size: c.size, organisations: places.join(", ") }
            })
            .collect(),
    })
}

fn changes(diff: &crate::SnapshotDiffView, until: &str) -> Changes {
    let moment = |m: &crate::MomentView| match &m.snapshot {
        Some(s) => format!("\"{}\" ({})", s.name, m.as_of),
        None => format!("the map as of {}", m.as_of),
    };
    let who = |person: &PersonRef, team: &Option<GroupRef>| match team {
        Some(team) => format!("{} ({})", person.name, team_name(team)),
        None => person.name.clone(),
    };
    let s = &diff.summary;
    let moved = diff
        .team_pairs
        .iter()
        .map(|c| (c, team_name(&c.a), team_name(&c.b)))
        .chain(diff.organisation_pairs.iter().map(|c| (c, c.a.name.clone(), c.b.name.clone())))
        .map(|(c, a, b)| {
            let said =
                |category: Option<Category>| category.map_or("not checked".to_string(), |c| label(c).to_string());
            CategoryMove {
                a,
                b,
                before: said(c.before),
                after: said(c.after),
                // Categories run from the most urgent: a later one is better.
                better: c.before.zip(c.after).map(|(before, after)| after > before),
            }
        })
        .collect();
    Changes {
        since: moment(&diff.from),
        until: if diff.to.snapshot.is_some() { moment(&diff.to) } else { format!("{until}, as of {}", diff.to.as_of) },
        counts: ChangeCounts {
            joined: s.joined,
            left: s.left,
            ties_gained: s.ties_gained,
            ties_lost: s.ties_lost,
            ties_strengthened: s.ties_strengthened,
            ties_weakened: s.ties_weakened,
            team_pairs_changed: s.team_pairs_changed,
            organisation_pairs_changed: s.organisation_pairs_changed,
        },
        joined: diff.joined.iter().map(|j| who(&j.person, &j.team)).collect(),
        left: diff.left.iter().map(|l| who(&l.person, &l.team)).collect(),
        moved,
    }
}

/// The summary's account of the changes, one sentence per kind.
fn change_sentences(c: &ChangeCounts) -> Vec<String> {
    let people = |n: usize| if n == 1 { "1 person".to_string() } else { format!("{n} people") };
    let pairs = |n: usize, what: &str| if n == 1 { format!("1 {what} pair") } else { format!("{n} {what} pairs") };
    vec![
        format!("{} joined and {} left.", people(c.joined), people(c.left)),
        format!(
            "Ties: {} gained, {} lost, {} strengthened, {} weakened.",
            c.ties_gained, c.ties_lost, c.ties_strengthened, c.ties_weakened
        ),
        format!(
            "{} and {} moved category.",
            pairs(c.team_pairs_changed, "team"),
            pairs(c.organisation_pairs_changed, "organisation")
        ),
    ]
}

fn trust(map: &bridgework_core::Map, day: Date, strength: &StrengthModel, thresholds: &Thresholds) -> Trust {
    let records = map.records();
    let people = records.people.iter().filter(|p| p.is_current(day)).count();
    let health = crate::health::view(map, day, 0);
    let checks = health
        .checks
        .iter()
        .map(|c| {
            let total = match c.table {
                Table::People if c.check != HealthCheck::LikelyDuplicatePeople => Some((people, "people in post")),
                Table::Ties => Some((records.ties.len(), "ties")),
                _ => None,
            };
            // "People without a level: 1 (17% of 6 people in post); level coverage … are uncertain."
            let sentence = match (c.count, total) {
                (0, _) => format!("No {}.", c.label),
                (n, Some((total, of))) if total > 0 => {
                    let share = (n as f64 * 100.0 / total as f64).round();
                    format!("{}: {n} ({share}% of {total} {of}); {}.", capitalised(c.label), c.check.doubt())
                }
                (n, _) => format!("{}: {n}; {}.", capitalised(c.label), c.check.doubt()),
            };
            TrustCheck { passed: c.passed, sentence }
        })
        .collect();
    let rating = (strength.rating_weight * 100.0).round();
    Trust {
        checks,
        strength_model: vec![
            format!(
                "A tie's strength runs from 0 to 1: {rating}% from the rating people gave it (1 to 5) and {}% from how often they are in touch.",
                100.0 - rating
            ),
            format!(
                "A tie not renewed counts half as strong after {} days, a quarter after {} days.",
                strength.half_life_days,
                2.0 * strength.half_life_days
            ),
            format!("A tie weaker than {:.2} is weak.", strength.weak_below),
        ],
        thresholds: vec![
            format!("Stale: no direct tie has been used for more than {} days.", thresholds.recency_days),
            format!(
                "Thin: only two independent ties, or direct ties whose strengths add up to less than {:.2}.",
                thresholds.thin_strength
            ),
            "Single point of failure: one person carries every direct tie.".to_string(),
            "Top-heavy: every direct tie is between board, executive or senior staff.".to_string(),
            "Healthy: none of these; several independent, recent ties across levels.".to_string(),
        ],
    }
}
