//! The Partnerships page: each partnership with its model, purpose, start
//! date and dated self-assessments; the partner links between its
//! organisations with their weak-link category, reason and suggested action,
//! declared links first and then by urgency; and the level coverage of each
//! pair of its organisations. Also the writes the page makes: adding and
//! editing a partnership or an assessment, each checked before anything is
//! written, with every problem naming its field.

use crate::edit::{self, Form, Written, new_id};
use crate::map_file::open_map;
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::weak_links::{Category, WeakLinkOptions, WeakLinkReport, one_org_pair, weak_links};
use bridgework_core::{
    Assessment, Date, LevelCoverage, Network, OrgIx, Partnership, PartnershipModel, StrengthModel, TeamIx,
};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Every partnership of the map, and the organisations a new one may join.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PartnershipsView {
    /// The day the partner links are analysed for (YYYY-MM-DD).
    pub as_of: String,
    /// In the order the map keeps them.
    pub partnerships: Vec<PartnershipView>,
    /// Every organisation of the map, for choosing a partnership's members.
    pub organisations: Vec<OrgRef>,
    /// The row and column labels of each coverage matrix: board … frontline, then not recorded.
    pub levels: Vec<String>,
}

/// An organisation named by the spreadsheet's id, by name and by node key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrgRef {
    pub id: String,
    pub name: String,
    /// The organisation's node key (`org:ID`), as the map takes it.
    pub key: String,
}

/// A team with its organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamSide {
    pub id: String,
    pub name: String,
    /// The team's node key (`team:ID`), as the map takes it.
    pub key: String,
    pub organisation: OrgRef,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PartnershipView {
    pub id: String,
    pub name: String,
    pub model: Option<PartnershipModel>,
    pub purpose: Option<String>,
    /// YYYY-MM-DD.
    pub started: Option<String>,
    pub organisations: Vec<OrgRef>,
    /// Oldest first.
    pub assessments: Vec<AssessmentView>,
    /// Team pairs between its organisations: declared partner links first,
    /// then the most urgent first.
    pub links: Vec<PartnershipLink>,
    /// One matrix per pair of its organisations, in the order they are listed.
    pub coverage: Vec<PairCoverage>,
}

/// A dated self-assessment, each attribute scored 1–5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AssessmentView {
    /// YYYY-MM-DD.
    pub date: String,
    pub shared_purpose: u8,
    pub shared_values: u8,
    pub agreed_processes: u8,
    pub trust_commitment: u8,
    pub communication: u8,
}

/// A link between two teams of the partnership's organisations.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PartnershipLink {
    pub a: TeamSide,
    pub b: TeamSide,
    /// Whether the map declares the two teams partners.
    pub declared: bool,
    /// Why they should work together, as the partner link says.
    pub link_reason: Option<String>,
    pub category: Category,
    /// Why the link is in its category.
    pub reason: String,
    /// What to do about it.
    pub action: String,
    pub direct_ties: u32,
}

/// How the direct ties between two organisations spread over levels.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PairCoverage {
    pub a: OrgRef,
    pub b: OrgRef,
    pub category: Category,
    pub direct_ties: u32,
    /// Ties by the level on side A (rows) and side B (columns), 6 × 6.
    pub counts: Vec<Vec<u32>>,
}

/// A partnership as the page's form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PartnershipInput {
    pub name: String,
    pub model: Option<PartnershipModel>,
    pub purpose: Option<String>,
    /// YYYY-MM-DD, or empty.
    pub started: Option<String>,
    pub org_ids: Vec<String>,
}

/// An assessment as the page's form sends it. Scores are plain numbers so
/// that one out of range is reported rather than refused by the transport.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AssessmentInput {
    /// YYYY-MM-DD.
    pub date: String,
    pub shared_purpose: f64,
    pub shared_values: f64,
    pub agreed_processes: f64,
    pub trust_commitment: f64,
    pub communication: f64,
}

/// What the file calls a form's field in problems: the issue's `file`.
const PARTNERSHIP_FORM: &str = "partnership";
const ASSESSMENT_FORM: &str = "assessment";

/// The partnerships of the map at `path`, their links analysed for `as_of`.
pub fn partnerships_report(path: &Path, as_of: Date) -> Result<PartnershipsView> {
    let map = open_map(path)?;
    let net = Network::new(&map, as_of, StrengthModel::default());
    let report = weak_links(&net, &WeakLinkOptions::default());
    Ok(view(&net, &report))
}

