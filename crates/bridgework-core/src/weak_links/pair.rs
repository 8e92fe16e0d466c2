//! The findings for one pair of sides (two teams, or two organisations): the
//! direct ties, their redundancy, the routes through one intermediary, and the
//! best introduction path.

use super::matching::maximum_matching;
use crate::Date;
use crate::map::{PersonIx, TieIx};
use crate::network::Network;
use crate::vocabulary::Level;
use std::collections::HashMap;

/// Which side of the pair each person is on; reused across pairs so that
/// marking costs only the two sides' sizes.
#[derive(Debug)]
pub(crate) struct Sides {
    mark: Vec<u8>,
}

const NEITHER: u8 = 0;
const SIDE_A: u8 = 1;
const SIDE_B: u8 = 2;

impl Sides {
    pub(crate) fn new(people: usize) -> Sides {
        Sides { mark: vec![NEITHER; people] }
    }

    fn set(&mut self, people: &[PersonIx], mark: u8) {
        for p in people {
            self.mark[p.index()] = mark;
        }
    }

    fn of(&self, person: PersonIx) -> u8 {
        self.mark[person.index()]
    }
}

/// A tie with one end on each side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DirectTie {
    pub a: PersonIx,
    pub b: PersonIx,
    pub tie: TieIx,
    pub strength: f64,
}

/// Someone outside both sides who knows people on each.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Intermediary {
    pub person: PersonIx,
    /// Their strongest tie to each side.
    pub to_a: (PersonIx, f64),
    pub to_b: (PersonIx, f64),
}

/// A chain of people from side A to side B, each knowing the next.
#[derive(Debug, Clone, PartialEq)]
pub struct Introduction {
    /// From a person on side A to a person on side B.
    pub path: Vec<PersonIx>,
    /// The product of the tie strengths along the path.
    pub strength: f64,
}

/// What was found between two sides.
#[derive(Debug, Clone, PartialEq)]
pub struct PairFindings {
    pub direct: Vec<DirectTie>,
    /// Summed strength of the direct ties.
    pub strength: f64,
    /// The distinct people on each side with a direct tie.
    pub people_a: Vec<PersonIx>,
    pub people_b: Vec<PersonIx>,
    /// The levels those people are at.
    pub levels_a: Vec<Level>,
    pub levels_b: Vec<Level>,
    pub latest_contact: Option<Date>,
    /// d(A,B): the most direct ties that share no person.
    pub redundancy: usize,
    /// Such a set of ties (indices into `direct`).
    pub independent: Vec<usize>,
    /// When d = 1: the people each of whom carries every direct tie.
    pub critical: Vec<PersonIx>,
    /// When d = 0: the people who know someone on both sides, strongest route first.
    /// r(A,B), the fewest departures that cut every such route, is their number.
    pub intermediaries: Vec<Intermediary>,
    /// When d = 0: the strongest chain of at most three ties from A to B.
    pub introduction: Option<Introduction>,
}

/// Analyses one pair. `a` and `b` are the people in post on each side.
pub(crate) fn analyse(net: &Network<'_>, sides: &mut Sides, a: &[PersonIx], b: &[PersonIx]) -> PairFindings {
    sides.set(a, SIDE_A);
    sides.set(b, SIDE_B);
    let findings = findings(net, sides, a);
    sides.set(a, NEITHER);
    sides.set(b, NEITHER);
    findings
}

