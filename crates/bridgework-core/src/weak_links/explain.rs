//! The reason and suggested action for a pair, in plain English, naming real
//! people and teams.

use super::category::{Category, Thresholds};
use super::pair::PairFindings;
use crate::map::PersonIx;
use crate::network::Network;

/// Names a list of people: "A", "A and B", "A, B and C", "A, B, C and 4 others".
fn people_list(net: &Network<'_>, people: &[PersonIx]) -> String {
    let names: Vec<&str> = people.iter().take(3).map(|&p| net.person_name(p)).collect();
    match (names.len(), people.len()) {
        (0, _) => "nobody".to_string(),
        (1, 1) => names[0].to_string(),
        (n, total) if total == n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
        (_, total) => format!("{} and {} others", names.join(", "), total - names.len()),
    }
}

fn levels(levels: &[crate::Level]) -> String {
    let words: Vec<&str> = levels.iter().map(|l| l.as_str()).collect();
    match words.len() {
        0 => "unrecorded levels".to_string(),
        1 => format!("{} level", words[0]),
        n => format!("{} and {} levels", words[..n - 1].join(", "), words[n - 1]),
    }
}

fn path(net: &Network<'_>, path: &[PersonIx]) -> String {
    path.iter().map(|&p| net.person_name(p)).collect::<Vec<_>>().join(" → ")
}

/// Why the pair is in its category.
pub(crate) fn reason(
    net: &Network<'_>,
    (a, b): (&str, &str),
    findings: &PairFindings,
    categories: &[Category],
    thresholds: &Thresholds,
) -> String {
    let n = findings.direct.len();
    let ties = if n == 1 { "1 direct tie".to_string() } else { format!("{n} direct ties") };
    let mut text = match categories[0] {
        Category::Missing => {
            let mut text = format!("Nobody in {a} knows anyone in {b}, and nobody knows people in both.");
            if let Some(intro) = &findings.introduction {
                text.push_str(&format!(" The closest route takes three introductions: {}.", path(net, &intro.path)));
            }
            text
        }
        Category::IndirectOnly => {
            let go_betweens: Vec<PersonIx> = findings.intermediaries.iter().map(|i| i.person).collect();
            let who = if go_betweens.len() == 1 { "person knows" } else { "people know" };
            let mut text = format!(
                "Nobody in {a} knows anyone in {b} directly; {} {who} someone in both ({}).",
                go_betweens.len(),
                people_list(net, &go_betweens)
            );
            if let Some(intro) = &findings.introduction {
                text.push_str(&format!(
                    " The strongest introduction: {} (strength {:.2}).",
                    path(net, &intro.path),
                    intro.strength
                ));
            }
            text
        }
        Category::SinglePointOfFailure => match findings.critical.as_slice() {
            [one] => format!(
                "If {} leaves, {a} and {b} have no direct contact: all {ties} go through them.",
                net.person_name(*one)
            ),
            critical => format!(
                "If {} leaves, {a} and {b} have no direct contact: theirs is the only tie between the two.",
                critical.iter().map(|&p| net.person_name(p)).collect::<Vec<_>>().join(" or ")
            ),
        },
        Category::Stale => match findings.latest_contact {
            Some(last) => format!(
                "The {ties} between {a} and {b} have not been used for {} days (last contact {last}).",
                (net.day - last).num_days()
            ),
            None => format!("None of the {ties} between {a} and {b} has a date of last contact."),
        },
        Category::Thin if findings.redundancy == 2 => {
            let pairs: Vec<String> = findings
                .independent
                .iter()
                .map(|&i| {
                    let d = findings.direct[i];
                    format!("{} – {}", net.person_name(d.a), net.person_name(d.b))
                })
                .collect();
            format!("{a} and {b} rest on two independent ties: {}.", pairs.join(" and "))
        }
        Category::Thin => format!(
            "The {ties} between {a} and {b} add up to a strength of {:.2}, below {:.2}.",
            findings.strength, thresholds.thin_strength
        ),
        Category::TopHeavy => format!(
            "All {ties} between {a} and {b} are between senior staff ({}); nobody at middle or frontline level is in contact.",
            levels(&findings.levels_a)
        ),
        Category::Healthy => format!(
            "{} independent ties between {} people in {a} and {} in {b}, at {}{}.",
            findings.redundancy,
            findings.people_a.len(),
            findings.people_b.len(),
            levels(&merged_levels(findings)),
            findings.latest_contact.map(|d| format!(", last contact {d}")).unwrap_or_default()
        ),
    };
    if categories.len() > 1 {
        let also: Vec<&str> = categories[1..].iter().map(|c| c.as_str()).collect();
        text.push_str(&format!(" Also {}.", also.join(", ")));
    }
    text
}

fn merged_levels(findings: &PairFindings) -> Vec<crate::Level> {
    let mut all: Vec<crate::Level> = findings.levels_a.iter().chain(&findings.levels_b).copied().collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// What to do about it.
pub(crate) fn action(net: &Network<'_>, (a, b): (&str, &str), findings: &PairFindings, category: Category) -> String {
    match category {
        Category::Missing => match &findings.introduction {
            Some(intro) if intro.path.len() == 4 => format!(
                "Ask {} to introduce {} to {}, who knows {} in {b}; or arrange a first joint meeting between {a} and {b}.",
                net.person_name(intro.path[1]),
                net.person_name(intro.path[0]),
                net.person_name(intro.path[2]),
                net.person_name(intro.path[3])
            ),
            _ => format!(
                "Arrange a first joint meeting between {a} and {b}, or start with a simple piece of joint work."
            ),
        },
        Category::IndirectOnly => match &findings.introduction {
            Some(intro) if intro.path.len() == 3 => format!(
                "Ask {} to introduce {} ({a}) to {} ({b}).",
                net.person_name(intro.path[1]),
                net.person_name(intro.path[0]),
                net.person_name(intro.path[2])
            ),
            _ => format!("Ask one of the people who know both sides to introduce colleagues from {a} and {b}."),
        },
        Category::SinglePointOfFailure => {
            let carrier = findings.critical[0];
            let other_side = if findings.people_a.contains(&carrier) { b } else { a };
            format!(
                "Build a second relationship that does not depend on {}: introduce a colleague of theirs to someone in {other_side}.",
                net.person_name(carrier)
            )
        }
        Category::Stale => {
            let strongest = findings.direct.iter().max_by(|x, y| x.strength.total_cmp(&y.strength));
            match strongest {
                Some(d) => format!(
                    "Renew contact: a call or a joint meeting between {} and {}.",
                    net.person_name(d.a),
                    net.person_name(d.b)
                ),
                None => format!("Renew contact between {a} and {b}."),
            }
        }
        Category::Thin => format!(
            "Widen the link: pair more staff across {a} and {b}, beyond {}.",
            people_list(net, &[findings.people_a.as_slice(), findings.people_b.as_slice()].concat())
        ),
        Category::TopHeavy => format!(
            "Connect middle managers and frontline staff of {a} and {b}, for example through a joint huddle or shadowing."
        ),
        Category::Healthy => "Keep it up: no action needed.".to_string(),
    }
}
