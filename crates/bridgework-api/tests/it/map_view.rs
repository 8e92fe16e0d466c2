//! The map canvas's session on real map files: a hand-built partnership
//! whose roll-ups, categories, details and search results are worked out by
//! hand, and the demo map's planted weak links.

use bridgework_api::{
    Category, CategoryCount, ErrorCode, MapSession, NodeDetails, NodeKind, Scene, SceneEdge, SceneRequest, SizeMetric,
};
use bridgework_core::{
    Date, Frequency, Level, Map, OrgKind, Organisation, PartnerLink, Partnership, Person, Progress, Records, Silent,
    Team, Tie, TieKind,
};
use bridgework_store::Store;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

const XSS: &str = "<img src=x onerror=alert(1)>";

fn day() -> Date {
    "2026-11-01".parse().unwrap()
}

fn days_ago(days: i64) -> Option<Date> {
    Some(day() - chrono::Duration::days(days))
}

fn org(id: &str, name: &str, kind: OrgKind, colour: Option<&str>) -> Organisation {
    Organisation { id: id.into(), name: name.into(), kind, short_name: None, colour: colour.map(Into::into) }
}

pub(super) fn team(id: &str, org: &str, parent: Option<&str>, name: &str) -> Team {
    Team {
        id: id.into(),
        org_id: org.into(),
        parent_team_id: parent.map(Into::into),
        name: name.into(),
        functions: vec![format!("{name} work")],
    }
}

fn person(id: &str, team: &str, name: &str, level: Level) -> Person {
    Person {
        id: id.into(),
        team_id: Some(team.into()),
        name: name.into(),
        role: Some(format!("{level} role")),
        level: Some(level),
        email: None,
        phone: None,
        joined: None,
        left: None,
        tags: Vec::new(),
    }
}

fn tie(a: &str, b: &str, kind: TieKind, contact_days_ago: i64) -> Tie {
    Tie {
        person_a: a.into(),
        person_b: b.into(),
        kind,
        strength: Some(4),
        frequency: Some(Frequency::Weekly),
        last_contact: days_ago(contact_days_ago),
        since: None,
        source: None,
        note: None,
    }
}

/// Acme Trust (teams A1 with sub-team A1a, and A2) partners Borough
/// Council (B1); Care Hospice (C1) is not a partner. Declared partner links:
/// A1–B1 (two direct ties), A2–B1 (none, but a1 knows both sides) and
/// C1–B1 (none at all).
fn records() -> Records {
    let mut left = person("x", "A2", "Left Long Ago", Level::Frontline);
    left.left = "2020-01-01".parse().ok();
    Records {
        organisations: vec![
            org("A", "Acme Trust", OrgKind::Acute, None),
            org("B", "Borough Council", OrgKind::LocalAuthority, Some("#123456")),
            org("C", "Care Hospice", OrgKind::Hospice, None),
        ],
        teams: vec![
            team("A1", "A", None, "Discharge"),
            team("A1a", "A", Some("A1"), "Discharge Nights"),
            team("A2", "A", None, "Therapies"),
            team("B1", "B", None, "Adult Social Care"),
            team("C1", "C", None, "Hospice at Home"),
        ],
        people: vec![
            person("a1", "A1", "Ada Senior", Level::Senior),
            person("a2", "A1", "Ben Front", Level::Frontline),
            person("a3", "A1a", "Cal Middle", Level::Middle),
            person("a4", "A2", "Dee Front", Level::Frontline),
            person("b1", "B1", "Eve Front", Level::Frontline),
            person("b2", "B1", "Fay Exec", Level::Executive),
            person("c1", "C1", "Gil Middle", Level::Middle),
            person("c2", "C1", XSS, Level::Frontline),
            left,
        ],
        ties: vec![
            tie("a1", "b1", TieKind::WorksWith, 10),
            tie("a2", "b1", TieKind::Advice, 100),
            tie("a1", "a2", TieKind::WorksWith, 5),
            tie("a3", "b2", TieKind::Governance, 400),
            tie("a4", "a1", TieKind::Informal, 20),
            tie("c1", "a4", TieKind::WorksWith, 60),
            tie("x", "b1", TieKind::WorksWith, 3000),
        ],
        partner_links: vec![
            PartnerLink { team_a: "A1".into(), team_b: "B1".into(), reason: Some("discharge to assess".into()) },
            PartnerLink { team_a: "A2".into(), team_b: "B1".into(), reason: None },
            PartnerLink { team_a: "C1".into(), team_b: "B1".into(), reason: None },
        ],
        partnerships: vec![Partnership {
            id: "P1".into(),
            name: "Discharge partnership".into(),
            model: None,
            purpose: None,
            started: None,
            org_ids: vec!["A".into(), "B".into()],
        }],
        assessments: Vec::new(),
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partnership.bwmap");
    Store::create(&path, "Partnership", &Map::new(records()).unwrap(), "2026-11-01T00:00:00Z").unwrap();
    Fixture { _dir: dir, path }
}

fn open(path: &Path) -> MapSession {
    MapSession::open(path, day(), &Silent).unwrap()
}

fn request(orgs: &[&str], teams: &[&str]) -> SceneRequest {
    SceneRequest {
        expanded_organisations: orgs.iter().map(|s| s.to_string()).collect(),
        expanded_teams: teams.iter().map(|s| s.to_string()).collect(),
        ..SceneRequest::default()
    }
}

fn keys(scene: &Scene) -> Vec<&str> {
    let mut keys: Vec<&str> = scene.nodes.iter().map(|n| n.key.as_str()).collect();
    keys.sort_unstable();
    keys
}

fn edge<'s>(scene: &'s Scene, a: &str, b: &str) -> Option<&'s SceneEdge> {
    scene.edges.iter().find(|e| (e.source == a && e.target == b) || (e.source == b && e.target == a))
}

