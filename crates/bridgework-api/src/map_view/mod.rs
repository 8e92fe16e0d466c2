//! The open map as the desktop app's canvas uses it: loaded, checked and
//! analysed once ([`MapSession::open`]), then asked for scenes (what to
//! draw), details (what a panel shows), search suggestions and hand-placed
//! positions, each answered from memory.
//!
//! The session keeps the [`Map`] and its [`Network`] together (the network
//! borrows the map), the weak-link report for the day, and caches of what is
//! costly and asked for often: the layout of each level, and the brokerage
//! measures, computed the first time a panel or the size metric needs them.

mod counterparts;
mod details;
mod layout_cache;
mod partnerships;
mod scene;
mod search;
mod writes;

pub use details::{
    LinkDetail, MemberDetail, NodeDetails, NodeRef, OrganisationDetails, PersonDetails, PersonMetrics, TeamCount,
    TeamDetails, TieDetail,
};
pub use scene::{
    CategoryCount, CategoryMeaning, MarkKind, NodeKind, PersonMark, Scene, SceneEdge, SceneFilters, SceneNode,
    SceneRequest, SizeMetric,
};
pub(crate) use scene::{EdgeDetail, label};
pub use search::SearchHit;
pub use writes::Rewritten;

use crate::map_file::describe;
use crate::{ApiError, ErrorCode, MapInfo, Result};
use bridgework_core::brokerage::{BetweennessOptions, betweenness, constraint};
use bridgework_core::weak_links::{WeakLinkOptions, WeakLinkReport, weak_links};
use bridgework_core::{Date, Map, Network, NodeKey, PersonNetwork, Progress, StrengthModel};
use bridgework_store::{Position, Store};
use layout_cache::LayoutCache;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// Up to this many people, panels show exact betweenness; beyond, an
/// estimate from this many sampled sources.
const EXACT_BETWEENNESS_PEOPLE: usize = 256;

/// The view name hand-placed positions are saved under in the map file.
const MAP_VIEW: &str = "map";

/// How far long work has got, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProgressReport {
    pub stage: String,
    pub done: u64,
    pub total: u64,
}

self_cell::self_cell!(
    /// The map with its network on the session's day.
    struct Loaded {
        owner: Map,
        #[covariant]
        dependent: Network,
    }
    impl {Debug}
);

/// Brokerage measures by person index, for panels and the size metric.
#[derive(Debug)]
struct Brokerage {
    /// Normalised betweenness; 0 for people not in post.
    betweenness: Vec<f64>,
    /// Whether betweenness was estimated from sampled sources.
    estimated: bool,
    /// Burt's constraint; `None` for people with no ties or not in post.
    constraint: Vec<Option<f64>>,
}

/// A map loaded for the canvas. Cheap to query; shareable across threads.
#[derive(Debug)]
pub struct MapSession {
    path: PathBuf,
    info: MapInfo,
    loaded: Loaded,
    weak: WeakLinkReport,
    /// Hand-placed positions by node key, as the map file holds them.
    pins: Mutex<HashMap<String, (f64, f64)>>,
    layouts: LayoutCache,
    brokerage: OnceLock<Brokerage>,
    /// The cut points and bridges, computed the first time people are shown.
    structure: OnceLock<scene::Structure>,
}

/// The hand-placed positions the map file holds, by node key.
pub(crate) fn pins(store: &Store) -> Result<HashMap<String, (f64, f64)>> {
    Ok(store.positions(MAP_VIEW)?.into_iter().map(|p| (p.node, (p.x, p.y))).collect())
}

/// The stages of opening a map, in order, for progress reports.
const STAGES: [&str; 4] =
    ["Reading the map", "Checking the records", "Building the network", "Finding weak links and laying out"];

