//! Where every node of the map goes, computed once when first drawn (one
//! layout of every level costs little more than one of the organisations
//! alone) and kept until someone places a node by hand, which moves others
//! around it.

use bridgework_core::Network;
use bridgework_core::layout::{LayoutLevel, LayoutRequest, layout};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Node key → (x, y, disc radius), for every organisation, team and person.
pub(super) type Placed = HashMap<String, (f64, f64, f64)>;

#[derive(Debug, Default)]
pub(super) struct LayoutCache {
    placed: Mutex<Option<Arc<Placed>>>,
}

impl LayoutCache {
    /// Every node's place, laid out around `pins` when not cached.
    pub(super) fn get(&self, net: &Network<'_>, pins: impl FnOnce() -> HashMap<String, (f64, f64)>) -> Arc<Placed> {
        let mut placed = self.placed.lock().unwrap_or_else(|e| e.into_inner());
        placed
            .get_or_insert_with(|| {
                let pinned = pins();
                let everything = layout(net, &LayoutRequest { level: LayoutLevel::Everything, pinned: &pinned });
                Arc::new(everything.nodes.into_iter().map(|n| (n.key, (n.x, n.y, n.size))).collect())
            })
            .clone()
    }

    pub(super) fn clear(&self) {
        *self.placed.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}