fn ties(scene: &Scene, a: &str, b: &str) -> u32 {
    edge(scene, a, b).map_or(0, |e| e.ties)
}

#[test]
fn at_organisation_level_ties_roll_up_to_organisations() {
    let f = fixture();
    let scene = open(&f.path).scene(&SceneRequest::default()).unwrap();
    assert_eq!(keys(&scene), ["org:A", "org:B", "org:C"]);
    assert_eq!(ties(&scene, "org:A", "org:B"), 3);
    assert_eq!(ties(&scene, "org:A", "org:C"), 1);
    // The tie of someone who has left does not count, and B and C share none:
    // their edge is C1–B1's declared link, with no tie.
    assert_eq!(ties(&scene, "org:B", "org:C"), 0);
    let ab = edge(&scene, "org:A", "org:B").unwrap();
    assert!(ab.category.is_some(), "the partnered pair has a category");
    assert_eq!(ab.latest_contact.as_deref(), Some(days_ago(10).unwrap().to_string().as_str()));

    let a = scene.nodes.iter().find(|n| n.key == "org:A").unwrap();
    assert_eq!((a.kind, a.people, a.expandable, a.parent.as_deref()), (NodeKind::Organisation, 4, true, None));
    assert_eq!(a.size, 4.0, "sized by people by default");
    let b = scene.nodes.iter().find(|n| n.key == "org:B").unwrap();
    assert_eq!(b.colour, "#123456", "an organisation's own colour is kept");
    assert!(a.colour.starts_with('#') && a.colour.len() == 7);
    let listed = open(&f.path).organisations();
    assert_eq!(listed[0].colour.as_deref(), Some(a.colour.as_str()), "the filters show the colour the map draws");
    assert_eq!((listed[0].people, listed[0].teams), (4, 3));
    assert_eq!(scene.legend.len(), Category::ALL.len());
    assert_eq!(scene.max_size, 4.0);
}

