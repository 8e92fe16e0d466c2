//! Cut points: people whose leaving cuts others off.
//!
//! A cut point (articulation point) is a node whose removal splits its
//! connected component. For each one we say exactly who ends up on which
//! side: "if X leaves, these people lose their only route to the rest".
//!
//! Who is cut off falls out of one depth-first walk (see `depth_first`): the
//! people hanging on X through a child are that child's subtree, a contiguous
//! run of the walk's preorder, and whoever is left (X's parent side plus the
//! children that reach round X) is the rest of the component. So each piece is
//! stored as a few runs of one shared preorder, not as its own list: listing
//! pieces explicitly for every cut point would cost O(n²) on a long chain of
//! people, while this stays O(n + m) whatever the shape.

use super::adjacency::Adjacency;
use super::depth_first::{DepthFirst, NONE};
use petgraph::graph::{NodeIndex, UnGraph};
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// A cut point and the pieces its removal leaves.
#[derive(Debug, Clone)]
pub struct Cut {
    /// The person whose leaving splits their component.
    pub node: NodeIndex,
    /// Every piece except the largest, smallest first: the people who would
    /// lose their only route to the rest.
    pub separated: Vec<Piece>,
    /// The size of the largest piece, "the rest" the others are cut off from.
    /// When pieces tie for largest, the one holding the side the walk came
    /// from counts as the rest.
    pub rest: usize,
}

/// A set of people left connected to each other once a cut point is removed.
///
/// Cheap to hold: the nodes are runs of one preorder shared by all pieces of
/// one [`articulation_points`] call.
#[derive(Clone)]
pub struct Piece {
    order: Arc<[NodeIndex]>,
    runs: Vec<Range<usize>>,
    size: usize,
}

impl Piece {
    /// The number of people in the piece.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The people in the piece, in the order the walk met them.
    pub fn nodes(&self) -> impl Iterator<Item = NodeIndex> + '_ {
        self.runs.iter().flat_map(|run| self.order[run.clone()].iter().copied())
    }
}

impl fmt::Debug for Piece {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.nodes().map(|v| v.index())).finish()
    }
}

/// The cut points of `graph`, by node index, each with the pieces its removal
/// leaves.
///
/// **Meaning:** if this person leaves, the people in `separated` lose every
/// path to the other `rest` people of their component (and to each other
/// piece). Weights are ignored: a tie is a route however weak.
///
/// **Cost:** O(n + m) time and O(n) memory for the whole graph, whatever the
/// number or sizes of the pieces (well under a second for 100,000 people and
/// 700,000 ties); listing a piece costs its size.
pub fn articulation_points<N>(graph: &UnGraph<N, f64>) -> Vec<Cut> {
    let adjacency = Adjacency::new(graph);
    let walk = DepthFirst::new(&adjacency);
    let order: Arc<[NodeIndex]> = walk.order.iter().map(|&v| NodeIndex::new(v as usize)).collect();

    // (cut point, child hanging on it), children in preorder within each cut
    // point thanks to the stable sort.
    let mut hanging: Vec<(u32, u32)> = walk
        .order
        .iter()
        .filter(|&&c| walk.hangs_on_parent(c as usize))
        .map(|&c| (walk.parent[c as usize], c))
        .collect();
    hanging.sort_by_key(|&(v, _)| v);

    let mut cuts = Vec::new();
    for group in hanging.chunk_by(|a, b| a.0 == b.0) {
        let v = group[0].0 as usize;
        let is_root = walk.parent[v] == NONE;
        // Every child of a root hangs on it, yet a root with one child cuts nothing off.
        if is_root && group.len() < 2 {
            continue;
        }
        let piece = |runs: Vec<Range<usize>>| {
            let size = runs.iter().map(|r| r.len()).sum();
            Piece { order: Arc::clone(&order), runs, size }
        };
        let mut pieces: Vec<Piece> = group.iter().map(|&(_, c)| piece(vec![walk.subtree(c as usize)])).collect();
        if !is_root {
            // The rest of the component: all of it but v and the hanging subtrees.
            let component = walk.subtree(walk.root[v] as usize);
            let mut runs = Vec::with_capacity(group.len() + 2);
            runs.push(component.start..walk.pre[v] as usize);
            let mut cursor = walk.pre[v] as usize + 1;
            for &(_, c) in group {
                let subtree = walk.subtree(c as usize);
                runs.push(cursor..subtree.start);
                cursor = subtree.end;
            }
            runs.push(cursor..component.end);
            runs.retain(|r| !r.is_empty());
            pieces.push(piece(runs));
        }
        // Stable, so among equally large pieces the rest (pushed last) stays last.
        pieces.sort_by_key(Piece::size);
        let rest = pieces.pop().map_or(0, |p| p.size);
        cuts.push(Cut { node: NodeIndex::new(v), separated: pieces, rest });
    }
    cuts
}
