// The UI's only door to the backend: every Tauri `invoke` goes through
// ./call.ts, every failure comes out as one CallError (./error.ts), and every
// request whose answer can be overtaken goes through one latest-answer helper
// (./latest.ts). The calls are grouped by the feature that makes them.
//
// The types that cross the IPC boundary are generated from the Rust types into
// ../bindings/ (src-tauri/tests/bindings.rs fails when they drift) and
// re-exported from here as the rest of the UI needs them.
export { errorMessage, issuesByField, toCallError, type CallError } from './error';
export { createLatest, type Latest } from './latest';
export * from './map';
export * from './partnerships';
export * from './snapshots';
export * from './counterparts';
export * from './import';
export * from './data';
export * from './export';
export * from './preferences';
export * from './report';