#[test]
fn opening_an_organisation_shows_its_teams_and_a_team_its_own_people() {
    let f = fixture();
    let session = open(&f.path);
    let scene = session.scene(&request(&["A"], &[])).unwrap();
    assert_eq!(keys(&scene), ["org:B", "org:C", "team:A1", "team:A1a", "team:A2"]);
    assert_eq!(ties(&scene, "team:A1", "org:B"), 2);
    assert_eq!(ties(&scene, "team:A1a", "org:B"), 1);
    assert_eq!(ties(&scene, "team:A1", "team:A2"), 1);
    assert_eq!(ties(&scene, "team:A2", "org:C"), 1);
    let a1 = scene.nodes.iter().find(|n| n.key == "team:A1").unwrap();
    assert_eq!((a1.people, a1.parent.as_deref()), (2, Some("org:A")));

    let scene = session.scene(&request(&["A", "B"], &["A1"])).unwrap();
    assert_eq!(keys(&scene), ["org:C", "person:a1", "person:a2", "team:A1a", "team:A2", "team:B1"]);
    assert_eq!(ties(&scene, "person:a1", "team:B1"), 1);
    assert_eq!(ties(&scene, "person:a2", "team:B1"), 1);
    assert_eq!(ties(&scene, "person:a1", "person:a2"), 1);
    assert_eq!(ties(&scene, "person:a1", "team:A2"), 1);
    assert_eq!(ties(&scene, "team:A1a", "team:B1"), 1);
    let a2 = scene.nodes.iter().find(|n| n.key == "person:a2").unwrap();
    assert_eq!(
        (a2.kind, a2.parent.as_deref(), a2.subtitle.as_str()),
        (NodeKind::Person, Some("team:A1"), "frontline role")
    );

    // A team opened inside a closed organisation stays closed.
    assert_eq!(keys(&session.scene(&request(&[], &["A1"])).unwrap()), ["org:A", "org:B", "org:C"]);
}

#[test]
fn positions_share_one_space_so_opening_never_jumps() {
    let f = fixture();
    let session = open(&f.path);
    let orgs = session.scene(&SceneRequest::default()).unwrap();
    let teams = session.scene(&request(&["A"], &[])).unwrap();
    let a = orgs.nodes.iter().find(|n| n.key == "org:A").unwrap();
    for team in teams.nodes.iter().filter(|n| n.kind == NodeKind::Team) {
        let distance = (team.x - a.x).hypot(team.y - a.y);
        assert!(distance + team.radius <= a.radius + 1e-6, "{} lies inside its organisation's disc", team.key);
    }
    assert_eq!(session.scene(&SceneRequest::default()).unwrap(), orgs, "the same request gives the same scene");
}

#[test]
fn declared_partner_links_show_with_their_category_even_without_ties() {
    let f = fixture();
    let scene = open(&f.path).scene(&request(&["A", "B", "C"], &[])).unwrap();
    let a1b1 = edge(&scene, "team:A1", "team:B1").unwrap();
    assert_eq!(a1b1.ties, 2);
    assert!(a1b1.category.is_some() && a1b1.reason.is_some());
    let a2b1 = edge(&scene, "team:A2", "team:B1").unwrap();
    assert_eq!((a2b1.ties, a2b1.category), (0, Some(Category::IndirectOnly)));
    assert!(a2b1.reason.as_deref().unwrap().contains("Ada Senior"), "{:?}", a2b1.reason);
    let c1b1 = edge(&scene, "team:C1", "team:B1").unwrap();
    assert_eq!((c1b1.ties, c1b1.category), (0, Some(Category::Missing)));
    // Teams with no declared link and no tie are not joined.
    assert!(edge(&scene, "team:A2", "team:C1").is_some(), "c1 and a4 are tied");
    assert!(edge(&scene, "team:A1a", "team:C1").is_none());
}

#[test]
fn opening_one_organisation_shows_its_teams_partner_links_to_the_closed_ones() {
    let f = fixture();
    let scene = open(&f.path).scene(&request(&["A"], &[])).unwrap();
    // A2's declared link to B1 has no tie but a go-between: drawn to Borough as indirect only.
    let a2b = edge(&scene, "team:A2", "org:B").unwrap();
    assert_eq!((a2b.ties, a2b.category), (0, Some(Category::IndirectOnly)));
    let a1b = edge(&scene, "team:A1", "org:B").unwrap();
    assert_eq!(a1b.ties, 2);
    assert!(a1b.category.is_some());
    // A1a has ties to Borough but no declared link: drawn in the category the report gives A1a–B1.
    let a1ab = edge(&scene, "team:A1a", "org:B").unwrap();
    assert_eq!(a1ab.partner_links.iter().map(|c| c.links).sum::<u32>(), 1);
    assert_eq!(a1ab.category, Some(a1ab.partner_links[0].category));

    // Seen from Borough, Acme's three partner team links meet on one edge only when Acme is closed.
    let from_b = open(&f.path).scene(&request(&["B"], &[])).unwrap();
    let b1a = edge(&from_b, "team:B1", "org:A").unwrap();
    assert_eq!(b1a.category, Some(Category::IndirectOnly), "the more urgent of A1–B1 and A2–B1");
    assert_eq!(b1a.partner_links.iter().map(|c| c.links).sum::<u32>(), 3);
    assert!(b1a.reason.as_deref().unwrap().starts_with("The most urgent: "), "{:?}", b1a.reason);
    assert_eq!(edge(&from_b, "team:B1", "org:C").unwrap().category, Some(Category::Missing));
}

