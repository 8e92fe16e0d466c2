//! The eight organisations of Ashworth, a fictional local health and care
//! system, as trees of directorates, services and teams with the posts in each.
//!
//! The demo map staffs these trees once. The synthetic generator builds every
//! organisation it needs from the tree of the same kind, repeating services and
//! teams to reach its size, so large maps keep realistic teams, job titles and
//! seniority. Every name here is invented.
//!
//! Posts are listed head first: the first person at a node is the one the
//! others there report to, and the first person of the first directorate
//! leads the organisation.

use bridgework_core::{Level, OrgKind};

/// An organisation: the demo's names for it, the patterns synthetic copies are
/// named by (`{place}` is replaced), and its tree.
#[derive(Debug)]
pub(crate) struct OrgPlan {
    pub id: &'static str,
    pub name: &'static str,
    pub short_name: &'static str,
    pub domain: &'static str,
    pub kind: OrgKind,
    pub colour: &'static str,
    pub synthetic_name: &'static str,
    /// Follows the place's initial: "HT" makes "FHT" in Fellbridge.
    pub synthetic_short: &'static str,
    pub synthetic_domain: &'static str,
    pub units: &'static [Unit],
}

/// A directorate, service or team, with the posts at that node itself.
#[derive(Debug)]
pub(crate) struct Unit {
    /// Unique within the organisation; the demo's team ids are made from it.
    pub slug: &'static str,
    pub name: &'static str,
    pub functions: &'static [&'static str],
    pub posts: &'static [Post],
    pub units: &'static [Unit],
}

/// `count` people with one job title and level.
#[derive(Debug)]
pub(crate) struct Post {
    pub title: &'static str,
    pub level: Option<Level>,
    pub count: u16,
}

impl OrgPlan {
    /// How many people the tree holds when staffed once.
    pub fn people(&self) -> usize {
        fn count(units: &[Unit]) -> usize {
            units.iter().map(|u| u.posts.iter().map(|p| usize::from(p.count)).sum::<usize>() + count(u.units)).sum()
        }
        count(self.units)
    }
}

const fn unit(
    slug: &'static str,
    name: &'static str,
    functions: &'static [&'static str],
    posts: &'static [Post],
    units: &'static [Unit],
) -> Unit {
    Unit { slug, name, functions, posts, units }
}

/// A node with no nodes below it.
const fn team(
    slug: &'static str,
    name: &'static str,
    functions: &'static [&'static str],
    posts: &'static [Post],
) -> Unit {
    unit(slug, name, functions, posts, &[])
}

const fn post(title: &'static str, level: Level, count: u16) -> Post {
    Post { title, level: Some(level), count }
}
const fn board(title: &'static str, count: u16) -> Post {
    post(title, Level::Board, count)
}
const fn exec(title: &'static str, count: u16) -> Post {
    post(title, Level::Executive, count)
}
const fn senior(title: &'static str, count: u16) -> Post {
    post(title, Level::Senior, count)
}
const fn middle(title: &'static str, count: u16) -> Post {
    post(title, Level::Middle, count)
}
const fn front(title: &'static str, count: u16) -> Post {
    post(title, Level::Frontline, count)
}
/// A post recorded without a level: a gap a data-health check should find.
const fn unlevelled(title: &'static str) -> Post {
    Post { title, level: None, count: 1 }
}

/// Places of the synthetic systems, one per group of eight organisations.
pub(crate) const PLACES: &[&str] = &[
    "Ashworth",
    "Fellbridge",
    "Kestrelvale",
    "Marrowby",
    "Hollinsford",
    "Wenmouth",
    "Calderby",
    "Oakenshaw Vale",
    "Brindlecombe",
    "Thornmere",
    "Saltmarsh Cross",
    "Lowther Heath",
    "Greyholme",
    "Redwick",
    "Ambervale",
    "Stonecliffe",
];

/// In the order a system lists them: hospital, community, mental health, primary
/// care, council, hospice, voluntary sector, integrated care board.
pub(crate) const ORGANISATIONS: [&OrgPlan; 8] =
    [&ACUTE, &COMMUNITY, &MENTAL_HEALTH, &GP_FEDERATION, &COUNCIL, &HOSPICE, &VOLUNTARY, &ICB];

// Colours: eight of Paul Tol's "muted" scheme, told apart with every common
// colour-vision deficiency.

