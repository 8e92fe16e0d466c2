//! The Partnerships page's backend on the demo map: each partnership with its
//! assessments oldest first, its partner links declared first and then by
//! urgency, a coverage matrix per pair of its organisations; and the writes,
//! which check every field before writing anything and leave an audit entry.

use bridgework_api::{
    AssessmentInput, ErrorCode, PartnershipInput, PartnershipsView, add_partnership, edit_partnership,
    partnerships_report, save_assessment,
};
use bridgework_core::{Date, Map, PartnershipModel};
use bridgework_store::Store;
use std::path::{Path, PathBuf};

fn as_of() -> Date {
    "2026-11-01".parse().unwrap()
}

fn demo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.bwmap");
    let map = Map::new(bridgework_demo::demo_map(as_of())).unwrap();
    Store::create(&path, "demo", &map, "2026-11-01T00:00:00Z").unwrap();
    (dir, path)
}

fn report(path: &Path) -> PartnershipsView {
    partnerships_report(path, as_of()).unwrap()
}

fn scores(date: &str, s: [f64; 5]) -> AssessmentInput {
    AssessmentInput {
        date: date.to_string(),
        shared_purpose: s[0],
        shared_values: s[1],
        agreed_processes: s[2],
        trust_commitment: s[3],
        communication: s[4],
    }
}

#[test]
fn the_demo_s_four_partnerships_are_listed_with_their_assessments_oldest_first() {
    let (_dir, path) = demo();
    let view = report(&path);
    assert_eq!(view.partnerships.len(), 4);
    assert_eq!(view.levels.len(), 6);
    for p in &view.partnerships {
        assert!(p.model.is_some() && p.purpose.is_some() && p.started.is_some(), "{}", p.name);
        assert!(p.organisations.len() >= 2, "{}", p.name);
        assert!(!p.assessments.is_empty(), "{}", p.name);
        let dates: Vec<&str> = p.assessments.iter().map(|a| a.date.as_str()).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        assert_eq!(dates, sorted, "{}: oldest first", p.name);
        for a in &p.assessments {
            for s in [a.shared_purpose, a.shared_values, a.agreed_processes, a.trust_commitment, a.communication] {
                assert!((1..=5).contains(&s));
            }
        }
    }
    let alliance = view.partnerships.iter().find(|p| p.name.contains("Discharge to Assess")).unwrap();
    assert_eq!(alliance.model, Some(PartnershipModel::Voluntary));
    assert_eq!(alliance.assessments.len(), 3);
    assert_eq!(alliance.assessments.last().unwrap().shared_purpose, 5);
}

#[test]
fn partner_links_stay_within_the_partnership_declared_first_then_most_urgent() {
    let (_dir, path) = demo();
    let view = report(&path);
    let mut any_declared = false;
    for p in &view.partnerships {
        let ids: Vec<&str> = p.organisations.iter().map(|o| o.id.as_str()).collect();
        for link in &p.links {
            assert!(ids.contains(&link.a.organisation.id.as_str()) && ids.contains(&link.b.organisation.id.as_str()));
            assert_ne!(link.a.organisation.id, link.b.organisation.id);
            assert!(!link.reason.is_empty() && !link.action.is_empty());
        }
        let order: Vec<_> = p.links.iter().map(|l| (!l.declared, l.category)).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted, "{}: declared first, then by urgency", p.name);
        any_declared |= p.links.iter().any(|l| l.declared);
    }
    assert!(any_declared, "the demo declares partner links within its partnerships");
}

#[test]
fn every_pair_of_a_partnership_s_organisations_has_a_level_coverage_matrix() {
    let (_dir, path) = demo();
    let view = report(&path);
    for p in &view.partnerships {
        let n = p.organisations.len();
        assert_eq!(p.coverage.len(), n * (n - 1) / 2, "{}", p.name);
        for pair in &p.coverage {
            assert_eq!(pair.counts.len(), 6);
            assert!(pair.counts.iter().all(|row| row.len() == 6));
            let total: u32 = pair.counts.iter().flatten().sum();
            assert_eq!(total, pair.direct_ties, "{} – {}", pair.a.name, pair.b.name);
        }
    }
    let place = view.partnerships.iter().find(|p| p.name.contains("Place Partnership")).unwrap();
    assert!(place.coverage.iter().any(|pair| pair.direct_ties > 0));
}