#[test]
fn filters_decide_which_people_and_ties_count() {
    let f = fixture();
    let session = open(&f.path);
    let with = |change: &dyn Fn(&mut SceneRequest)| {
        let mut request = SceneRequest::default();
        change(&mut request);
        session.scene(&request).unwrap()
    };
    let frontline = with(&|r| r.filters.levels = vec![Level::Frontline]);
    assert_eq!(ties(&frontline, "org:A", "org:B"), 1, "only a2–b1 joins frontline staff");
    assert_eq!(frontline.nodes.iter().find(|n| n.key == "org:A").unwrap().people, 2);

    let advice = with(&|r| r.filters.tie_kinds = vec![TieKind::Advice]);
    assert_eq!(ties(&advice, "org:A", "org:B"), 1);
    assert_eq!(ties(&advice, "org:A", "org:C"), 0);

    let recent = with(&|r| r.filters.contact_within_days = Some(30));
    assert_eq!(ties(&recent, "org:A", "org:B"), 1, "only a1–b1 was in touch within 30 days");
    assert_eq!(ties(&recent, "org:A", "org:C"), 0);

    let strong = with(&|r| r.filters.min_strength = 0.99);
    assert_eq!(ties(&strong, "org:A", "org:B") + ties(&strong, "org:A", "org:C"), 0);

    let two = with(&|r| r.filters.organisations = vec!["A".into(), "B".into()]);
    assert_eq!(keys(&two), ["org:A", "org:B"]);

    let err = session
        .scene(&SceneRequest { expanded_organisations: vec!["nope".into()], ..SceneRequest::default() })
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert!(err.message.contains("nope"), "{}", err.message);
}

#[test]
fn size_follows_the_chosen_metric() {
    let f = fixture();
    let session = open(&f.path);
    let sized = |size_by| session.scene(&SceneRequest { size_by, ..SceneRequest::default() }).unwrap();
    let size = |scene: &Scene, key: &str| scene.nodes.iter().find(|n| n.key == key).unwrap().size;
    let by_ties = sized(SizeMetric::Ties);
    assert_eq!(size(&by_ties, "org:A"), 4.0);
    assert_eq!(size(&by_ties, "org:B"), 3.0);
    assert_eq!(by_ties.max_size, 4.0);
    let by_strength = sized(SizeMetric::Strength);
    let ab = edge(&by_strength, "org:A", "org:B").unwrap().strength;
    assert!((size(&by_strength, "org:B") - ab).abs() < 1e-12);
    let by_brokerage = sized(SizeMetric::Brokerage);
    // a1 sits on the routes between A2, B and C: Acme's most central person.
    assert!(size(&by_brokerage, "org:A") > size(&by_brokerage, "org:B"));
}

