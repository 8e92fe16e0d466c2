// The UI's only door to the backend: every Tauri `invoke` goes through here.
//
// The types mirror the Rust structs in crates/bridgework-api that cross the
// IPC boundary; keep the two in step when either changes.
import { invoke } from '@tauri-apps/api/core';

/** Counts and identity of the open map (bridgework_api::MapInfo). */
export interface MapInfo {
  file: string;
  name: string;
  schema_version: number;
  organisations: number;
  teams: number;
  people: number;
  people_in_post: number;
  ties: number;
  partner_links: number;
  partnerships: number;
  snapshots: number;
}

/** One organisation with its size (bridgework_api::OrganisationSummary). */
export interface OrganisationSummary {
  id: string;
  name: string;
  kind: string;
  colour: string | null;
  teams: number;
  people: number;
}

/** A problem located in an input file (bridgework_api::Issue). */
export interface Issue {
  file: string;
  line: number | null;
  column: string | null;
  message: string;
}

/** What every failed command rejects with (bridgework_api::ApiError). */
export interface ApiError {
  code: string;
  message: string;
  /** Every problem found in an input, when there were any. */
  issues?: Issue[];
}

function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

// Commands reject with an ApiError; Tauri itself rejects with a bare string
// (e.g. an unknown command), which is wrapped so callers meet one shape.
async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw isApiError(error) ? error : { code: 'ipc', message: String(error) };
  }
}

/** Opens the map chosen at launch (the demo map on first launch) and names the window after it. */
export function openMap(): Promise<MapInfo> {
  return call<MapInfo>('open_map');
}

/** The organisations of the open map, in the order the map keeps them. */
export function organisations(): Promise<OrganisationSummary[]> {
  return call<OrganisationSummary[]>('organisations');
}
