//! The use cases Bridgework's desktop app and CLI share: create a map, open
//! it, import into it, export it, report on it, take snapshots. Each is one function that
//! takes paths and plain values and returns serialisable results, so both
//! shells are thin and behave alike.
//!
//! This crate never prints and never touches the UI: progress goes through
//! [`bridgework_core::Progress`], errors are [`ApiError`]s with a code the UI
//! can branch on.

mod brokers;
mod communities;
mod counterparts;
mod create;
mod data;
mod data_folder;
mod demo;
mod edit;
mod erasure;
mod error;
mod export;
mod health;
mod import;
mod map_file;
mod map_view;
mod partnerships;
mod preferences;
pub mod privacy;
mod recent_maps;
mod report;
mod snapshots;
mod subject_access;
mod views;
mod weak_links;

pub use bridgework_core::weak_links::{Category, Scope, Thresholds};
// What the shells name of the core, so that they depend on this crate only.
pub use bridgework_core::{
    Date, HealthCheck, Level, LevelCoverage, NodeKey, Progress, Silent, StrengthModel, StrengthPart, TieKind,
    UnknownValue,
};
pub use bridgework_demo::Synthetic;
pub use bridgework_interchange::{Issue, neutralise};
pub use bridgework_report::Report;
pub use brokers::{
    BetweennessSummary, BrokerView, BrokersRequest, BrokersView, CutPointView, EiValue, EiView, GroupEi, PairEi,
    PeopleFilter, RolesView, TieView, brokers_report,
};
pub use communities::{
    CommunitiesRequest, CommunitiesView, CommunityCount, CommunityView, MemberView, OrganisationCount,
    OrganisationSplit, communities_report,
};
pub use counterparts::{
    CounterpartSearch, CounterpartView, CounterpartsRequest, CounterpartsView, SeekerRequest, SeekerView,
    counterparts_in, find_counterparts,
};
pub use create::{create_demo_map, create_map, create_synthetic_map};
pub use data::{
    AfterEdit, CellInput, ColumnSpec, DataRow, DataTable, DeletePlan, DuplicatePair, DuplicatePerson, EditDone,
    FieldKind, HistoryStep, HistoryView, MergeOutcome, RecordInput, RowsPage, RowsRequest, columns, delete_record,
    history, merge_people, redo, save_record, undo,
};
pub use demo::{DemoFormat, DemoReport, write_demo};
pub use edit::Written;
pub use erasure::{Erasure, erase_person, erasure_plan};
pub use error::{ApiError, ErrorCode};
pub use export::{
    Comparison, Destination, ExportFocus, ExportFormat, ExportReport, ExportRequest, MAX_FOCUS_STEPS, PageSize,
    ViewLevel, export, export_comparison, export_open, export_with_key, suggested_file_name,
};
pub use health::{CheckView, DuplicateView, HealthView, RecordRef, TieRef, health_report};
pub use import::{
    ColumnRename, ExpectedColumn, ImportDone, ImportPreview, ImportReport, ImportTablePreview, TableReport,
    UNDOABLE_ROWS, check_import, import, import_mapped, preview_import,
};
pub use map_file::{MapInfo, OrganisationSummary, info, open_map, organisations, save_map_as, today};
pub use map_view::{
    CategoryCount, CategoryMeaning, LinkDetail, MapSession, MarkKind, MemberDetail, NodeDetails, NodeKind, NodeRef,
    OrganisationDetails, PersonDetails, PersonMark, PersonMetrics, ProgressReport, Rewritten, Scene, SceneEdge,
    SceneFilters, SceneNode, SceneRequest, SearchHit, SizeMetric, TeamCount, TeamDetails, TieDetail,
};
pub use partnerships::{
    AssessmentInput, AssessmentView, OrgRef, PairCoverage, PartnershipInput, PartnershipLink, PartnershipView,
    PartnershipsView, TeamSide, add_partnership, edit_partnership, partnerships_report, save_assessment,
};
pub use preferences::{Preferences, dismiss_first_run_hint, preferences};
pub use recent_maps::{RecentMap, recent_maps, remember_map};
pub use report::{
    ReportDone, ReportFormat, ReportPreview, ReportRequest, preview_report, render_report, report_content,
    suggested_report_name, write_report, write_report_with_key,
};
pub use snapshots::{
    Change, ChangeEdge, ChangeNode, ChangesMap, DiffSettings, DiffSummary, DiffTieView, JoinerView, LeaverView,
    LostBecause, LostTieView, MomentView, NodeStatus, PairChangeView, SnapshotDiffRequest, SnapshotDiffView,
    SnapshotInfo, SnapshotInput, SnapshotRef, StrengthChangeView, delete_snapshot, diff_snapshots, find_snapshot,
    list_snapshots, rename_snapshot, take_snapshot,
};
pub use subject_access::{
    SubjectAccess, SubjectAccessDone, SubjectAccessFormat, SubjectTie, subject_access, write_subject_access,
};
pub use views::{GroupRef, PersonRef};
pub use weak_links::{
    DirectTieView, IntroductionView, LegendEntry, PairQuery, PairView, PartnerLinkView, WeakLinksRequest,
    WeakLinksView, pair_report, weak_links_report,
};

pub type Result<T> = std::result::Result<T, ApiError>;