#[test]
fn details_describe_people_teams_and_organisations() {
    let f = fixture();
    let session = open(&f.path);
    let NodeDetails::Person(ada) = session.details("person:a1").unwrap() else { panic!("a person") };
    assert_eq!(ada.node.name, "Ada Senior");
    assert_eq!(ada.team.as_ref().unwrap().key, "team:A1");
    assert_eq!(ada.organisation.as_ref().unwrap().name, "Acme Trust");
    assert_eq!(ada.ties.len(), 3);
    assert_eq!((ada.metrics.degree, ada.metrics.external_degree), (3, 1));
    assert!(ada.ties.windows(2).all(|w| w[0].strength >= w[1].strength), "strongest first");
    let to_eve = ada.ties.iter().find(|t| t.person.id == "b1").unwrap();
    assert!(to_eve.crosses_organisations);
    assert_eq!(to_eve.organisation.as_deref(), Some("Borough Council"));
    assert!(ada.metrics.betweenness > 0.0 && !ada.metrics.betweenness_estimated);

    let NodeDetails::Team(discharge) = session.details("team:A1").unwrap() else { panic!("a team") };
    let members: Vec<&str> = discharge.members.iter().map(|m| m.person.id.as_str()).collect();
    assert_eq!(members, ["a1", "a2"], "senior before frontline");
    assert_eq!(discharge.sub_teams.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["A1a"]);
    assert_eq!(discharge.partner_links[0].other.id, "B1");
    // The weak-link analysis takes a team with its sub-teams: a3 (of A1a)
    // counts for A1 there, though the canvas draws A1a on its own.
    assert_eq!(discharge.partner_links[0].ties, 3);
    assert_eq!(discharge.function.as_deref(), Some("Discharge work"));

    let NodeDetails::Organisation(acme) = session.details("org:A").unwrap() else { panic!("an organisation") };
    assert_eq!(acme.people, 4);
    assert_eq!(acme.teams.len(), 3);
    // Pairs inside: a1–a2, a1–a4; across: a1–b1, a2–b1, a3–b2, a4–c1.
    assert!((acme.ei.unwrap() - (4.0 - 2.0) / 6.0).abs() < 1e-12);
    assert!(acme.partners.iter().any(|p| p.other.id == "B"));

    assert_eq!(session.details("person:nobody").unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(session.details("desk:1").unwrap_err().code, ErrorCode::InvalidInput);
}

#[test]
fn search_suggests_best_matches_first_and_says_what_to_open() {
    let f = fixture();
    let session = open(&f.path);
    let hits = session.search("discharge", 10);
    let found: Vec<&str> = hits.iter().map(|h| h.key.as_str()).collect();
    assert_eq!(found, ["team:A1", "team:A1a"], "names starting with the query first");
    let key = |group: &Option<bridgework_api::GroupRef>| group.as_ref().map(|group| group.key.clone());
    assert_eq!(key(&hits[0].open_organisation).as_deref(), Some("org:A"));

    let eve = &session.search("EVE", 10)[0];
    assert_eq!(
        (eve.key.as_str(), key(&eve.open_organisation).as_deref(), key(&eve.open_team).as_deref()),
        ("person:b1", Some("org:B"), Some("team:B1"))
    );
    assert_eq!(eve.open_team.as_ref().map(|team| team.name.as_str()), Some("Adult Social Care"));
    assert_eq!(eve.context, "frontline role · Adult Social Care · Borough Council");

    assert_eq!(session.search("front", 2).len(), 2, "the limit holds");
    assert!(session.search("Left Long Ago", 10).is_empty(), "people who left are not on the map");
    assert!(session.search("   ", 10).is_empty());
}

#[test]
fn names_reach_the_ui_as_they_were_written() {
    let f = fixture();
    let session = open(&f.path);
    let scene = session.scene(&request(&["C"], &["C1"])).unwrap();
    assert!(scene.nodes.iter().any(|n| n.label == XSS), "the UI, not the backend, renders it as text");
    assert_eq!(session.search("<img", 5)[0].label, XSS);
}

#[test]
fn a_placed_node_stays_where_it_was_left_after_reopening_and_reimporting() {
    let f = fixture();
    let session = open(&f.path);
    session.place("org:A", 100.0, -50.0).unwrap();
    session.place("person:a2", 7.0, 8.0).unwrap();
    let placed = |session: &MapSession, request: &SceneRequest, key: &str| {
        let scene = session.scene(request).unwrap();
        let node = scene.nodes.iter().find(|n| n.key == key).unwrap().clone();
        (node.x, node.y, node.pinned)
    };
    assert_eq!(placed(&session, &SceneRequest::default(), "org:A"), (100.0, -50.0, true));
    drop(session);

    let reopened = open(&f.path);
    assert_eq!(placed(&reopened, &SceneRequest::default(), "org:A"), (100.0, -50.0, true));
    assert_eq!(placed(&reopened, &request(&["A"], &["A1"]), "person:a2"), (7.0, 8.0, true));
    drop(reopened);

    // Positions are kept by the spreadsheet's ids, so a re-import keeps them.
    let csv = f.path.with_extension("csv");
    let request = bridgework_api::ExportRequest::new(bridgework_api::ExportFormat::Csv);
    bridgework_api::export(&f.path, &request, &bridgework_api::Destination::New(csv.clone()), &Silent).unwrap();
    bridgework_api::import(&f.path, &csv, false, &Silent).unwrap();
    let reimported = open(&f.path);
    assert_eq!(placed(&reimported, &SceneRequest::default(), "org:A"), (100.0, -50.0, true));

    reimported.reset_layout().unwrap();
    let (_, _, pinned) = placed(&reimported, &SceneRequest::default(), "org:A");
    assert!(!pinned);
    assert!(!placed(&open(&f.path), &SceneRequest::default(), "org:A").2, "the reset is saved");

    assert_eq!(reimported.place("org:nobody", 0.0, 0.0).unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(reimported.place("org:A", f64::NAN, 0.0).unwrap_err().code, ErrorCode::InvalidInput);
}

#[test]
fn opening_reports_progress_and_stops_when_cancelled() {
    #[derive(Default)]
    struct Watch {
        stages: std::sync::Mutex<Vec<String>>,
        cancel: AtomicBool,
    }
    impl Progress for Watch {
        fn report(&self, stage: &str, _done: u64, _total: u64) {
            let mut stages = self.stages.lock().unwrap();
            stages.push(stage.to_string());
            // Ask to stop once the network stage has begun.
            if stage == "Building the network" {
                self.cancel.store(true, Ordering::SeqCst);
            }
        }
        fn cancelled(&self) -> bool {
            self.cancel.load(Ordering::SeqCst)
        }
    }
    let f = fixture();
    let watch = Watch::default();
    let err = MapSession::open(&f.path, day(), &watch).unwrap_err();
    assert_eq!(err.code, ErrorCode::Cancelled);
    assert_eq!(*watch.stages.lock().unwrap(), ["Reading the map", "Checking the records", "Building the network"]);

    let missing = MapSession::open(&f.path.with_extension("gone"), day(), &Silent).unwrap_err();
    assert_eq!(missing.code, ErrorCode::NotFound);
}

#[test]
fn every_declared_link_planted_in_the_demo_is_drawn_in_its_category() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.bwmap");
    bridgework_api::create_demo_map(&path, day()).unwrap();
    let session = open(&path);
    let orgs: Vec<String> =
        session.scene(&SceneRequest::default()).unwrap().nodes.iter().map(|n| n.id.clone()).collect();
    let scene = session.scene(&SceneRequest { expanded_organisations: orgs, ..SceneRequest::default() }).unwrap();
    let report = bridgework_api::weak_links_report(&path, &bridgework_api::WeakLinksRequest::new(day())).unwrap();
    let declared: Vec<_> = report.team_pairs.iter().filter(|p| p.partner_link.is_some()).collect();
    assert!(declared.len() >= 14, "the demo declares its planted links");
    for pair in declared {
        let drawn = edge(&scene, &format!("team:{}", pair.a.id), &format!("team:{}", pair.b.id))
            .unwrap_or_else(|| panic!("{} – {} is drawn", pair.a.id, pair.b.id));
        assert_eq!(drawn.category, Some(pair.category), "{} – {}", pair.a.id, pair.b.id);
    }
}

/// What the weak-link report says of the team pairs under the edge of `a` and
/// `b` (each a node key, `org:ID` or `team:ID`): their count in each category
/// present, most urgent first.
fn reported_under(report: &bridgework_api::WeakLinksView, a: &str, b: &str) -> Vec<CategoryCount> {
    let stands_for = |node: &str, team: &bridgework_api::GroupRef| {
        node == team.key || team.organisation.as_ref().is_some_and(|org| org.key == node)
    };
    let mut counts = [0u32; Category::ALL.len()];
    for pair in &report.team_pairs {
        if (stands_for(a, &pair.a) && stands_for(b, &pair.b)) || (stands_for(a, &pair.b) && stands_for(b, &pair.a)) {
            counts[Category::ALL.iter().position(|&c| c == pair.category).unwrap()] += 1;
        }
    }
    Category::ALL
        .iter()
        .zip(counts)
        .filter(|&(_, links)| links > 0)
        .map(|(&category, links)| CategoryCount { category, links })
        .collect()
}

/// Every edge of `scene` to a closed organisation counts the partner-team
/// links under it as the weak-link report places them, and is drawn in the
/// most urgent; returns how many edges had links under them.
fn assert_edges_say_what_they_hide(scene: &Scene, report: &bridgework_api::WeakLinksView) -> usize {
    let mut checked = 0;
    for edge in scene.edges.iter().filter(|e| e.source.starts_with("org:") || e.target.starts_with("org:")) {
        let expected = reported_under(report, &edge.source, &edge.target);
        assert_eq!(edge.partner_links, expected, "{}", edge.key);
        if let Some(worst) = expected.first() {
            assert_eq!(edge.category, Some(worst.category), "{}: the minimum over its partner-team links", edge.key);
            checked += 1;
        }
    }
    checked
}

#[test]
fn organisation_edges_count_the_partner_team_links_they_hide_and_take_the_worst() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("synthetic.bwmap");
    let synthetic = bridgework_api::Synthetic { people: 2_000, seed: 5, as_of: day() };
    bridgework_api::create_synthetic_map(&path, &synthetic).unwrap();
    let report = bridgework_api::weak_links_report(&path, &bridgework_api::WeakLinksRequest::new(day())).unwrap();
    let session = open(&path);

    let closed = session.scene(&SceneRequest::default()).unwrap();
    assert!(assert_edges_say_what_they_hide(&closed, &report) >= 3, "partnered organisations have team links");
    let hiding_a_failure = closed.edges.iter().find(|e| {
        e.partner_links.iter().any(|c| c.category == Category::SinglePointOfFailure)
            && e.partner_links.iter().any(|c| c.category > Category::SinglePointOfFailure)
    });
    assert!(hiding_a_failure.is_some(), "healthy totals no longer hide a single point of failure");

    // One organisation open: its teams' edges to the closed ones say the same.
    let first = closed.nodes[0].id.clone();
    let open_one = session.scene(&request(&[&first], &[])).unwrap();
    assert!(assert_edges_say_what_they_hide(&open_one, &report) >= 1);
}