impl MapSession {
    /// Opens, checks and analyses the map at `path` for `day`. Reports each
    /// stage to `progress` and gives up with `ErrorCode::Cancelled` when asked.
    /// Never writes to the file.
    pub fn open(path: &Path, day: Date, progress: &dyn Progress) -> Result<MapSession> {
        let stage = |i: usize| -> Result<()> {
            if progress.cancelled() {
                return Err(ApiError::new(ErrorCode::Cancelled, format!("Stopped opening {}.", path.display())));
            }
            progress.report(STAGES[i], i as u64, STAGES.len() as u64);
            Ok(())
        };
        stage(0)?;
        let store = Store::open_read_only(path)?;
        let info = describe(&store, day)?;
        let records = store.load()?;
        let pins = pins(&store)?;
        drop(store);
        stage(1)?;
        let map = Map::new(records).map_err(|problems| crate::map_file::damaged(path, &problems))?;
        stage(2)?;
        let session = MapSession::analyse(path, info, pins, map, day, || stage(3))?;
        progress.report("Ready", STAGES.len() as u64, STAGES.len() as u64);
        Ok(session)
    }

    /// [`MapSession::open`] for a map just written by an edit
    /// ([`crate::Written`]): the records are not read or checked again, only
    /// what the file adds (its description and the hand-placed positions).
    pub fn from_written(path: &Path, map: Map, day: Date) -> Result<MapSession> {
        let store = Store::open_read_only(path)?;
        let info = describe(&store, day)?;
        let pins = pins(&store)?;
        drop(store);
        MapSession::analyse(path, info, pins, map, day, || Ok(()))
    }

    /// A session of `map`, a copy made from the map at `path` (a
    /// pseudonymised export's), with `pins` for its hand-placed positions
    /// rather than the file's.
    pub(crate) fn from_parts(
        path: &Path,
        map: Map,
        day: Date,
        pins: HashMap<String, (f64, f64)>,
    ) -> Result<MapSession> {
        let info = describe(&Store::open_read_only(path)?, day)?;
        MapSession::analyse(path, info, pins, map, day, || Ok(()))
    }

    /// Builds the network, and works out the weak links and (for the first
    /// scene) the layout side by side; `ready` is asked once the network is
    /// built, and may stop the work.
    fn analyse(
        path: &Path,
        info: MapInfo,
        pins: HashMap<String, (f64, f64)>,
        map: Map,
        day: Date,
        ready: impl FnOnce() -> Result<()>,
    ) -> Result<MapSession> {
        let loaded = Loaded::new(map, |map| Network::new(map, day, StrengthModel::default()));
        ready()?;
        let layouts = LayoutCache::default();
        let net = loaded.borrow_dependent();
        let (weak, _) =
            rayon::join(|| weak_links(net, &WeakLinkOptions::default()), || layouts.get(net, || pins.clone()));
        Ok(MapSession {
            path: path.to_path_buf(),
            info,
            weak,
            pins: Mutex::new(pins),
            layouts,
            brokerage: OnceLock::new(),
            structure: OnceLock::new(),
            loaded,
        })
    }

    /// What the map holds.
    pub fn info(&self) -> &MapInfo {
        &self.info
    }

    /// The organisations, with their teams and people in post, in the order
    /// the map keeps them. Each has the colour the canvas draws it in: its
    /// own, or the palette's when the map gives none.
    pub fn organisations(&self) -> Vec<crate::OrganisationSummary> {
        let mut summaries = crate::map_file::organisation_summaries(self.map(), self.day());
        for (o, summary) in summaries.iter_mut().enumerate() {
            summary.colour = Some(scene::colour(self.map(), bridgework_core::OrgIx(o as u32)));
        }
        summaries
    }

    /// The canvas for `request`.
    pub fn scene(&self, request: &SceneRequest) -> Result<Scene> {
        scene::build(self, request)
    }

    /// [`MapSession::scene`], with what an export says of each edge besides.
    pub(crate) fn scene_detailed(&self, request: &SceneRequest) -> Result<(Scene, Vec<EdgeDetail>)> {
        scene::build_detailed(self, request)
    }

    /// The details panel of the node `key` (`org:ID`, `team:ID`, `person:ID`).
    pub fn details(&self, key: &str) -> Result<NodeDetails> {
        details::build(self, key)
    }

