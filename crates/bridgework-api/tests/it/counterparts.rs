//! The "Find a counterpart" page's backend on the demo map: the open map
//! answers exactly what the file-based use case (and so the CLI) does, names
//! the team of everyone on each introduction, and refuses a search it cannot run.

use bridgework_api::{
    CounterpartSearch, CounterpartsRequest, ErrorCode, MapSession, SeekerRequest, SeekerView, find_counterparts,
};
use bridgework_core::{Date, Level, Silent};
use std::time::Instant;

fn day() -> Date {
    "2026-11-01".parse().unwrap()
}

fn demo() -> (tempfile::TempDir, std::path::PathBuf, MapSession) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.bwmap");
    bridgework_api::create_demo_map(&path, day()).unwrap();
    let session = MapSession::open(&path, day(), &Silent).unwrap();
    (dir, path, session)
}

fn search(person: Option<&str>, role: Option<&str>, organisation: &str) -> CounterpartSearch {
    CounterpartSearch {
        person: person.map(Into::into),
        role: role.map(Into::into),
        level: None,
        organisation: organisation.into(),
        keywords: String::new(),
        top: 0,
    }
}

#[test]
fn the_open_map_ranks_as_the_file_does_with_the_team_of_everyone_on_each_introduction() {
    let (_dir, path, session) = demo();
    let mut asked = search(Some("p-0036"), None, "council");
    asked.keywords = "discharge reablement".into();
    let started = Instant::now();
    let view = session.counterparts(&asked).unwrap();
    eprintln!("counterparts on the open demo map: {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);

    let mut request = CounterpartsRequest::new(day(), SeekerRequest::Person("p-0036".into()), "council");
    request.keywords = "discharge reablement".into();
    assert_eq!(view, find_counterparts(&path, &request).unwrap());

    assert!(matches!(&view.seeker, SeekerView::Person { person, .. } if person.id == "p-0036"));
    assert_eq!(view.organisation.id, "council");
    assert_eq!(view.counterparts.len(), 10, "the default top is 10");
    assert!(view.considered >= view.counterparts.len());
    for (i, c) in view.counterparts.iter().enumerate() {
        assert_eq!(c.rank, i + 1);
        assert_eq!(c.team.organisation.as_ref().unwrap().id, "council");
        assert!(!c.reasons.is_empty(), "{} has reasons", c.person.name);
        match &c.introduction {
            Some(intro) => {
                assert_eq!(intro.path.first().unwrap().id, "p-0036");
                assert_eq!(intro.path.last().unwrap().id, c.person.id);
                assert_eq!(c.introduction_teams.len(), intro.path.len());
                assert!(c.introduction_teams.iter().all(|t| t.as_ref().is_some_and(|t| t.organisation.is_some())));
                if !c.already_known {
                    assert_eq!(c.introducers, intro.path[1..intro.path.len() - 1]);
                }
            }
            None => assert!(c.introduction_teams.is_empty() && c.introducers.is_empty()),
        }
    }
    assert!(view.counterparts.windows(2).all(|w| w[0].score >= w[1].score), "best first");
    assert!(
        view.counterparts.iter().any(|c| !c.introducers.is_empty()),
        "someone in the council can be reached through an introducer"
    );
}

#[test]
fn a_typed_role_gets_counterparts_without_introductions_and_top_is_kept_in_bounds() {
    let (_dir, _path, session) = demo();
    let mut asked = search(None, Some("  discharge coordinator "), "council");
    asked.level = Some(Level::Frontline);
    asked.top = 3;
    let view = session.counterparts(&asked).unwrap();
    assert_eq!(view.seeker, SeekerView::Role { role: "discharge coordinator".into(), level: Some(Level::Frontline) });
    assert_eq!(view.counterparts.len(), 3);
    assert!(view.counterparts.iter().all(|c| c.introduction.is_none() && c.introducers.is_empty()));

    asked.top = 10_000;
    assert!(session.counterparts(&asked).unwrap().counterparts.len() <= 50);
}

#[test]
fn a_search_that_cannot_run_says_what_is_missing_or_unknown() {
    let (_dir, _path, session) = demo();
    let code = |asked: CounterpartSearch| session.counterparts(&asked).unwrap_err();

    let nobody = code(search(None, Some("   "), "council"));
    assert_eq!(nobody.code, ErrorCode::InvalidInput);
    assert!(nobody.message.contains("type a role"), "{}", nobody.message);

    let nowhere = code(search(Some("p-0036"), None, " "));
    assert_eq!(nowhere.code, ErrorCode::InvalidInput);
    assert!(nowhere.message.contains("partner organisation"), "{}", nowhere.message);

    let stranger = code(search(Some("p-nobody"), None, "council"));
    assert_eq!(stranger.code, ErrorCode::NotFound);
    assert!(stranger.message.contains("p-nobody"), "{}", stranger.message);

    let elsewhere = code(search(Some("p-0036"), None, "atlantis"));
    assert_eq!(elsewhere.code, ErrorCode::NotFound);
    assert!(elsewhere.message.contains("atlantis"), "{}", elsewhere.message);
}