#[test]
fn a_closed_organisation_edge_in_the_hand_built_partnership_says_what_it_hides() {
    let f = fixture();
    let scene = open(&f.path).scene(&SceneRequest::default()).unwrap();
    let ab = edge(&scene, "org:A", "org:B").unwrap();
    assert_eq!(ab.category, Some(Category::IndirectOnly), "A2–B1 has no direct tie");
    assert_eq!(ab.partner_links.iter().map(|c| c.links).sum::<u32>(), 3, "A1–B1, A2–B1 and A1a–B1");
    let reason = ab.reason.as_deref().unwrap();
    assert!(reason.starts_with("The most urgent: ") && reason.contains("Ada Senior"), "{reason}");
    // C1–B1 is declared with no tie and no go-between: drawn as missing, though C and B share no tie.
    let bc = edge(&scene, "org:B", "org:C").unwrap();
    assert_eq!((bc.ties, bc.category), (0, Some(Category::Missing)));
    assert_eq!(bc.partner_links, [CategoryCount { category: Category::Missing, links: 1 }]);
    // Between two teams an edge hides nothing.
    let teams = open(&f.path).scene(&request(&["A", "B", "C"], &[])).unwrap();
    assert!(teams.edges.iter().all(|e| e.partner_links.is_empty()));
}