fn findings(net: &Network<'_>, sides: &Sides, a: &[PersonIx]) -> PairFindings {
    let people = &net.map.records().people;
    let ties = &net.map.records().ties;
    let mut direct = Vec::new();
    for &p in a {
        for (q, tie) in net.ties_of(p) {
            if sides.of(q) == SIDE_B {
                direct.push(DirectTie { a: p, b: q, tie, strength: net.strength(tie).value });
            }
        }
    }
    direct.sort_by_key(|d| (d.a, d.b, d.tie));

    let distinct = |ends: Vec<PersonIx>| -> Vec<PersonIx> {
        let mut ends = ends;
        ends.sort_unstable();
        ends.dedup();
        ends
    };
    let people_a = distinct(direct.iter().map(|d| d.a).collect());
    let people_b = distinct(direct.iter().map(|d| d.b).collect());
    let levels = |ps: &[PersonIx]| -> Vec<Level> {
        let mut levels: Vec<Level> = ps.iter().filter_map(|p| people[p.index()].level).collect();
        levels.sort_unstable();
        levels.dedup();
        levels
    };

    let position = |ps: &[PersonIx], p: PersonIx| ps.binary_search(&p).expect("an end of a direct tie");
    let edges: Vec<(usize, usize)> =
        direct.iter().map(|d| (position(&people_a, d.a), position(&people_b, d.b))).collect();
    let independent = maximum_matching(&edges, people_a.len(), people_b.len());
    let critical = if independent.len() == 1 {
        let first = direct[0];
        [first.a, first.b].into_iter().filter(|&p| direct.iter().all(|d| d.a == p || d.b == p)).collect()
    } else {
        Vec::new()
    };

    let (intermediaries, introduction) = if direct.is_empty() { routes(net, sides, a) } else { (Vec::new(), None) };
    PairFindings {
        // Adding zero turns the empty sum, -0.0, into 0.0.
        strength: direct.iter().map(|d| d.strength).sum::<f64>() + 0.0,
        levels_a: levels(&people_a),
        levels_b: levels(&people_b),
        latest_contact: direct.iter().filter_map(|d| ties[d.tie.index()].last_contact).max(),
        redundancy: independent.len(),
        independent,
        critical,
        people_a,
        people_b,
        direct,
        intermediaries,
        introduction,
    }
}

/// The intermediaries between the sides and the strongest introduction path of
/// at most three ties, by a search three layers deep from side A that keeps,
/// for each person reached, the strongest chain to them.
fn routes(net: &Network<'_>, sides: &Sides, a: &[PersonIx]) -> (Vec<Intermediary>, Option<Introduction>) {
    // First layer: people outside A tied to someone in A, with their best tie in.
    let mut first: HashMap<PersonIx, (f64, PersonIx)> = HashMap::new();
    for &p in a {
        for (c, tie) in net.ties_of(p) {
            if sides.of(c) == NEITHER {
                keep_best(&mut first, c, net.strength(tie).value, p);
            }
        }
    }
    let mut intermediaries = Vec::new();
    let mut second: HashMap<PersonIx, (f64, PersonIx)> = HashMap::new();
    let mut best: Option<Introduction> = None;
    for (&c, &(to_c, from)) in &first {
        let mut best_b: Option<(PersonIx, f64)> = None;
        for (y, tie) in net.ties_of(c) {
            let s = net.strength(tie).value;
            match sides.of(y) {
                SIDE_B if best_b.is_none_or(|(q, bs)| s > bs || (s == bs && y < q)) => best_b = Some((y, s)),
                NEITHER => keep_best(&mut second, y, to_c * s, c),
                _ => {}
            }
        }
        if let Some((q, s)) = best_b {
            intermediaries.push(Intermediary { person: c, to_a: (from, to_c), to_b: (q, s) });
            consider(&mut best, Introduction { path: vec![from, c, q], strength: to_c * s });
        }
    }
    for (&y, &(to_y, c)) in &second {
        for (q, tie) in net.ties_of(y) {
            if sides.of(q) == SIDE_B {
                let from = first[&c].1;
                consider(
                    &mut best,
                    Introduction { path: vec![from, c, y, q], strength: to_y * net.strength(tie).value },
                );
            }
        }
    }
    intermediaries
        .sort_by(|x, y| (y.to_a.1 * y.to_b.1).total_cmp(&(x.to_a.1 * x.to_b.1)).then(x.person.cmp(&y.person)));
    (intermediaries, best)
}

/// Keeps the strongest way to reach `person`; among equals, the lowest index, so
/// that results do not depend on hash order.
fn keep_best(best: &mut HashMap<PersonIx, (f64, PersonIx)>, person: PersonIx, strength: f64, via: PersonIx) {
    let entry = best.entry(person).or_insert((strength, via));
    if strength > entry.0 || (strength == entry.0 && via < entry.1) {
        *entry = (strength, via);
    }
}

/// Keeps the stronger introduction; among equals the shorter, then the one
/// through lower indices, so that results repeat.
fn consider(best: &mut Option<Introduction>, candidate: Introduction) {
    let better = match best {
        None => true,
        Some(current) => {
            candidate.strength > current.strength
                || (candidate.strength == current.strength
                    && (candidate.path.len(), &candidate.path) < (current.path.len(), &current.path))
        }
    };
    if better {
        *best = Some(candidate);
    }
}