    /// Up to `limit` people, teams and organisations matching `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        search::find(self.map(), self.day(), query, limit)
    }

    /// A page of one of the Data page's tables.
    pub fn rows(&self, request: &crate::RowsRequest) -> Result<crate::RowsPage> {
        crate::data::rows(self.map(), request)
    }

    /// What deleting the record `key` of `table` would take with it.
    pub fn delete_plan(&self, table: crate::DataTable, key: &str) -> Result<crate::DeletePlan> {
        crate::data::delete_plan(self.map().records(), table, key)
    }

    /// The likely duplicate people among those in post.
    pub fn duplicates(&self) -> Vec<crate::DuplicatePair> {
        crate::data::duplicate_pairs(self.map(), self.day())
    }

    /// Places the node `key` at (`x`, `y`) and saves it in the map file, so
    /// reopening (and later imports, which keep positions by the
    /// spreadsheet's ids) keep it there.
    pub fn place(&self, key: &str, x: f64, y: f64) -> Result<()> {
        if !x.is_finite() || !y.is_finite() {
            return Err(ApiError::new(ErrorCode::InvalidInput, format!("cannot place {key} at ({x}, {y})")));
        }
        node_of(self.map(), key)?;
        let mut store = Store::open(&self.path)?;
        store.save_positions(MAP_VIEW, &[Position { node: key.to_string(), x, y }])?;
        self.pins.lock().unwrap_or_else(|e| e.into_inner()).insert(key.to_string(), (x, y));
        self.layouts.clear();
        Ok(())
    }

    /// Forgets every hand-placed position, in the file too.
    pub fn reset_layout(&self) -> Result<()> {
        let mut store = Store::open(&self.path)?;
        store.clear_positions(MAP_VIEW)?;
        self.pins.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.layouts.clear();
        Ok(())
    }

    pub(crate) fn map(&self) -> &Map {
        self.loaded.borrow_owner()
    }

    fn net(&self) -> &Network<'_> {
        self.loaded.borrow_dependent()
    }

    pub(crate) fn day(&self) -> Date {
        self.net().day
    }

    pub(crate) fn pins(&self) -> HashMap<String, (f64, f64)> {
        self.pins.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The cut points and bridges of the person network, computed on first use.
    fn structure(&self) -> &scene::Structure {
        self.structure.get_or_init(|| scene::Structure::of(self.net()))
    }

    /// Betweenness and constraint of everyone, computed on first use.
    /// Betweenness is exact up to [`EXACT_BETWEENNESS_PEOPLE`] people and
    /// estimated from that many sampled sources beyond: a click on a node
    /// must answer in well under a second, and exact betweenness of 10,000
    /// people takes seconds (the brokers report gives exact values).
    fn brokerage(&self) -> &Brokerage {
        self.brokerage.get_or_init(|| {
            let net = self.net();
            let people = PersonNetwork::new(net);
            let options = BetweennessOptions { samples: Some(EXACT_BETWEENNESS_PEOPLE), ..Default::default() };
            let between = betweenness(&people.graph, options);
            let constraints = constraint(&people.graph, false);
            let n = self.map().records().people.len();
            let mut brokerage =
                Brokerage { betweenness: vec![0.0; n], estimated: !between.exact, constraint: vec![None; n] };
            for (node, (&value, &constraint)) in between.values.iter().zip(&constraints).enumerate() {
                let person = people.person(node).index();
                brokerage.betweenness[person] = value;
                brokerage.constraint[person] = constraint;
            }
            brokerage
        })
    }
}

/// A node named by its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NodeIx {
    Organisation(bridgework_core::OrgIx),
    Team(bridgework_core::TeamIx),
    Person(bridgework_core::PersonIx),
}

/// The record a node key names, or an error naming the key.
fn node_of(map: &Map, key: &str) -> Result<NodeIx> {
    let Some(node) = NodeKey::parse(key) else {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            format!("\"{key}\" is not a node key; expected {}", NodeKey::EXPECTED),
        ));
    };
    let found = match node {
        NodeKey::Organisation(id) => map.org_by_id(id).map(NodeIx::Organisation),
        NodeKey::Team(id) => map.team_by_id(id).map(NodeIx::Team),
        NodeKey::Person(id) => map.person_by_id(id).map(NodeIx::Person),
    };
    found.ok_or_else(|| ApiError::new(ErrorCode::NotFound, format!("this map has no {key}")))
}