/// The view of a network whose weak-link report (default options) is
/// already worked out, as the app's open map keeps it.
pub(crate) fn view(net: &Network<'_>, report: &WeakLinkReport) -> PartnershipsView {
    let map = net.map;
    let as_of = net.day;
    let records = map.records();
    let options = WeakLinkOptions::default();
    let org_ref = |o: OrgIx| {
        let org = &records.organisations[o.index()];
        OrgRef { id: org.id.clone(), name: org.name.clone(), key: map.org_key(o) }
    };
    let team_side = |t: TeamIx| {
        let team = &records.teams[t.index()];
        TeamSide {
            id: team.id.clone(),
            name: team.name.clone(),
            key: map.team_key(t),
            organisation: org_ref(map.team_org(t)),
        }
    };
    let partnerships = records
        .partnerships
        .iter()
        .map(|p| {
            let orgs: Vec<OrgIx> = p.org_ids.iter().filter_map(|id| map.org_by_id(id)).collect();
            let mut assessments: Vec<&Assessment> =
                records.assessments.iter().filter(|a| a.partnership_id == p.id).collect();
            assessments.sort_by_key(|a| a.date);
            // The report lists declared links first, then by urgency: keep its order.
            let links = report
                .team_pairs
                .iter()
                .filter(|pair| {
                    let (oa, ob) = (map.team_org(pair.a), map.team_org(pair.b));
                    oa != ob && orgs.contains(&oa) && orgs.contains(&ob)
                })
                .map(|pair| PartnershipLink {
                    a: team_side(pair.a),
                    b: team_side(pair.b),
                    declared: pair.declared.is_some(),
                    link_reason: pair.declared.and_then(|row| records.partner_links[row].reason.clone()),
                    category: pair.category,
                    reason: pair.reason.clone(),
                    action: pair.action.clone(),
                    direct_ties: pair.findings.direct.len() as u32,
                })
                .collect();
            let mut coverage = Vec::new();
            for (i, &a) in orgs.iter().enumerate() {
                for &b in &orgs[i + 1..] {
                    let pair = one_org_pair(net, (a, b), &options);
                    let matrix = LevelCoverage::of(map, &pair.findings.direct);
                    coverage.push(PairCoverage {
                        a: org_ref(a),
                        b: org_ref(b),
                        category: pair.category,
                        direct_ties: pair.findings.direct.len() as u32,
                        counts: matrix.counts.iter().map(|row| row.to_vec()).collect(),
                    });
                }
            }
            PartnershipView {
                id: p.id.clone(),
                name: p.name.clone(),
                model: p.model,
                purpose: p.purpose.clone(),
                started: p.started.map(|d| d.to_string()),
                organisations: orgs.iter().map(|&o| org_ref(o)).collect(),
                assessments: assessments.into_iter().map(assessment_view).collect(),
                links,
                coverage,
            }
        })
        .collect();
    PartnershipsView {
        as_of: as_of.to_string(),
        partnerships,
        organisations: (0..records.organisations.len()).map(|o| org_ref(OrgIx(o as u32))).collect(),
        levels: LevelCoverage::LABELS.iter().map(|l| l.to_string()).collect(),
    }
}

fn assessment_view(a: &Assessment) -> AssessmentView {
    AssessmentView {
        date: a.date.to_string(),
        shared_purpose: a.shared_purpose,
        shared_values: a.shared_values,
        agreed_processes: a.agreed_processes,
        trust_commitment: a.trust_commitment,
        communication: a.communication,
    }
}

/// Adds a partnership to the map at `path` and returns its id, made from its
/// name. Nothing is written if any field is wrong.
pub fn add_partnership(path: &Path, input: &PartnershipInput) -> Result<Written<String>> {
    edit::commit(
        path,
        "add partnership",
        |records| {
            let partnership = check_partnership(records, input, None)?;
            let id = partnership.id.clone();
            let summary = format!("Added the partnership \"{}\"", partnership.name);
            records.partnerships.push(partnership);
            Ok((id, summary))
        },
        edit::by_table,
    )
}

/// Replaces the fields of the partnership `id`; its id and assessments stay.
pub fn edit_partnership(path: &Path, id: &str, input: &PartnershipInput) -> Result<Written<()>> {
    edit::commit(
        path,
        "edit partnership",
        |records| {
            let row = partnership_row(records, id)?;
            let partnership = check_partnership(records, input, Some(id))?;
            let summary = format!("Edited the partnership \"{}\"", partnership.name);
            records.partnerships[row] = partnership;
            Ok(((), summary))
        },
        edit::by_table,
    )
}