const ACUTE: OrgPlan = OrgPlan {
    id: "acute",
    name: "Ashworth Hospitals NHS Foundation Trust",
    short_name: "AHT",
    domain: "ashworth-hospitals.nhs.example",
    kind: OrgKind::Acute,
    colour: "#332288",
    synthetic_name: "{place} Hospitals NHS Foundation Trust",
    synthetic_short: "HT",
    synthetic_domain: "{place}-hospitals.nhs.example",
    units: &[
        unit(
            "corporate",
            "Trust Board & Corporate Services",
            &["governance", "leadership"],
            &[
                board("Chief Executive", 1),
                board("Chair", 1),
                board("Non-Executive Director", 2),
                senior("Company Secretary", 1),
            ],
            &[
                unit(
                    "corp-strategy",
                    "Strategy & Partnerships",
                    &["strategy", "partnerships"],
                    &[exec("Director of Strategy & Partnerships", 1)],
                    &[team(
                        "partnerships",
                        "Partnerships & Integration Team",
                        &["partnerships", "population health"],
                        &[
                            senior("Head of Partnerships & Integration", 1),
                            middle("Integration Programme Manager", 1),
                            front("Partnership Development Officer", 2),
                        ],
                    )],
                ),
                unit(
                    "corp-finance",
                    "Finance & Contracting",
                    &["finance", "contracting"],
                    &[
                        exec("Chief Finance Officer", 1),
                        senior("Deputy Director of Finance", 1),
                        senior("Associate Director of Contracting", 1),
                    ],
                    &[team(
                        "finance-planning",
                        "Financial Planning & Contracts",
                        &["finance", "contracting"],
                        &[
                            middle("Head of Contract Management", 1),
                            front("Finance Business Partner", 3),
                            front("Contracts Officer", 2),
                        ],
                    )],
                ),
                unit(
                    "corp-people",
                    "People & Digital",
                    &["workforce", "digital"],
                    &[exec("Chief People Officer", 1)],
                    &[
                        team(
                            "workforce",
                            "Workforce & Education",
                            &["workforce"],
                            &[
                                senior("Head of Workforce Development", 1),
                                middle("Practice Education Lead", 1),
                                front("Workforce Planner", 2),
                                front("Practice Education Facilitator", 2),
                            ],
                        ),
                        team(
                            "digital",
                            "Clinical Systems & Shared Care Record",
                            &["digital"],
                            &[
                                senior("Chief Clinical Information Officer", 1),
                                middle("Clinical Systems Manager", 1),
                                front("Clinical Systems Analyst", 3),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        unit(
            "operations",
            "Operations & Patient Flow",
            &["operations", "patient flow"],
            &[exec("Chief Operating Officer", 1)],
            &[
                unit(
                    "flow",
                    "Patient Flow",
                    &["patient flow", "hospital discharge"],
                    &[senior("Deputy Chief Operating Officer", 1)],
                    &[
                        team(
                            "discharge-hub",
                            "Integrated Discharge Hub",
                            &["hospital discharge", "transfer of care", "discharge to assess"],
                            &[
                                middle("Discharge Hub Manager", 1),
                                middle("Senior Discharge Coordinator", 1),
                                front("Discharge Coordinator", 7),
                                front("Transfer of Care Nurse", 3),
                                front("Discharge Support Worker", 2),
                            ],
                        ),
                        team(
                            "site",
                            "Site & Bed Management",
                            &["patient flow", "bed management"],
                            &[middle("Lead Site Manager", 1), front("Site Manager", 5), front("Bed Manager", 2)],
                        ),
                    ],
                ),
                unit(
                    "urgent-care",
                    "Emergency Department",
                    &["urgent care", "emergency department"],
                    &[senior("Clinical Director – Emergency Medicine", 1), senior("Head of Nursing – Urgent Care", 1)],
                    &[
                        team(
                            "ed",
                            "Emergency Department Team",
                            &["emergency department", "urgent care"],
                            &[
                                middle("Matron – Emergency Department", 1),
                                middle("Sister – Emergency Department", 2),
                                senior("Consultant in Emergency Medicine", 2),
                                front("Staff Nurse – Emergency Department", 14),
                                front("Emergency Care Assistant", 6),
                            ],
                        ),
                        team(
                            "ed-frailty",
                            "Acute Frailty Unit",
                            &["frailty", "same day emergency care"],
                            &[
                                middle("Matron – Frailty", 1),
                                senior("Consultant Geriatrician", 1),
                                front("Frailty Advanced Clinical Practitioner", 2),
                                front("Staff Nurse – Frailty", 4),
                                front("Occupational Therapist – Frailty", 2),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        unit(
            "medicine",
            "Medicine & Integrated Care",
            &["inpatient care", "frailty"],
            &[exec("Medical Director", 1), senior("Divisional Director – Medicine", 1)],
            &[
                unit(
                    "elderly-care",
                    "Elderly Care",
                    &["frailty", "dementia"],
                    &[senior("Clinical Director – Elderly Care", 1), senior("Head of Nursing – Medicine", 1)],
                    &[
                        team(
                            "elderly-wards",
                            "Elderly Care Wards",
                            &["frailty", "inpatient care", "hospital discharge"],
                            &[
                                middle("Ward Manager – Elderly Care", 2),
                                front("Staff Nurse – Elderly Care", 12),
                                front("Healthcare Assistant", 10),
                                front("Ward Clerk", 1),
                            ],
                        ),
                        team(
                            "therapies",
                            "Inpatient Therapies",
                            &["therapy", "rehabilitation", "hospital discharge"],
                            &[
                                middle("Therapy Services Manager", 1),
                                front("Physiotherapist", 5),
                                front("Occupational Therapist", 4),
                                front("Therapy Assistant", 2),
                            ],
                        ),
                    ],
                ),
                unit(
                    "palliative",
                    "Specialist Palliative Care",
                    &["end of life care"],
                    &[senior("Consultant in Palliative Medicine", 1)],
                    &[team(
                        "spc",
                        "Hospital Palliative Care Team",
                        &["end of life care", "specialist palliative care"],
                        &[
                            middle("Palliative Care Team Lead", 1),
                            front("Clinical Nurse Specialist – Palliative Care", 3),
                            front("End of Life Care Facilitator", 1),
                        ],
                    )],
                ),
            ],
        ),
        unit(
            "nursing",
            "Nursing, Midwifery & Quality",
            &["quality", "safeguarding"],
            &[exec("Chief Nurse", 1)],
            &[
                unit(
                    "quality",
                    "Patient Safety & Safeguarding",
                    &["safeguarding", "patient safety"],
                    &[senior("Deputy Chief Nurse", 1), senior("Head of Safeguarding", 1)],
                    &[
                        team(
                            "safeguarding",
                            "Adult Safeguarding Team",
                            &["safeguarding adults"],
                            &[
                                middle("Named Nurse – Safeguarding Adults", 1),
                                front("Safeguarding Adults Practitioner", 3),
                                front("Learning Disability Liaison Nurse", 1),
                            ],
                        ),
                        team(
                            "patient-experience",
                            "Patient Experience & PALS",
                            &["patient experience"],
                            &[middle("Patient Experience Manager", 1), front("PALS Officer", 2)],
                        ),
                    ],
                ),
                unit(
                    "dementia-care",
                    "Dementia & Delirium",
                    &["dementia"],
                    &[],
                    &[team(
                        "dementia",
                        "Dementia Support Team",
                        &["dementia", "hospital discharge"],
                        &[
                            middle("Dementia Nurse Specialist", 1),
                            front("Dementia Support Worker", 2),
                            front("Admiral Nurse", 1),
                        ],
                    )],
                ),
            ],
        ),
    ],
};

const COMMUNITY: OrgPlan = OrgPlan {
    id: "community",
    name: "Ashworth Community Healthcare NHS Trust",
    short_name: "ACH",
    domain: "ashworth-community.nhs.example",
    kind: OrgKind::Community,
    colour: "#117733",
    synthetic_name: "{place} Community Healthcare NHS Trust",
    synthetic_short: "CH",
    synthetic_domain: "{place}-community.nhs.example",
    units: &[
        unit(
            "corporate",
            "Trust Board & Corporate Services",
            &["governance", "leadership"],
            &[board("Chief Executive", 1), board("Chair", 1), board("Non-Executive Director", 1)],
            &[
                unit(
                    "corp-finance",
                    "Finance & Performance",
                    &["finance", "contracting"],
                    &[exec("Director of Finance & Performance", 1)],
                    &[team(
                        "finance",
                        "Finance & Contracting",
                        &["finance", "contracting"],
                        &[
                            senior("Head of Financial Management", 1),
                            middle("Management Accountant", 1),
                            front("Finance Officer", 2),
                        ],
                    )],
                ),
                unit(
                    "corp-people",
                    "People, Digital & Estates",
                    &["workforce", "digital"],
                    &[exec("Director of People & Corporate Services", 1)],
                    &[
                        team(
                            "workforce",
                            "Workforce & Wellbeing",
                            &["workforce"],
                            &[
                                senior("Head of Workforce", 1),
                                middle("Recruitment & Retention Lead", 1),
                                front("HR Adviser", 2),
                            ],
                        ),
                        team(
                            "digital",
                            "Digital & Informatics",
                            &["digital", "virtual wards"],
                            &[
                                senior("Head of Digital Services", 1),
                                middle("Informatics Manager", 1),
                                front("Systems Trainer", 2),
                                front("Remote Monitoring Technician", 1),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        unit(
            "adult-services",
            "Adult Community Services",
            &["community health", "intermediate care"],
            &[exec("Chief Operating Officer", 1)],
            &[
                unit(
                    "neighbourhood",
                    "Neighbourhood Nursing",
                    &["district nursing"],
                    &[senior("Head of Community Nursing", 1)],
                    &[
                        team(
                            "dn-north",
                            "District Nursing – North Locality",
                            &["district nursing", "end of life care"],
                            &[
                                middle("District Nursing Sister", 1),
                                front("Community Staff Nurse", 7),
                                front("Healthcare Assistant – Community", 2),
                            ],
                        ),
                        team(
                            "dn-south",
                            "District Nursing – South Locality",
                            &["district nursing", "end of life care"],
                            &[
                                middle("District Nursing Sister", 1),
                                front("Community Staff Nurse", 7),
                                front("Healthcare Assistant – Community", 2),
                            ],
                        ),
                        team(
                            "care-homes",
                            "Care Home Support Team",
                            &["care home support", "frailty"],
                            &[
                                middle("Care Home Support Lead", 1),
                                front("Care Home Nurse Specialist", 3),
                                front("Care Home Trainer", 1),
                            ],
                        ),
                    ],
                ),
                unit(
                    "urgent-intermediate",
                    "Urgent & Intermediate Care",
                    &["urgent community response", "intermediate care"],
                    &[senior("Head of Urgent & Intermediate Care", 1)],
                    &[
                        team(
                            "ucr",
                            "Urgent Community Response",
                            &["urgent community response", "admission avoidance", "frailty"],
                            &[
                                middle("UCR Team Leader", 1),
                                front("Advanced Clinical Practitioner – UCR", 3),
                                front("Urgent Response Nurse", 5),
                                front("Physiotherapist – UCR", 2),
                            ],
                        ),
                        team(
                            "virtual-ward",
                            "Frailty Virtual Ward",
                            &["virtual wards", "frailty"],
                            &[
                                middle("Virtual Ward Clinical Lead", 1),
                                front("Virtual Ward Nurse", 4),
                                front("Virtual Ward Care Coordinator", 2),
                            ],
                        ),
                        team(
                            "d2a",
                            "Discharge to Assess Team",
                            &["discharge to assess", "hospital discharge", "intermediate care"],
                            &[
                                middle("Discharge to Assess Lead", 1),
                                front("Trusted Assessor", 3),
                                front("Community Therapist", 3),
                            ],
                        ),
                    ],
                ),
                unit(
                    "therapies",
                    "Community Therapies & Long-Term Conditions",
                    &["rehabilitation", "long-term conditions"],
                    &[senior("Head of Therapies", 1)],
                    &[
                        team(
                            "rehab",
                            "Community Rehabilitation",
                            &["rehabilitation", "therapy"],
                            &[
                                middle("Rehabilitation Team Lead", 1),
                                front("Physiotherapist", 4),
                                front("Occupational Therapist", 3),
                                front("Rehabilitation Assistant", 2),
                            ],
                        ),
                        team(
                            "ltc",
                            "Long-Term Conditions Nursing",
                            &["long-term conditions", "heart failure", "respiratory"],
                            &[
                                middle("Long-Term Conditions Lead", 1),
                                front("Heart Failure Nurse Specialist", 2),
                                front("Respiratory Nurse Specialist", 2),
                                front("Diabetes Specialist Nurse", 2),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        unit(
            "nursing-quality",
            "Nursing, Therapies & Quality",
            &["quality", "safeguarding"],
            &[exec("Director of Nursing, Therapies & Quality", 1)],
            &[unit(
                "quality",
                "Safeguarding & Infection Prevention",
                &["safeguarding", "infection prevention"],
                &[senior("Head of Safeguarding", 1)],
                &[
                    team(
                        "safeguarding",
                        "Adult Safeguarding Team",
                        &["safeguarding adults"],
                        &[middle("Named Nurse – Safeguarding Adults", 1), front("Safeguarding Practitioner", 2)],
                    ),
                    team(
                        "ipc",
                        "Infection Prevention & Control",
                        &["infection prevention", "care home support"],
                        &[middle("IPC Lead Nurse", 1), front("IPC Nurse", 2)],
                    ),
                ],
            )],
        ),
    ],
};

const MENTAL_HEALTH: OrgPlan = OrgPlan {
    id: "mental-health",
    name: "Ashworth and Fellside Mental Health NHS Foundation Trust",
    short_name: "AFMH",
    domain: "ashworth-fellside-mh.nhs.example",
    kind: OrgKind::MentalHealth,
    colour: "#aa4499",
    synthetic_name: "{place} Mental Health NHS Foundation Trust",
    synthetic_short: "MH",
    synthetic_domain: "{place}-mh.nhs.example",
    units: &[
        unit(
            "corporate",
            "Trust Board & Corporate Services",
            &["governance", "leadership"],
            &[board("Chief Executive", 1), board("Chair", 1), board("Non-Executive Director", 1)],
            &[
                unit(
                    "corp-finance",
                    "Finance & Resources",
                    &["finance", "contracting"],
                    &[exec("Director of Finance", 1)],
                    &[team(
                        "finance",
                        "Finance & Contracts",
                        &["finance", "contracting"],
                        &[senior("Head of Financial Planning", 1), front("Finance Business Partner", 2)],
                    )],
                ),
                unit(
                    "corp-strategy",
                    "Strategy & Partnerships",
                    &["strategy", "partnerships"],
                    &[exec("Director of Strategy & Partnerships", 1)],
                    &[team(
                        "transformation",
                        "Partnerships & Transformation",
                        &["partnerships", "digital", "population health"],
                        &[
                            senior("Head of Transformation", 1),
                            middle("Digital Transformation Lead", 1),
                            front("Project Officer", 2),
                        ],
                    )],
                ),
            ],
        ),
        unit(
            "adult",
            "Adult Mental Health",
            &["community mental health", "crisis care"],
            &[exec("Chief Operating Officer", 1)],
            &[
                unit(
                    "community-mh",
                    "Community Mental Health",
                    &["community mental health"],
                    &[senior("Head of Community Mental Health", 1)],
                    &[
                        team(
                            "cmht-north",
                            "Community Mental Health Team – North",
                            &["community mental health"],
                            &[
                                middle("CMHT Team Manager", 1),
                                senior("Consultant Psychiatrist", 1),
                                front("Community Mental Health Nurse", 5),
                                front("Mental Health Social Worker", 2),
                                front("Clinical Psychologist", 1),
                                front("Peer Support Worker", 1),
                            ],
                        ),
                        team(
                            "cmht-south",
                            "Community Mental Health Team – South",
                            &["community mental health"],
                            &[
                                middle("CMHT Team Manager", 1),
                                senior("Consultant Psychiatrist", 1),
                                front("Community Mental Health Nurse", 5),
                                front("Mental Health Social Worker", 2),
                                front("Clinical Psychologist", 1),
                                front("Peer Support Worker", 1),
                            ],
                        ),
                    ],
                ),
                unit(
                    "acute-crisis",
                    "Acute & Crisis Care",
                    &["crisis care"],
                    &[senior("Head of Acute & Crisis Services", 1)],
                    &[
                        team(
                            "crisis",
                            "Crisis Resolution & Home Treatment Team",
                            &["crisis team", "home treatment"],
                            &[
                                middle("Crisis Team Manager", 1),
                                senior("Consultant Psychiatrist – Crisis", 1),
                                front("Crisis Practitioner", 7),
                                front("Support Time & Recovery Worker", 2),
                            ],
                        ),
                        team(
                            "liaison",
                            "Mental Health Liaison Team",
                            &["psychiatric liaison", "emergency department"],
                            &[
                                middle("Liaison Team Manager", 1),
                                senior("Consultant Liaison Psychiatrist", 1),
                                front("Liaison Practitioner", 4),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        unit(
            "older-people",
            "Older People & Dementia",
            &["dementia", "older people"],
            &[exec("Medical Director", 1), senior("Clinical Director – Older People", 1)],
            &[unit(
                "memory-services",
                "Memory & Dementia Services",
                &["memory assessment", "dementia"],
                &[senior("Service Manager – Older People's Services", 1)],
                &[
                    team(
                        "memory",
                        "Memory Assessment Service",
                        &["memory assessment", "dementia"],
                        &[
                            middle("Memory Service Lead", 1),
                            senior("Consultant Old Age Psychiatrist", 1),
                            front("Memory Nurse", 3),
                            front("Dementia Adviser", 2),
                        ],
                    ),
                    team(
                        "older-cmht",
                        "Older People's Community Mental Health Team",
                        &["community mental health", "older people", "care home support"],
                        &[
                            middle("Team Manager – Older People", 1),
                            front("Community Mental Health Nurse – Older People", 3),
                            front("Care Home Liaison Nurse", 2),
                        ],
                    ),
                ],
            )],
        ),
        unit(
            "nursing",
            "Nursing & Quality",
            &["quality", "safeguarding"],
            &[exec("Director of Nursing & Quality", 1)],
            &[unit(
                "quality",
                "Safeguarding & Patient Safety",
                &["safeguarding"],
                &[senior("Head of Safeguarding", 1)],
                &[team(
                    "safeguarding",
                    "Safeguarding Team",
                    &["safeguarding adults"],
                    &[middle("Safeguarding Lead Practitioner", 1), front("Safeguarding Practitioner", 2)],
                )],
            )],
        ),
    ],
};

const GP_FEDERATION: OrgPlan = OrgPlan {
    id: "gp-federation",
    name: "Ashworth GP Federation",
    short_name: "AGPF",
    domain: "ashworth-gpfed.nhs.example",
    kind: OrgKind::PrimaryCare,
    colour: "#88ccee",
    synthetic_name: "{place} GP Federation",
    synthetic_short: "GPF",
    synthetic_domain: "{place}-gpfed.nhs.example",
    units: &[
        unit(
            "corporate",
            "Federation Board",
            &["governance", "leadership"],
            &[board("Chief Executive", 1), board("Chair", 1), board("Board Director (GP Partner)", 1)],
            &[unit(
                "business",
                "Business & Finance",
                &["finance", "workforce", "digital"],
                &[exec("Director of Operations", 1)],
                &[team(
                    "business-support",
                    "Business Support",
                    &["finance", "workforce", "digital"],
                    &[
                        middle("Business Manager", 1),
                        middle("Digital & Data Lead", 1),
                        front("Finance Officer", 1),
                        front("HR Officer", 1),
                    ],
                )],
            )],
        ),
        unit(
            "pcns",
            "Primary Care Networks",
            &["primary care"],
            &[exec("Director of Primary Care", 1)],
            &[
                unit(
                    "central-pcn",
                    "Central PCN",
                    &["primary care"],
                    &[senior("PCN Clinical Director", 1)],
                    &[team(
                        "central-pcn-team",
                        "Central PCN Team",
                        &["social prescribing", "care coordination", "clinical pharmacy"],
                        &[
                            middle("PCN Manager", 1),
                            front("Social Prescribing Link Worker", 3),
                            front("Care Coordinator", 2),
                            front("Clinical Pharmacist", 2),
                            front("First Contact Physiotherapist", 1),
                        ],
                    )],
                ),
                unit(
                    "fellside-pcn",
                    "Fellside Rural PCN",
                    &["primary care"],
                    &[senior("PCN Clinical Director", 1)],
                    &[team(
                        "fellside-pcn-team",
                        "Fellside Rural PCN Team",
                        &["social prescribing", "care coordination", "clinical pharmacy"],
                        &[
                            middle("PCN Manager", 1),
                            front("Social Prescribing Link Worker", 2),
                            front("Care Coordinator", 2),
                            front("Health & Wellbeing Coach", 1),
                            front("Clinical Pharmacist", 1),
                        ],
                    )],
                ),
                unit(
                    "riverside-pcn",
                    "Riverside PCN",
                    &["primary care"],
                    &[senior("PCN Clinical Director", 1)],
                    &[team(
                        "riverside-pcn-team",
                        "Riverside PCN Team",
                        &["social prescribing", "care coordination", "community mental health"],
                        &[
                            middle("PCN Manager", 1),
                            front("Social Prescribing Link Worker", 2),
                            front("Care Coordinator", 1),
                            front("Mental Health Practitioner", 1),
                            front("Paramedic Practitioner", 1),
                        ],
                    )],
                ),
            ],
        ),
        unit(
            "clinical",
            "Federation Clinical Services",
            &["urgent care", "care home support"],
            &[exec("Medical Director", 1)],
            &[
                unit(
                    "enhanced",
                    "Home Visiting & Enhanced Services",
                    &["urgent care", "care home support"],
                    &[senior("Head of Clinical Services", 1)],
                    &[
                        team(
                            "home-visiting",
                            "Acute Home Visiting Service",
                            &["home visiting", "urgent care", "admission avoidance"],
                            &[
                                middle("Acute Visiting Service Lead", 1),
                                front("Advanced Paramedic Practitioner", 4),
                                front("Sessional GP", 2),
                            ],
                        ),
                        team(
                            "care-home-gp",
                            "Enhanced Health in Care Homes",
                            &["care home support", "frailty"],
                            &[
                                middle("Care Homes Clinical Lead", 1),
                                front("Care Home GP", 2),
                                front("Care Home Pharmacist", 1),
                            ],
                        ),
                    ],
                ),
                unit(
                    "population-health",
                    "Population Health & Quality",
                    &["population health", "quality"],
                    &[senior("Frailty Lead GP", 1)],
                    &[team(
                        "quality-improvement",
                        "Population Health & Quality Improvement",
                        &["population health", "frailty", "quality"],
                        &[middle("Quality Improvement Lead", 1), front("Data Analyst", 2)],
                    )],
                ),
            ],
        ),
    ],
};

const COUNCIL: OrgPlan = OrgPlan {
    id: "council",
    name: "Ashworth Borough Council",
    short_name: "ABC",
    domain: "ashworth.gov.example",
    kind: OrgKind::LocalAuthority,
    colour: "#cc6677",
    synthetic_name: "{place} Borough Council",
    synthetic_short: "BC",
    synthetic_domain: "{place}.gov.example",
    units: &[
        unit(
            "corporate",
            "Chief Executive's Office",
            &["governance", "leadership"],
            &[board("Chief Executive", 1), board("Cabinet Member for Adult Social Care & Health", 1)],
            &[unit(
                "resources",
                "Resources",
                &["finance"],
                &[exec("Director of Resources", 1)],
                &[team(
                    "adults-finance",
                    "Adults' Finance",
                    &["finance", "contracting"],
                    &[middle("Finance Manager – Adult Social Care", 1), front("Finance Officer", 2)],
                )],
            )],
        ),
        unit(
            "adult-social-care",
            "Adult Social Care",
            &["adult social care"],
            &[exec("Director of Adult Social Services", 1), senior("Principal Social Worker", 1)],
            &[
                unit(
                    "assessment",
                    "Assessment & Care Management",
                    &["assessment", "care management"],
                    &[senior("Head of Assessment & Care Management", 1)],
                    &[
                        team(
                            "front-door",
                            "Adult Social Care Front Door",
                            &["information and advice", "assessment"],
                            &[
                                middle("Front Door Team Manager", 1),
                                front("Social Care Assessor", 7),
                                front("Customer Adviser", 3),
                            ],
                        ),
                        team(
                            "hospital-social-work",
                            "Hospital Social Work Team",
                            &["hospital discharge", "assessment"],
                            &[
                                middle("Hospital Social Work Team Manager", 1),
                                middle("Senior Practitioner – Hospital Social Work", 1),
                                front("Social Worker – Hospital", 7),
                            ],
                        ),
                        team(
                            "locality",
                            "Locality Social Work Team",
                            &["assessment", "care management", "carers support"],
                            &[
                                middle("Locality Team Manager", 1),
                                front("Social Worker", 7),
                                front("Occupational Therapist – Adult Social Care", 2),
                                unlevelled("Interim Practice Lead"),
                            ],
                        ),
                    ],
                ),
                unit(
                    "independence",
                    "Reablement & Independence",
                    &["reablement", "intermediate care"],
                    &[senior("Head of Reablement & Independence", 1)],
                    &[
                        team(
                            "reablement",
                            "Reablement Service",
                            &["reablement", "hospital discharge", "discharge to assess"],
                            &[
                                middle("Reablement Manager", 1),
                                middle("Reablement Coordinator", 2),
                                front("Reablement Support Worker", 12),
                                front("Reablement Occupational Therapist", 2),
                            ],
                        ),
                        team(
                            "equipment",
                            "Community Equipment & Technology Enabled Care",
                            &["equipment", "technology enabled care"],
                            &[
                                middle("Equipment & TEC Manager", 1),
                                front("TEC Officer", 2),
                                front("Equipment Technician", 2),
                            ],
                        ),
                    ],
                ),
                unit(
                    "safeguarding-mh",
                    "Safeguarding & Mental Health",
                    &["safeguarding", "mental health act"],
                    &[senior("Head of Adult Safeguarding", 1)],
                    &[
                        team(
                            "safeguarding",
                            "Adult Safeguarding Hub",
                            &["safeguarding adults"],
                            &[
                                middle("Safeguarding Team Manager", 1),
                                middle("Safeguarding Adults Board Business Manager", 1),
                                front("Safeguarding Adults Practitioner", 4),
                            ],
                        ),
                        team(
                            "amhp",
                            "Approved Mental Health Professional Service",
                            &["mental health act", "crisis team"],
                            &[middle("AMHP Service Lead", 1), front("Approved Mental Health Professional", 4)],
                        ),
                    ],
                ),
            ],
        ),
        unit(
            "commissioning",
            "Commissioning & Public Health",
            &["commissioning", "public health"],
            &[exec("Director of Public Health", 1)],
            &[
                unit(
                    "asc-commissioning",
                    "Adult Social Care Commissioning",
                    &["commissioning", "care market"],
                    &[
                        senior("Assistant Director – Commissioning & Market Shaping", 1),
                        senior("Head of Commissioning", 1),
                        senior("Strategic Commissioning Manager", 1),
                    ],
                    &[team(
                        "care-market",
                        "Care Market & Quality",
                        &["commissioning", "care home support", "care market"],
                        &[
                            middle("Commissioning Manager", 1),
                            front("Quality Monitoring Officer", 3),
                            front("Brokerage Officer", 2),
                        ],
                    )],
                ),
                unit(
                    "public-health",
                    "Public Health",
                    &["public health", "population health"],
                    &[senior("Consultant in Public Health", 1)],
                    &[
                        team(
                            "ph-intelligence",
                            "Public Health Intelligence",
                            &["population health", "data"],
                            &[middle("Public Health Intelligence Manager", 1), front("Public Health Analyst", 2)],
                        ),
                        team(
                            "healthy-ageing",
                            "Healthy Ageing & Prevention",
                            &["prevention", "falls prevention", "social prescribing"],
                            &[middle("Healthy Ageing Programme Manager", 1), front("Public Health Practitioner", 2)],
                        ),
                    ],
                ),
            ],
        ),
    ],
};

const HOSPICE: OrgPlan = OrgPlan {
    id: "hospice",
    name: "Heatherbank Hospice",
    short_name: "HBH",
    domain: "heatherbank-hospice.org.example",
    kind: OrgKind::Hospice,
    colour: "#ddcc77",
    synthetic_name: "{place} Hospice",
    synthetic_short: "H",
    synthetic_domain: "{place}-hospice.org.example",
    units: &[
        unit(
            "corporate",
            "Board of Trustees & Executive",
            &["governance", "leadership"],
            &[board("Chief Executive", 1), board("Chair of Trustees", 1), board("Trustee", 1)],
            &[unit(
                "income",
                "Income Generation & Support Services",
                &["finance", "fundraising", "volunteering"],
                &[exec("Director of Income Generation", 1)],
                &[team(
                    "support-services",
                    "Finance, Fundraising & Volunteers",
                    &["finance", "fundraising", "volunteering"],
                    &[
                        senior("Head of Finance", 1),
                        middle("Fundraising Manager", 1),
                        front("Volunteer Coordinator", 1),
                        front("Finance Assistant", 1),
                    ],
                )],
            )],
        ),
        unit(
            "clinical",
            "Clinical Services",
            &["end of life care", "specialist palliative care"],
            &[exec("Director of Clinical Services", 1), exec("Medical Director", 1)],
            &[
                unit(
                    "inpatient",
                    "Inpatient Services",
                    &["end of life care"],
                    &[senior("Head of Inpatient Services", 1)],
                    &[team(
                        "inpatient-unit",
                        "Inpatient Unit",
                        &["end of life care", "specialist palliative care"],
                        &[
                            middle("Ward Sister", 1),
                            front("Specialty Doctor – Palliative Medicine", 1),
                            front("Staff Nurse – Palliative Care", 5),
                            front("Healthcare Assistant", 3),
                        ],
                    )],
                ),
                unit(
                    "community-palliative",
                    "Hospice at Home & Community",
                    &["end of life care", "home care"],
                    &[senior("Head of Community Services", 1)],
                    &[
                        team(
                            "hospice-at-home",
                            "Hospice at Home",
                            &["end of life care", "home care"],
                            &[
                                middle("Hospice at Home Lead", 1),
                                front("Hospice at Home Nurse", 3),
                                front("Palliative Care Support Worker", 2),
                            ],
                        ),
                        team(
                            "palliative-cns",
                            "Community Palliative Care Nurse Specialists",
                            &["end of life care", "specialist palliative care", "care home support"],
                            &[middle("CNS Team Lead", 1), front("Clinical Nurse Specialist – Palliative Care", 3)],
                        ),
                    ],
                ),
                unit(
                    "wellbeing",
                    "Wellbeing, Family Support & Education",
                    &["bereavement", "education"],
                    &[senior("Head of Wellbeing & Education", 1)],
                    &[
                        team(
                            "family-support",
                            "Family Support & Bereavement",
                            &["bereavement", "carers support"],
                            &[middle("Family Support Lead", 1), front("Bereavement Counsellor", 2)],
                        ),
                        team(
                            "education",
                            "End of Life Care Education",
                            &["end of life care", "education", "care home support"],
                            &[middle("Education Lead", 1), front("Education Facilitator", 1)],
                        ),
                    ],
                ),
            ],
        ),
    ],
};

const VOLUNTARY: OrgPlan = OrgPlan {
    id: "voluntary",
    name: "Voluntary Action Ashworth",
    short_name: "VAA",
    domain: "voluntaryactionashworth.org.example",
    kind: OrgKind::Voluntary,
    colour: "#44aa99",
    synthetic_name: "Voluntary Action {place}",
    synthetic_short: "VA",
    synthetic_domain: "va-{place}.org.example",
    units: &[
        unit(
            "governance",
            "Board & Leadership",
            &["governance", "leadership"],
            &[board("Chief Executive", 1), board("Chair of Trustees", 1)],
            &[unit(
                "operations",
                "Operations",
                &["finance", "volunteering"],
                &[exec("Director of Operations", 1)],
                &[team(
                    "volunteer-centre",
                    "Finance & Volunteer Centre",
                    &["finance", "volunteering"],
                    &[middle("Finance Manager", 1), front("Volunteer Centre Coordinator", 2)],
                )],
            )],
        ),
        unit(
            "services",
            "Community Services",
            &["community support"],
            &[exec("Director of Services", 1)],
            &[
                unit(
                    "connectors",
                    "Community Connectors",
                    &["social prescribing", "community support"],
                    &[senior("Head of Community Programmes", 1)],
                    &[
                        team(
                            "community-connectors",
                            "Community Connectors (Social Prescribing)",
                            &["social prescribing", "community development"],
                            &[middle("Community Connectors Team Leader", 1), front("Community Connector", 5)],
                        ),
                        team(
                            "home-from-hospital",
                            "Home from Hospital Service",
                            &["hospital discharge", "befriending"],
                            &[
                                middle("Home from Hospital Coordinator", 1),
                                front("Home from Hospital Support Worker", 3),
                                front("Volunteer Lead", 1),
                            ],
                        ),
                    ],
                ),
                unit(
                    "carers-advocacy",
                    "Carers & Advocacy",
                    &["carers support", "advocacy"],
                    &[senior("Head of Carers & Advocacy", 1)],
                    &[
                        team(
                            "carers-hub",
                            "Carers Hub",
                            &["carers support"],
                            &[middle("Carers Hub Manager", 1), front("Carers Support Worker", 3)],
                        ),
                        team(
                            "advocacy",
                            "Independent Advocacy",
                            &["advocacy", "safeguarding adults"],
                            &[
                                middle("Advocacy Manager", 1),
                                front("Independent Mental Capacity Advocate", 2),
                                front("Care Act Advocate", 2),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        unit(
            "development",
            "Sector Development",
            &["community development", "partnerships"],
            &[],
            &[unit(
                "alliance",
                "VCSE Alliance",
                &["partnerships"],
                &[senior("Head of Sector Development", 1)],
                &[team(
                    "alliance-team",
                    "VCSE Alliance & Development",
                    &["partnerships", "community development"],
                    &[middle("VCSE Alliance Manager", 1), front("Development Officer", 2)],
                )],
            )],
        ),
    ],
};

const ICB: OrgPlan = OrgPlan {
    id: "icb",
    name: "NHS Ashworth and Fellside Integrated Care Board",
    short_name: "ICB",
    domain: "ashworth-fellside.icb.nhs.example",
    kind: OrgKind::Commissioner,
    colour: "#882255",
    synthetic_name: "NHS {place} Integrated Care Board",
    synthetic_short: "ICB",
    synthetic_domain: "{place}.icb.nhs.example",
    units: &[
        unit(
            "corporate",
            "Board & Corporate",
            &["governance", "leadership"],
            &[
                board("Chief Executive", 1),
                board("Chair", 1),
                board("Non-Executive Member", 1),
                board("Partner Member – Local Authorities", 1),
            ],
            &[
                unit(
                    "governance",
                    "Corporate Governance",
                    &["governance"],
                    &[exec("Director of Corporate Governance", 1)],
                    &[team(
                        "board-secretariat",
                        "Board Secretariat",
                        &["governance"],
                        &[
                            senior("Head of Corporate Governance", 1),
                            middle("Governance Manager", 1),
                            front("Governance Officer", 1),
                        ],
                    )],
                ),
                unit(
                    "finance",
                    "Finance",
                    &["finance", "contracting"],
                    &[
                        exec("Chief Finance Officer", 1),
                        senior("Deputy Chief Finance Officer", 1),
                        senior("Associate Director of Financial Planning", 1),
                    ],
                    &[team(
                        "financial-planning",
                        "Financial Planning & Contracting",
                        &["finance", "contracting"],
                        &[
                            middle("Financial Planning Manager", 1),
                            front("Contract Manager", 2),
                            front("Finance Analyst", 2),
                        ],
                    )],
                ),
            ],
        ),
        unit(
            "place",
            "Place Directorate",
            &["partnerships", "integration"],
            &[exec("Place Director", 1)],
            &[
                unit(
                    "place-development",
                    "Place Development & Joint Commissioning",
                    &["partnerships", "commissioning", "integration"],
                    &[
                        senior("Head of Place Development", 1),
                        senior("Associate Director – Joint Commissioning", 1),
                        senior("Associate Director – Integration", 1),
                    ],
                    &[
                        team(
                            "place-team",
                            "Place Partnership Team",
                            &["partnerships", "integration"],
                            &[
                                middle("Place Partnership Manager", 1),
                                middle("Better Care Fund Manager", 1),
                                front("Project Support Officer", 2),
                            ],
                        ),
                        team(
                            "uec",
                            "Urgent & Emergency Care Programme",
                            &["urgent care", "hospital discharge", "virtual wards"],
                            &[middle("UEC Programme Lead", 1), front("System Flow Manager", 2)],
                        ),
                    ],
                ),
                unit(
                    "continuing-care",
                    "All-Age Continuing Care",
                    &["continuing healthcare"],
                    &[senior("Head of All-Age Continuing Care", 1)],
                    &[team(
                        "chc",
                        "Continuing Healthcare Team",
                        &["continuing healthcare", "hospital discharge", "end of life care"],
                        &[
                            middle("CHC Team Manager", 1),
                            front("CHC Nurse Assessor", 5),
                            front("CHC Case Coordinator", 2),
                        ],
                    )],
                ),
            ],
        ),
        unit(
            "nursing-quality",
            "Nursing & Quality",
            &["quality", "safeguarding"],
            &[exec("Chief Nursing Officer", 1)],
            &[unit(
                "quality-safeguarding",
                "Quality & Safeguarding",
                &["quality", "safeguarding"],
                &[senior("Deputy Chief Nursing Officer", 1)],
                &[
                    team(
                        "safeguarding",
                        "Safeguarding Adults Team",
                        &["safeguarding adults"],
                        &[middle("Designated Nurse – Safeguarding Adults", 1), front("Safeguarding Adults Lead", 2)],
                    ),
                    team(
                        "quality",
                        "Quality Team",
                        &["quality", "care home support"],
                        &[middle("Quality Manager", 1), front("Quality Lead – Care Homes", 2)],
                    ),
                ],
            )],
        ),
        unit(
            "strategy",
            "Strategy & Population Health",
            &["strategy", "population health"],
            &[exec("Director of Strategy & Population Health", 1)],
            &[
                unit(
                    "population-health",
                    "Population Health Management",
                    &["population health"],
                    &[senior("Head of Population Health", 1)],
                    &[team(
                        "phm-analytics",
                        "Population Health Analytics",
                        &["population health", "data"],
                        &[middle("Analytics Manager", 1), front("Senior Data Analyst", 2), front("Data Analyst", 2)],
                    )],
                ),
                unit(
                    "digital-workforce",
                    "Digital & Workforce",
                    &["digital", "workforce"],
                    &[senior("Head of Digital Transformation", 1)],
                    &[
                        team(
                            "digital",
                            "Digital Transformation",
                            &["digital", "shared care record"],
                            &[middle("Digital Programme Lead", 1), front("Digital Project Manager", 2)],
                        ),
                        team(
                            "workforce",
                            "System Workforce",
                            &["workforce"],
                            &[middle("Workforce Programme Lead", 1), front("Workforce Project Officer", 1)],
                        ),
                    ],
                ),
            ],
        ),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_tree_is_three_deep_with_unique_slugs_and_a_front_line() {
        for plan in ORGANISATIONS {
            let mut slugs = HashSet::new();
            let mut deepest = 0;
            let mut frontline = 0;
            let mut stack: Vec<(&Unit, usize)> = plan.units.iter().map(|u| (u, 0)).collect();
            while let Some((unit, depth)) = stack.pop() {
                assert!(slugs.insert(unit.slug), "{} repeats slug {}", plan.id, unit.slug);
                assert!(!unit.functions.is_empty(), "{} has no functions", unit.slug);
                deepest = deepest.max(depth);
                frontline += unit.posts.iter().filter(|p| p.level == Some(Level::Frontline)).count();
                stack.extend(unit.units.iter().map(|u| (u, depth + 1)));
            }
            assert_eq!(deepest, 2, "{} is not directorate → service → team", plan.id);
            // The synthetic generator grows an organisation by its front line.
            assert!(frontline > 0, "{} has no front line", plan.id);
            assert_eq!(
                plan.units[0].posts[0].title, "Chief Executive",
                "{} is not led by its chief executive",
                plan.id
            );
        }
    }

    #[test]
    fn kinds_and_colours_are_distinct() {
        let kinds: HashSet<_> = ORGANISATIONS.iter().map(|p| p.kind).collect();
        let colours: HashSet<_> = ORGANISATIONS.iter().map(|p| p.colour).collect();
        assert_eq!(kinds.len(), 8);
        assert_eq!(colours.len(), 8);
    }
}
