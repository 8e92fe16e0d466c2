//! The board pack report's content, built from the analyses of a small map
//! made here by hand (two organisations, four teams, six people), snapshotted
//! whole: each sentence is the analyses' own, each figure their count.

use bridgework_api::{ErrorCode, ReportRequest, Silent, create_map, import, report_content};
use expect_test::expect;
use std::path::{Path, PathBuf};

/// The small map: a declared link carried by one person, a pair of teams with
/// no tie, and one partnership with two assessments.
fn small_map(dir: &Path) -> PathBuf {
    let csv = dir.join("csv");
    std::fs::create_dir(&csv).unwrap();
    let files = [
        ("organisations.csv", "id,name,kind\nnh,Northgate Hospital,acute\nrc,Riverside Council,local-authority\n"),
        (
            "teams.csv",
            "id,org_id,parent_team_id,name,function\nnh-ward,nh,,Ward 7,\nnh-dis,nh,,Discharge Team,\nrc-reab,rc,,Reablement,\nrc-care,rc,,Care Homes,\n",
        ),
        (
            "people.csv",
            "id,team_id,name,role,level\np1,nh-ward,Ada Khan,Ward Sister,middle\np2,nh-dis,Ben Ode,Discharge Lead,senior\np3,nh-dis,Cy Lam,Nurse,frontline\np4,rc-reab,Di Moss,Reablement Manager,middle\np5,rc-reab,Ed Pryce,Worker,frontline\np6,rc-care,Flo Quin,Care Lead,\n",
        ),
        (
            "ties.csv",
            "person_a,person_b,kind,strength,frequency,last_contact\np2,p4,works-with,4,weekly,2026-10-01\np2,p5,works-with,3,monthly,2026-09-01\np1,p2,works-with,5,daily,2026-10-20\np2,p3,works-with,4,daily,\np4,p5,works-with,4,daily,2026-10-25\np4,p6,works-with,2,quarterly,2025-06-01\n",
        ),
        (
            "partner_links.csv",
            "team_a,team_b,reason\nnh-dis,rc-reab,Discharge to reablement\nnh-ward,rc-care,Step-down beds\n",
        ),
        (
            "partnerships.csv",
            "id,name,model,purpose,started,organisations\nd2a,Discharge Alliance,voluntary,Get people home sooner,2024-04-01,nh;rc\n",
        ),
        (
            "assessments.csv",
            "partnership_id,date,shared_purpose,shared_values,agreed_processes,trust_commitment,communication\nd2a,2025-10-01,3,3,2,3,2\nd2a,2026-10-01,4,3,3,4,3\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(csv.join(name), text).unwrap();
    }
    let map = dir.join("small.bwmap");
    create_map(&map, "Small").unwrap();
    import(&map, &csv, false, &Silent).unwrap();
    map
}

fn request() -> ReportRequest {
    ReportRequest { as_of: Some("2026-11-01".parse().unwrap()), ..ReportRequest::default() }
}

#[test]
fn the_content_of_a_small_maps_report_is_the_analyses_own_words_and_counts() {
    let dir = tempfile::tempdir().unwrap();
    let map = small_map(dir.path());
    let mut report = report_content(&map, &request(), &Silent).unwrap();
    // The picture is the export's, tested there; here only that it is one.
    for p in &mut report.partnerships {
        assert!(p.map_svg.contains("<svg") && p.map_svg.contains("Northgate Hospital"));
        p.map_svg = "(the export's SVG)".to_string();
    }
    expect![[r##"
        {
          "title": "Partnership report: Small",
          "map": "Small",
          "as_of": "2026-11-01",
          "moment": "The map as it is now",
          "empty": null,
          "summary": {
            "partnerships": [
              "Discharge Alliance"
            ],
            "scope": "Every partner link of the map: the declared links between teams, and every other pair of teams in partnered organisations that has a direct tie, as the weak-link report lists them.",
            "categories": [
              {
                "category": "missing",
                "label": "Missing",
                "meaning": "Nobody on either side knows anyone on the other, not even through one colleague.",
                "colour": "#5a0800",
                "count": 1
              },
              {
                "category": "indirect-only",
                "label": "Indirect only",
                "meaning": "Nobody knows anyone on the other side directly, but someone could introduce them.",
                "colour": "#7a6e10",
                "count": 0
              },
              {
                "category": "single-point-of-failure",
                "label": "Single point of failure",
                "meaning": "Every direct contact goes through one person: if they leave, the link is gone.",
                "colour": "#4d163b",
                "count": 1
              },
              {
                "category": "stale",
                "label": "Stale",
                "meaning": "They know each other, but nobody has been in contact recently.",
                "colour": "#6a6b74",
                "count": 0
              },
              {
                "category": "thin",
                "label": "Thin",
                "meaning": "Only two independent relationships, or only weak ones.",
                "colour": "#286499",
                "count": 0
              },
              {
                "category": "top-heavy",
                "label": "Top-heavy",
                "meaning": "Only senior staff know each other; the people doing the work do not.",
                "colour": "#7605be",
                "count": 0
              },
              {
                "category": "healthy",
                "label": "Healthy",
                "meaning": "Several independent, recent relationships at more than one level.",
                "colour": "#187543",
                "count": 0
              }
            ],
            "links": 2,
            "urgent": [
              {
                "a": "Ward 7 (Northgate Hospital)",
                "b": "Care Homes (Riverside Council)",
                "category": "missing",
                "label": "Missing",
                "colour": "#5a0800",
                "reason": "Nobody in Ward 7 knows anyone in Care Homes, and nobody knows people in both. The closest route takes three introductions: Ada Khan → Ben Ode → Di Moss → Flo Quin.",
                "action": "Ask Ben Ode to introduce Ada Khan to Di Moss, who knows Flo Quin in Care Homes; or arrange a first joint meeting between Ward 7 and Care Homes.",
                "people": [
                  "Ada Khan",
                  "Ben Ode",
                  "Di Moss",
                  "Flo Quin"
                ]
              },
              {
                "a": "Discharge Team (Northgate Hospital)",
                "b": "Reablement (Riverside Council)",
                "category": "single-point-of-failure",
                "label": "Single point of failure",
                "colour": "#4d163b",
                "reason": "If Ben Ode leaves, Discharge Team and Reablement have no direct contact: all 2 direct ties go through them.",
                "action": "Build a second relationship that does not depend on Ben Ode: introduce a colleague of theirs to someone in Reablement.",
                "people": [
                  "Ben Ode"
                ]
              }
            ],
            "changes": []
          },
          "partnerships": [
            {
              "name": "Discharge Alliance",
              "model": "Voluntary",
              "purpose": "Get people home sooner",
              "started": "2024-04-01",
              "organisations": [
                "Northgate Hospital",
                "Riverside Council"
              ],
              "attributes": [
                "Shared purpose",
                "Shared values",
                "Agreed processes",
                "Trust & commitment",
                "Communication"
              ],
              "assessments": [
                {
                  "date": "2025-10-01",
                  "scores": [
                    3,
                    3,
                    2,
                    3,
                    2
                  ]
                },
                {
                  "date": "2026-10-01",
                  "scores": [
                    4,
                    3,
                    3,
                    4,
                    3
                  ]
                }
              ],
              "map_svg": "(the export's SVG)",
              "coverage": [
                {
                  "a": "Northgate Hospital",
                  "b": "Riverside Council",
                  "label": "single point of failure",
                  "direct_ties": 2,
                  "levels": [
                    "board",
                    "executive",
                    "senior",
                    "middle",
                    "frontline",
                    "not recorded"
                  ],
                  "counts": [
                    [
                      0,
                      0,
                      0,
                      0,
                      0,
                      0
                    ],
                    [
                      0,
                      0,
                      0,
                      0,
                      0,
                      0
                    ],
                    [
                      0,
                      0,
                      0,
                      1,
                      1,
                      0
                    ],
                    [
                      0,
                      0,
                      0,
                      0,
                      0,
                      0
                    ],
                    [
                      0,
                      0,
                      0,
                      0,
                      0,
                      0
                    ],
                    [
                      0,
                      0,
                      0,
                      0,
                      0,
                      0
                    ]
                  ]
                }
              ],
              "links": [
                {
                  "a": "Ward 7 (Northgate Hospital)",
                  "b": "Care Homes (Riverside Council)",
                  "declared": true,
                  "category": "missing",
                  "label": "Missing",
                  "colour": "#5a0800",
                  "reason": "Nobody in Ward 7 knows anyone in Care Homes, and nobody knows people in both. The closest route takes three introductions: Ada Khan → Ben Ode → Di Moss → Flo Quin.",
                  "action": "Ask Ben Ode to introduce Ada Khan to Di Moss, who knows Flo Quin in Care Homes; or arrange a first joint meeting between Ward 7 and Care Homes."
                },
                {
                  "a": "Discharge Team (Northgate Hospital)",
                  "b": "Reablement (Riverside Council)",
                  "declared": true,
                  "category": "single-point-of-failure",
                  "label": "Single point of failure",
                  "colour": "#4d163b",
                  "reason": "If Ben Ode leaves, Discharge Team and Reablement have no direct contact: all 2 direct ties go through them.",
                  "action": "Build a second relationship that does not depend on Ben Ode: introduce a colleague of theirs to someone in Reablement."
                }
              ],
              "links_not_listed": null
            }
          ],
          "structure": {
            "cut_points": [
              "If Ben Ode leaves, 2 people (Cy Lam and Ada Khan) lose their only route to the rest of the network.",
              "If Di Moss leaves, 1 person (Flo Quin) loses their only route to the rest of the network."
            ],
            "brokers": [
              {
                "name": "Ben Ode",
                "place": "Discharge Team (Northgate Hospital)",
                "betweenness": 0.7000000000000001,
                "contacts": 4
              },
              {
                "name": "Di Moss",
                "place": "Reablement (Riverside Council)",
                "betweenness": 0.4,
                "contacts": 3
              }
            ],
            "brokers_estimated": "",
            "communities_sentence": "2 communities of people more tied to each other than to the rest. 0 of them span more than one organisation (people working together across the boundary); 0 of 2 organisations are spread over more than one community (where silos may form).",
            "communities": [
              {
                "number": 1,
                "size": 3,
                "organisations": "Northgate Hospital 3"
              },
              {
                "number": 2,
                "size": 3,
                "organisations": "Riverside Council 3"
              }
            ]
          },
          "changes": null,
          "trust": {
            "checks": [
              {
                "passed": true,
                "sentence": "No people without a team."
              },
              {
                "passed": false,
                "sentence": "People without a level: 1 (17% of 6 people in post); level coverage and top-heavy findings are uncertain."
              },
              {
                "passed": true,
                "sentence": "No people without a role."
              },
              {
                "passed": true,
                "sentence": "No ties without a strength."
              },
              {
                "passed": false,
                "sentence": "Ties without a date of last contact: 1 (17% of 6 ties); findings of staleness are uncertain."
              },
              {
                "passed": false,
                "sentence": "Ties not confirmed for over a year: 1 (17% of 6 ties); some of these ties may have lapsed, so links may be weaker than shown."
              },
              {
                "passed": true,
                "sentence": "No organisations with no ties to another organisation."
              },
              {
                "passed": false,
                "sentence": "Partner teams with no ties to another organisation: 2; their links may be missing from the records rather than from their work."
              },
              {
                "passed": true,
                "sentence": "No likely duplicate people."
              }
            ],
            "strength_model": [
              "A tie's strength runs from 0 to 1: 60% from the rating people gave it (1 to 5) and 40% from how often they are in touch.",
              "A tie not renewed counts half as strong after 180 days, a quarter after 360 days.",
              "A tie weaker than 0.35 is weak."
            ],
            "thresholds": [
              "Stale: no direct tie has been used for more than 180 days.",
              "Thin: only two independent ties, or direct ties whose strengths add up to less than 1.00.",
              "Single point of failure: one person carries every direct tie.",
              "Top-heavy: every direct tie is between board, executive or senior staff.",
              "Healthy: none of these; several independent, recent ties across levels."
            ]
          }
        }"##]].assert_eq(&serde_json::to_string_pretty(&report).unwrap());
}

#[test]
fn an_unknown_partnership_is_told_with_the_partnerships_there_are() {
    let dir = tempfile::tempdir().unwrap();
    let map = small_map(dir.path());
    let request = ReportRequest { partnerships: vec!["Nowhere".to_string()], ..request() };
    let err = report_content(&map, &request, &Silent).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert!(
        err.message.ends_with("has no partnership called \"Nowhere\"; its partnerships are \"Discharge Alliance\""),
        "{}",
        err.message
    );
}

#[test]
fn a_pseudonymised_report_counts_as_the_plain_one_and_names_only_pseudonyms() {
    let dir = tempfile::tempdir().unwrap();
    let map = small_map(dir.path());
    let plain = report_content(&map, &request(), &Silent).unwrap();
    // Without a minimum group no team is folded: every figure stays.
    let request = ReportRequest { pseudonymise: true, min_group: Some(1), ..request() };
    let pseudonymised = report_content(&map, &request, &Silent).unwrap();
    let counts = |r: &bridgework_api::Report| r.summary.categories.iter().map(|c| c.count).collect::<Vec<_>>();
    assert_eq!(counts(&pseudonymised), counts(&plain));
    assert_eq!(pseudonymised.summary.urgent.len(), plain.summary.urgent.len());
    assert_eq!(pseudonymised.structure.cut_points.len(), plain.structure.cut_points.len());
    let people: Vec<&String> = pseudonymised.summary.urgent.iter().flat_map(|u| &u.people).collect();
    assert!(!people.is_empty());
    assert!(people.iter().all(|p| p.starts_with("Person ")), "{people:?}");
    let text = serde_json::to_string(&pseudonymised).unwrap();
    for name in ["Ada Khan", "Ben Ode", "Cy Lam", "Di Moss", "Ed Pryce", "Flo Quin"] {
        assert!(!text.contains(name), "the pseudonymised report names {name}");
    }
    assert!(serde_json::to_string(&plain).unwrap().contains("Ben Ode"), "the plain report names the go-between");
}

#[test]
fn a_pseudonymised_report_names_no_cut_point_that_cuts_off_fewer_than_the_minimum_group() {
    let dir = tempfile::tempdir().unwrap();
    let map = small_map(dir.path());
    let every = ReportRequest { pseudonymise: true, min_group: Some(1), ..request() };
    let every = report_content(&map, &every, &Silent).unwrap().structure.cut_points;
    assert!(!every.is_empty() && every.iter().all(|s| s.starts_with("If ")), "{every:?}");
    // The small map has six people: every cut point cuts off fewer than five.
    let folded = ReportRequest { pseudonymise: true, min_group: Some(5), ..request() };
    let folded = report_content(&map, &folded, &Silent).unwrap().structure.cut_points;
    let n = every.len();
    let said = if n == 1 {
        "1 more person's leaving would cut off fewer than 5 people, and is not named here.".to_string()
    } else {
        format!("{n} more people's leaving would cut off fewer than 5 people, and are not named here.")
    };
    assert_eq!(folded, vec![said]);
}
