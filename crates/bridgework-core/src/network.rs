//! The network as the analyses see it on one day: the person graph, each
//! tie's strength, and which people each team holds (sub-teams included).

use crate::Date;
use crate::graph::PersonGraph;
use crate::map::{Map, PersonIx, TeamIx, TieIx};
use crate::strength::{StrengthModel, TieStrength};
use petgraph::visit::EdgeRef;

/// Everything an analysis needs about the map on `day`, computed once.
#[derive(Debug)]
pub struct Network<'m> {
    pub map: &'m Map,
    pub day: Date,
    pub model: StrengthModel,
    pub graph: PersonGraph,
    strengths: Vec<TieStrength>,
    /// Each team's range in `people_by_team`: a team's people, then each
    /// sub-team's, so "team A with its sub-teams" is one contiguous range.
    team_range: Vec<(u32, u32)>,
    /// People in post, ordered by a depth-first walk of the team trees.
    people_by_team: Vec<PersonIx>,
}

impl<'m> Network<'m> {
    pub fn new(map: &'m Map, day: Date, model: StrengthModel) -> Network<'m> {
        let graph = PersonGraph::build(map, day);
        let strengths = map.records().ties.iter().map(|t| model.strength(t, day)).collect();

        let teams = map.records().teams.len();
        let mut children: Vec<Vec<TeamIx>> = vec![Vec::new(); teams];
        let mut roots = Vec::new();
        for team in (0..teams).map(|t| TeamIx(t as u32)) {
            match map.team_parent(team) {
                Some(parent) => children[parent.index()].push(team),
                None => roots.push(team),
            }
        }
        let mut own_people: Vec<Vec<PersonIx>> = vec![Vec::new(); teams];
        for person in map.current_people(day) {
            if let Some(team) = map.person_team(person) {
                own_people[team.index()].push(person);
            }
        }
        let mut team_range = vec![(0, 0); teams];
        let mut people_by_team = Vec::new();
        // Iterative depth-first walk: deep trees must not overflow the stack.
        let mut stack: Vec<(TeamIx, bool)> = roots.iter().rev().map(|&t| (t, false)).collect();
        while let Some((team, done)) = stack.pop() {
            if done {
                team_range[team.index()].1 = people_by_team.len() as u32;
                continue;
            }
            team_range[team.index()].0 = people_by_team.len() as u32;
            people_by_team.extend_from_slice(&own_people[team.index()]);
            stack.push((team, true));
            stack.extend(children[team.index()].iter().rev().map(|&c| (c, false)));
        }
        Network { map, day, model, graph, strengths, team_range, people_by_team }
    }

    /// The strength of a tie, with its parts.
    pub fn strength(&self, tie: TieIx) -> &TieStrength {
        &self.strengths[tie.index()]
    }

    /// The people in post in `team` and its sub-teams.
    pub fn members(&self, team: TeamIx) -> &[PersonIx] {
        let (start, end) = self.team_range[team.index()];
        &self.people_by_team[start as usize..end as usize]
    }

    /// Whether `person` is in `team` or one of its sub-teams.
    pub fn in_team(&self, person: PersonIx, team: TeamIx) -> bool {
        self.map.person_team(person).is_some_and(|own| self.map.team_ancestry(own).any(|t| t == team))
    }

    /// The current ties of a person in post: (the other person, the tie).
    pub fn ties_of(&self, person: PersonIx) -> impl Iterator<Item = (PersonIx, TieIx)> + '_ {
        self.graph.node(person).into_iter().flat_map(move |node| {
            self.graph.graph.edges(node).map(move |edge| {
                let other = if edge.source() == node { edge.target() } else { edge.source() };
                (self.graph.graph[other], *edge.weight())
            })
        })
    }

    pub fn person_name(&self, person: PersonIx) -> &str {
        &self.map.records().people[person.index()].name
    }

    pub fn team_name(&self, team: TeamIx) -> &str {
        &self.map.records().teams[team.index()].name
    }
}