/// Each person node's marks as `(key, [kind: reason])`, marked people only, by key.
fn marks(scene: &Scene) -> Vec<(String, Vec<String>)> {
    let mut marked: Vec<(String, Vec<String>)> = scene
        .nodes
        .iter()
        .filter(|n| !n.marks.is_empty())
        .map(|n| (n.key.clone(), n.marks.iter().map(|m| format!("{:?}: {}", m.kind, m.reason)).collect()))
        .collect();
    marked.sort();
    marked
}

fn bridges(scene: &Scene) -> Vec<&str> {
    let mut bridges: Vec<&str> = scene.edges.iter().filter(|e| e.bridge).map(|e| e.key.as_str()).collect();
    bridges.sort_unstable();
    bridges
}

#[test]
fn the_person_level_marks_who_partner_links_hang_on_the_cut_points_and_the_bridges() {
    // People: a1 a2 (Discharge), a3 (its sub-team Discharge Nights), b1 b2 (Adult Social Care)
    // shown; a4 inside Therapies and c1 c2 inside Care Hospice, closed.
    // Ties in post: a1–b1, a2–b1, a1–a2 (a triangle), a3–b2 (alone), a1–a4, a4–c1.
    let f = fixture();
    let scene = open(&f.path).scene(&request(&["A", "B"], &["A1", "A1a", "B1"])).unwrap();
    expect_test::expect![[r#"
        [
            (
                "person:a1",
                [
                    "CutPoint: if they leave, 2 people lose every route to the rest",
                ],
            ),
            (
                "person:a3",
                [
                    "OnlyContact: the only contact between Discharge Nights and Adult Social Care",
                ],
            ),
            (
                "person:b2",
                [
                    "OnlyContact: the only contact between Discharge Nights and Adult Social Care",
                ],
            ),
        ]
    "#]]
    .assert_debug_eq(&marks(&scene));
    // a3–b2 is the only route between them; the triangle has none; a1's edge to
    // the closed Therapies is not a tie between two people.
    assert_eq!(bridges(&scene), ["person:a3|person:b2"]);
    // The ties of a reported team pair take its category; the pair of a
    // sub-team and its own a single point of failure, Discharge's own two ties not.
    let a3b2 = edge(&scene, "person:a3", "person:b2").unwrap();
    assert_eq!(a3b2.category, Some(Category::SinglePointOfFailure));
    assert!(a3b2.reason.as_deref().unwrap().contains("Cal Middle"), "{:?}", a3b2.reason);
    let a1b1 = edge(&scene, "person:a1", "person:b1").unwrap();
    assert!(a1b1.category.is_some_and(|c| c > Category::SinglePointOfFailure), "{:?}", a1b1.category);
    // Healthy internal ties stay plain.
    let a1a2 = edge(&scene, "person:a1", "person:a2").unwrap();
    assert_eq!((a1a2.category, a1a2.bridge), (None, false));

    // Opening Therapies shows a4, who alone joins c1 to the rest.
    let scene = open(&f.path).scene(&request(&["A", "B"], &["A1", "A1a", "A2", "B1"])).unwrap();
    let a4 = scene.nodes.iter().find(|n| n.key == "person:a4").unwrap();
    assert_eq!(a4.marks.len(), 1);
    assert_eq!(a4.marks[0].reason, "if they leave, 1 person loses every route to the rest");
    assert_eq!(bridges(&scene), ["person:a1|person:a4", "person:a3|person:b2"]);
}

#[test]
fn teams_and_organisations_carry_no_person_marks_and_no_bridges() {
    let f = fixture();
    for scene in [
        open(&f.path).scene(&SceneRequest::default()).unwrap(),
        open(&f.path).scene(&request(&["A", "B", "C"], &[])).unwrap(),
    ] {
        assert!(scene.nodes.iter().all(|n| n.marks.is_empty()));
        assert!(scene.edges.iter().all(|e| !e.bridge));
    }
}

#[test]
fn everyone_the_weak_link_report_names_as_a_partner_link_s_only_contact_is_marked_and_no_one_else() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.bwmap");
    bridgework_api::create_demo_map(&path, day()).unwrap();
    let session = open(&path);
    let organisations = session.organisations();
    let everyone = SceneRequest {
        expanded_organisations: organisations.iter().map(|o| o.id.clone()).collect(),
        expanded_teams: Store::open(&path).unwrap().load().unwrap().teams.into_iter().map(|t| t.id).collect(),
        ..SceneRequest::default()
    };
    let scene = session.scene(&everyone).unwrap();
    let report = bridgework_api::weak_links_report(&path, &bridgework_api::WeakLinksRequest::new(day())).unwrap();
    let mut expected: Vec<(String, String)> = report
        .team_pairs
        .iter()
        .flat_map(|pair| {
            let reason = format!("the only contact between {} and {}", pair.a.name, pair.b.name);
            pair.critical.iter().map(move |person| (person.key.clone(), reason.clone()))
        })
        .collect();
    let mut marked: Vec<(String, String)> = scene
        .nodes
        .iter()
        .flat_map(|n| {
            n.marks
                .iter()
                .filter(|m| m.kind == bridgework_api::MarkKind::OnlyContact)
                .map(|m| (n.key.clone(), m.reason.clone()))
        })
        .collect();
    expected.sort();
    marked.sort();
    assert!(expected.len() >= 10, "the demo plants single points of failure: {}", expected.len());
    assert_eq!(marked, expected);
}