#[test]
fn an_assessment_is_added_and_edited_with_an_audit_entry() {
    let (_dir, path) = demo();
    let id = report(&path).partnerships[0].id.clone();
    save_assessment(&path, &id, None, &scores("2026-10-30", [5.0, 4.0, 4.0, 3.0, 2.0])).unwrap();
    let p = report(&path).partnerships.into_iter().find(|p| p.id == id).unwrap();
    let last = p.assessments.last().unwrap();
    assert_eq!((last.date.as_str(), last.shared_purpose, last.communication), ("2026-10-30", 5, 2));

    save_assessment(&path, &id, Some("2026-10-30"), &scores("2026-10-31", [1.0, 1.0, 1.0, 1.0, 1.0])).unwrap();
    let p = report(&path).partnerships.into_iter().find(|p| p.id == id).unwrap();
    assert!(p.assessments.iter().all(|a| a.date != "2026-10-30"));
    assert_eq!(p.assessments.last().unwrap().date, "2026-10-31");
    assert_eq!(p.assessments.last().unwrap().trust_commitment, 1);

    let log = Store::open(&path).unwrap().audit_log().unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.ends_with(&["add assessment", "edit assessment"]), "{actions:?}");
}

#[test]
fn an_invalid_assessment_names_each_field_and_writes_nothing() {
    let (_dir, path) = demo();
    let before = report(&path);
    let p = &before.partnerships[0];
    let taken = p.assessments[0].date.clone();
    let err = save_assessment(&path, &p.id, None, &scores("31/10/2026", [0.0, 6.0, 2.5, 3.0, 3.0])).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let fields: Vec<&str> = err.issues.iter().filter_map(|i| i.column.as_deref()).collect();
    assert_eq!(fields, ["date", "shared_purpose", "shared_values", "agreed_processes"]);
    assert!(err.issues[1].message.contains("Shared purpose") && err.issues[1].message.contains("1 to 5"));

    let err = save_assessment(&path, &p.id, None, &scores(&taken, [3.0; 5])).unwrap_err();
    assert_eq!(err.issues[0].column.as_deref(), Some("date"));
    assert!(err.message.contains("already an assessment"), "{}", err.message);

    let err = save_assessment(&path, "no-such", None, &scores("2026-10-30", [3.0; 5])).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert_eq!(report(&path), before, "nothing was written");
}

#[test]
fn a_partnership_is_added_with_an_id_from_its_name_and_edited() {
    let (_dir, path) = demo();
    let view = report(&path);
    let orgs: Vec<String> = view.organisations.iter().take(2).map(|o| o.id.clone()).collect();
    let input = PartnershipInput {
        name: "  Falls Prevention Network ".into(),
        model: Some(PartnershipModel::Individual),
        purpose: Some("Fewer falls at home.".into()),
        started: Some("2025-04-01".into()),
        org_ids: orgs.clone(),
    };
    let id = add_partnership(&path, &input).unwrap().value;
    assert_eq!(id, "falls-prevention-network");
    let after = report(&path);
    assert_eq!(after.partnerships.len(), 5);
    let added = after.partnerships.iter().find(|p| p.id == id).unwrap();
    assert_eq!(added.name, "Falls Prevention Network");
    assert_eq!(added.started.as_deref(), Some("2025-04-01"));
    assert_eq!(added.coverage.len(), 1);

    let edited = PartnershipInput { model: Some(PartnershipModel::Structural), purpose: None, ..input.clone() };
    edit_partnership(&path, &id, &edited).unwrap();
    let after = report(&path);
    let p = after.partnerships.iter().find(|p| p.id == id).unwrap();
    assert_eq!((p.model, p.purpose.as_deref()), (Some(PartnershipModel::Structural), None));

    let err = add_partnership(&path, &input).unwrap_err();
    assert_eq!(err.issues[0].column.as_deref(), Some("name"), "the name is taken: {err:?}");
}

#[test]
fn an_invalid_partnership_names_each_field_and_writes_nothing() {
    let (_dir, path) = demo();
    let before = report(&path);
    let input = PartnershipInput {
        name: " ".into(),
        model: None,
        purpose: None,
        started: Some("next spring".into()),
        org_ids: vec![before.organisations[0].id.clone(), "nowhere".into()],
    };
    let err = add_partnership(&path, &input).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let fields: Vec<&str> = err.issues.iter().filter_map(|i| i.column.as_deref()).collect();
    assert_eq!(fields, ["name", "started", "org_ids", "org_ids"]);
    let err = edit_partnership(&path, "no-such", &input).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert_eq!(report(&path), before, "nothing was written");
}

#[test]
fn the_open_map_gives_the_same_page_as_the_file() {
    let (_dir, path) = demo();
    let session = bridgework_api::MapSession::open(&path, as_of(), &bridgework_core::Silent).unwrap();
    assert_eq!(session.partnerships(), report(&path));
}