/// Adds an assessment of the partnership `partnership_id`, or with
/// `replacing` (a date) replaces the assessment of that date.
pub fn save_assessment(
    path: &Path,
    partnership_id: &str,
    replacing: Option<&str>,
    input: &AssessmentInput,
) -> Result<Written<()>> {
    edit::commit(
        path,
        if replacing.is_some() { "edit assessment" } else { "add assessment" },
        |records| {
            let p = partnership_row(records, partnership_id)?;
            let name = records.partnerships[p].name.clone();
            let existing = match replacing {
                Some(date) => {
                    let date = parse_date(date).ok_or_else(|| {
                        ApiError::new(ErrorCode::InvalidInput, format!("\"{date}\" is not a date (YYYY-MM-DD)"))
                    })?;
                    let row = records
                        .assessments
                        .iter()
                        .position(|a| a.partnership_id == partnership_id && a.date == date)
                        .ok_or_else(|| {
                            ApiError::new(ErrorCode::NotFound, format!("\"{name}\" has no assessment dated {date}"))
                        })?;
                    Some(row)
                }
                None => None,
            };
            let assessment = check_assessment(records, partnership_id, existing, input)?;
            let summary = format!("Assessment of \"{name}\" on {}", assessment.date);
            match existing {
                Some(row) => records.assessments[row] = assessment,
                None => records.assessments.push(assessment),
            }
            Ok(((), summary))
        },
        edit::by_table,
    )
}

fn partnership_row(records: &bridgework_core::Records, id: &str) -> Result<usize> {
    records.partnerships.iter().position(|p| p.id == id).ok_or_else(|| {
        ApiError::new(ErrorCode::NotFound, format!("there is no partnership with id \"{id}\" in the map"))
    })
}

/// A day typed as YYYY-MM-DD, spaces around it ignored.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    Date::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// The partnership the form describes, with `id` or a new id made from its name.
fn check_partnership(
    records: &bridgework_core::Records,
    input: &PartnershipInput,
    id: Option<&str>,
) -> Result<Partnership> {
    let mut form = Form::new(PARTNERSHIP_FORM);
    let name = input.name.trim().to_string();
    if name.is_empty() {
        form.problem("name", "Name: a partnership needs a name");
    } else if records.partnerships.iter().any(|p| Some(p.id.as_str()) != id && p.name.eq_ignore_ascii_case(&name)) {
        form.problem("name", format!("Name: another partnership is already called \"{name}\""));
    }
    let started = match input.started.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(text) => match parse_date(text) {
            Some(date) => Some(date),
            None => {
                form.problem("started", format!("Start date: \"{text}\" is not a date (YYYY-MM-DD)"));
                None
            }
        },
    };
    let mut org_ids: Vec<String> = Vec::new();
    for org in &input.org_ids {
        if !records.organisations.iter().any(|o| &o.id == org) {
            form.problem("org_ids", format!("Organisations: there is no organisation with id \"{org}\""));
        } else if !org_ids.contains(org) {
            org_ids.push(org.clone());
        }
    }
    if org_ids.len() < 2 {
        form.problem("org_ids", "Organisations: choose at least two organisations");
    }
    let purpose = input.purpose.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    let id = match id {
        Some(id) => id.to_string(),
        None => new_id(&name, "partnership", |id| records.partnerships.iter().any(|p| p.id == id)),
    };
    form.finish(Partnership { id, name, model: input.model, purpose, started, org_ids })
}

/// The five fields of the form and their labels.
pub(crate) const SCORES: [(&str, &str); 5] = [
    ("shared_purpose", "Shared purpose"),
    ("shared_values", "Shared values"),
    ("agreed_processes", "Agreed processes"),
    ("trust_commitment", "Trust & commitment"),
    ("communication", "Communication"),
];

fn check_assessment(
    records: &bridgework_core::Records,
    partnership_id: &str,
    replacing: Option<usize>,
    input: &AssessmentInput,
) -> Result<Assessment> {
    let mut form = Form::new(ASSESSMENT_FORM);
    let date = match parse_date(&input.date) {
        Some(date) => {
            let clash = records
                .assessments
                .iter()
                .enumerate()
                .any(|(row, a)| Some(row) != replacing && a.partnership_id == partnership_id && a.date == date);
            if clash {
                form.problem("date", format!("Date: there is already an assessment dated {date}"));
            }
            date
        }
        None => {
            let text = input.date.trim();
            if text.is_empty() {
                form.problem("date", "Date: an assessment needs a date");
            } else {
                form.problem("date", format!("Date: \"{text}\" is not a date (YYYY-MM-DD)"));
            }
            Date::default()
        }
    };
    let values = [
        input.shared_purpose,
        input.shared_values,
        input.agreed_processes,
        input.trust_commitment,
        input.communication,
    ];
    let mut scores = [0u8; 5];
    for ((field, label), (value, score)) in SCORES.iter().zip(values.iter().zip(scores.iter_mut())) {
        if value.fract() == 0.0 && (1.0..=5.0).contains(value) {
            *score = *value as u8;
        } else {
            form.problem(field, format!("{label}: score from 1 to 5, not {value}"));
        }
    }
    let [shared_purpose, shared_values, agreed_processes, trust_commitment, communication] = scores;
    form.finish(Assessment {
        partnership_id: partnership_id.to_string(),
        date,
        shared_purpose,
        shared_values,
        agreed_processes,
        trust_commitment,
        communication,
    })
}
