//! The partnerships of a local system, each with a purpose, a start date and
//! dated self-assessments, the same for the demo and every synthetic system.

use crate::structure::{Ids, Structure, days_before};
use bridgework_core::{Assessment, Date, OrgKind, Partnership, PartnershipModel};

/// A partnership of the organisations of `kinds` (all of them if empty).
/// `{place}` in the name and purpose is the system's place.
struct PartnershipPlan {
    slug: &'static str,
    name: &'static str,
    model: PartnershipModel,
    purpose: &'static str,
    kinds: &'static [OrgKind],
    started_ago: u32,
    /// Days before `as_of`, and the five scores in the format's order: shared
    /// purpose, shared values, agreed processes, trust & commitment, communication.
    assessments: &'static [(u32, [u8; 5])],
}

const PARTNERSHIPS: &[PartnershipPlan] = &[
    PartnershipPlan {
        slug: "place-partnership",
        name: "{place} Place Partnership",
        model: PartnershipModel::Mandated,
        purpose: "Join up health and care for the people of {place}: one place plan, pooled budgets through the \
                  Better Care Fund, and shared outcomes for older people and people with long-term conditions.",
        kinds: &[],
        started_ago: 1300,
        assessments: &[(700, [3, 3, 2, 2, 2]), (380, [4, 3, 3, 3, 3]), (35, [4, 4, 3, 3, 3])],
    },
    PartnershipPlan {
        slug: "discharge-alliance",
        name: "{place} Discharge to Assess Alliance",
        model: PartnershipModel::Voluntary,
        purpose: "Get people home from hospital on the day they are medically fit, with the right support, and \
                  assess their longer-term needs at home rather than on a ward.",
        kinds: &[
            OrgKind::Acute,
            OrgKind::Community,
            OrgKind::LocalAuthority,
            OrgKind::Voluntary,
            OrgKind::Commissioner,
        ],
        started_ago: 950,
        assessments: &[(500, [4, 3, 2, 3, 2]), (200, [4, 4, 3, 3, 3]), (20, [5, 4, 3, 4, 3])],
    },
    PartnershipPlan {
        slug: "end-of-life-collaborative",
        name: "{place} End of Life Care Collaborative",
        model: PartnershipModel::Structural,
        purpose: "One end of life care offer across hospital, hospice, community and primary care, with a shared \
                  care register and a 24-hour advice line.",
        kinds: &[OrgKind::Hospice, OrgKind::Acute, OrgKind::Community, OrgKind::PrimaryCare, OrgKind::Commissioner],
        started_ago: 1800,
        assessments: &[(420, [4, 4, 3, 4, 3]), (60, [4, 4, 3, 4, 4])],
    },
    PartnershipPlan {
        slug: "care-home-in-reach",
        name: "{place} Care Home Mental Health In-reach",
        model: PartnershipModel::Individual,
        purpose: "Started by an older people's mental health nurse and a care home GP: joint reviews of residents \
                  living with dementia and distress, before there is a crisis.",
        kinds: &[OrgKind::MentalHealth, OrgKind::PrimaryCare],
        started_ago: 400,
        assessments: &[(300, [3, 3, 1, 3, 2]), (45, [3, 3, 2, 3, 2])],
    },
];

/// The partnerships of every system of `s`; `places` names each system.
pub(crate) fn partnerships(
    s: &Structure,
    places: &[String],
    ids: Ids,
    as_of: Date,
) -> (Vec<Partnership>, Vec<Assessment>) {
    let mut partnerships = Vec::new();
    let mut assessments = Vec::new();
    for (system, place) in places.iter().enumerate() {
        for plan in PARTNERSHIPS {
            let org_ids: Vec<String> = s
                .organisations
                .iter()
                .zip(&s.org_system)
                .filter(|(org, sys)| {
                    **sys == system as u32 && (plan.kinds.is_empty() || plan.kinds.contains(&org.kind))
                })
                .map(|(org, _)| org.id.clone())
                .collect();
            if org_ids.len() < 2 {
                continue;
            }
            let id = match ids {
                Ids::Readable if system == 0 => plan.slug.to_string(),
                Ids::Readable => format!("{}-{}", plan.slug, system + 1),
                Ids::Short => format!("PS{:03}", partnerships.len() + 1),
            };
            for &(days, [purpose, values, processes, trust, communication]) in plan.assessments {
                assessments.push(Assessment {
                    partnership_id: id.clone(),
                    date: days_before(as_of, days),
                    shared_purpose: purpose,
                    shared_values: values,
                    agreed_processes: processes,
                    trust_commitment: trust,
                    communication,
                });
            }
            partnerships.push(Partnership {
                id,
                name: plan.name.replace("{place}", place),
                model: Some(plan.model),
                purpose: Some(plan.purpose.replace("{place}", place)),
                started: Some(days_before(as_of, plan.started_ago)),
                org_ids,
            });
        }
    }
    (partnerships, assessments)
}
