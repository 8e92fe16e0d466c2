//! One depth-first walk that both cut points and bridges read.
//!
//! Hopcroft and Tarjan's low-link walk: each node gets its place in preorder
//! and the lowest preorder place reachable from its subtree by tree edges
//! down and then one other edge up. A child whose subtree cannot climb above
//! its parent hangs on that parent alone. Because a subtree is a contiguous
//! run of the preorder, the walk also gives, for free, the exact set of
//! people behind each cut (see `cut_points`), with no search per node.
//!
//! The walk is iterative (no recursion), so a chain of 100,000 people cannot
//! overflow the stack. It skips the edge it arrived by, not the node it came
//! from, so two parallel edges between the same pair are correctly not a
//! bridge.

use super::adjacency::Adjacency;

/// Marks "no node" / "no edge" in the `u32` arrays below.
pub(crate) const NONE: u32 = u32::MAX;

/// The result of the walk, indexed by node unless said otherwise.
#[derive(Debug)]
pub(crate) struct DepthFirst {
    /// Nodes in preorder; each subtree is a contiguous run.
    pub(crate) order: Vec<u32>,
    /// Each node's position in `order`.
    pub(crate) pre: Vec<u32>,
    /// The lowest `pre` reachable from the node's subtree through one non-tree edge.
    pub(crate) low: Vec<u32>,
    /// The parent in the walk's tree, or [`NONE`] for the first node of a component.
    pub(crate) parent: Vec<u32>,
    /// The edge to the parent, or [`NONE`].
    pub(crate) parent_edge: Vec<u32>,
    /// The number of nodes in the node's subtree, itself included.
    pub(crate) size: Vec<u32>,
    /// The first node of the node's connected component (the tree's root).
    pub(crate) root: Vec<u32>,
}

impl DepthFirst {
    /// Walks every component in O(n + m).
    pub(crate) fn new(adjacency: &Adjacency) -> DepthFirst {
        let n = adjacency.node_count();
        let mut walk = DepthFirst {
            order: Vec::with_capacity(n),
            pre: vec![NONE; n],
            low: vec![NONE; n],
            parent: vec![NONE; n],
            parent_edge: vec![NONE; n],
            size: vec![1; n],
            root: vec![NONE; n],
        };
        // Each frame is a node and how many of its neighbours it has looked at.
        let mut stack: Vec<(u32, usize)> = Vec::new();
        for start in 0..n as u32 {
            if walk.pre[start as usize] != NONE {
                continue;
            }
            walk.enter(start, NONE, NONE, start);
            stack.push((start, 0));
            while let Some(frame) = stack.last_mut() {
                let v = frame.0 as usize;
                if let Some(&w) = adjacency.neighbours(v).get(frame.1) {
                    let edge = adjacency.edges(v)[frame.1];
                    frame.1 += 1;
                    if edge == walk.parent_edge[v] {
                        continue;
                    }
                    if walk.pre[w as usize] == NONE {
                        walk.enter(w, v as u32, edge, start);
                        stack.push((w, 0));
                    } else {
                        walk.low[v] = walk.low[v].min(walk.pre[w as usize]);
                    }
                } else {
                    stack.pop();
                    let p = walk.parent[v];
                    if p != NONE {
                        let p = p as usize;
                        walk.low[p] = walk.low[p].min(walk.low[v]);
                        walk.size[p] += walk.size[v];
                    }
                }
            }
        }
        walk
    }

    fn enter(&mut self, v: u32, parent: u32, edge: u32, root: u32) {
        let v_ = v as usize;
        self.pre[v_] = self.order.len() as u32;
        self.low[v_] = self.pre[v_];
        self.parent[v_] = parent;
        self.parent_edge[v_] = edge;
        self.root[v_] = root;
        self.order.push(v);
    }

    /// Whether the tree edge from `child` up to its parent is the child
    /// subtree's only way out: nothing in the subtree reaches the parent or
    /// above by another edge.
    pub(crate) fn hangs_on_parent(&self, child: usize) -> bool {
        let p = self.parent[child];
        p != NONE && self.low[child] >= self.pre[p as usize]
    }

    /// Whether the tree edge from `child` up to its parent is a bridge: no
    /// other edge joins the child's subtree to the rest, not even one back to
    /// the parent.
    pub(crate) fn is_bridge_to_parent(&self, child: usize) -> bool {
        let p = self.parent[child];
        p != NONE && self.low[child] > self.pre[p as usize]
    }

    /// The run of `order` holding `v`'s subtree.
    pub(crate) fn subtree(&self, v: usize) -> std::ops::Range<usize> {
        let start = self.pre[v] as usize;
        start..start + self.size[v] as usize
    }
}
