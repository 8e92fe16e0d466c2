//! Maximum bipartite matching (Kuhn's augmenting paths): the most direct ties
//! between two teams that share no person.
//!
//! By König's theorem this equals the fewest people whose departure removes
//! every direct tie. Cost: O(V·E) on the direct ties of one pair, which are
//! few; a greedy first pass matches most of them before any search.

/// The largest set of edges (indices into `edges`) that share no left or right
/// end. Left and right ends are numbered independently.
pub(crate) fn maximum_matching(edges: &[(usize, usize)], left: usize, right: usize) -> Vec<usize> {
    let mut adjacent: Vec<Vec<(usize, usize)>> = vec![Vec::new(); left];
    for (i, &(l, r)) in edges.iter().enumerate() {
        adjacent[l].push((r, i));
    }
    let mut right_match: Vec<Option<(usize, usize)>> = vec![None; right]; // (left, edge)
    let mut unmatched = Vec::new();
    for (l, neighbours) in adjacent.iter().enumerate() {
        match neighbours.iter().find(|(r, _)| right_match[*r].is_none()) {
            Some(&(r, i)) => right_match[r] = Some((l, i)),
            None => unmatched.push(l),
        }
    }
    let mut visited = vec![false; right];
    for l in unmatched {
        visited.fill(false);
        augment(l, &adjacent, &mut right_match, &mut visited);
    }
    let mut matched: Vec<usize> = right_match.into_iter().flatten().map(|(_, i)| i).collect();
    matched.sort_unstable();
    matched
}

/// A step of the search: a left vertex, the next of its neighbours to try, and
/// the (right vertex, edge) through which the search arrived at it.
type Frame = (usize, usize, Option<(usize, usize)>);

/// Looks for an augmenting path from `start`, iteratively: a long path must not
/// overflow the stack.
fn augment(
    start: usize,
    adjacent: &[Vec<(usize, usize)>],
    right_match: &mut [Option<(usize, usize)>],
    visited: &mut [bool],
) -> bool {
    let mut stack: Vec<Frame> = vec![(start, 0, None)];
    while let Some(frame) = stack.last_mut() {
        let l = frame.0;
        let Some(&(r, edge)) = adjacent[l].get(frame.1) else {
            stack.pop();
            continue;
        };
        frame.1 += 1;
        if visited[r] {
            continue;
        }
        visited[r] = true;
        match right_match[r] {
            None => {
                // Flip the path: each frame's left vertex takes the right vertex
                // the following step arrived through.
                let mut arriving = Some((r, edge));
                while let Some((l, _, came)) = stack.pop() {
                    let (r, edge) = arriving.expect("every frame on the path has an exit");
                    right_match[r] = Some((l, edge));
                    arriving = came;
                }
                return true;
            }
            Some((owner, _)) => stack.push((owner, 0, Some((r, edge)))),
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::maximum_matching;

    #[test]
    fn a_star_matches_once() {
        // One left person tied to three right people: d = 1.
        assert_eq!(maximum_matching(&[(0, 0), (0, 1), (0, 2)], 1, 3).len(), 1);
    }

    #[test]
    fn augmenting_paths_beat_the_greedy_pass() {
        // Greedy takes 0–0, then 1 can only have 0: an augmenting path moves 0 to 1.
        let edges = [(0, 0), (0, 1), (1, 0)];
        assert_eq!(maximum_matching(&edges, 2, 2), vec![1, 2]);
    }

    #[test]
    fn a_long_chain_needs_a_long_augmenting_path() {
        // l_i – r_i and l_i – r_{i+1}; greedy matches l_i – r_i for all but the
        // order is reversed so the search must walk the chain.
        let n = 10_000;
        let mut edges = Vec::new();
        for i in (0..n).rev() {
            edges.push((i, i + 1));
            edges.push((i, i));
        }
        assert_eq!(maximum_matching(&edges, n, n + 1).len(), n);
    }

    #[test]
    fn the_matching_is_a_matching() {
        let edges = [(0, 0), (0, 1), (1, 1), (2, 1), (2, 2), (3, 2)];
        let matched = maximum_matching(&edges, 4, 3);
        assert_eq!(matched.len(), 3);
        let mut lefts: Vec<usize> = matched.iter().map(|&i| edges[i].0).collect();
        let mut rights: Vec<usize> = matched.iter().map(|&i| edges[i].1).collect();
        lefts.dedup();
        rights.sort_unstable();
        rights.dedup();
        assert_eq!((lefts.len(), rights.len()), (3, 3));
    }
}
