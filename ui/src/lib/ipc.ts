// The UI's only door to the backend: every Tauri `invoke` goes through here.
//
// The types that cross the IPC boundary are generated from the Rust types into
// ./bindings/ (src-tauri/tests/bindings.rs fails when they drift) and
// re-exported from here as the rest of the UI needs them.
import { invoke } from '@tauri-apps/api/core';
import type { ApiError } from './bindings/ApiError';
import type { ErrorCode } from './bindings/ErrorCode';
import type { MapInfo } from './bindings/MapInfo';
import type { OrganisationSummary } from './bindings/OrganisationSummary';

export type { MapInfo, OrganisationSummary };

/**
 * What every call rejects with: the command's ApiError, or code `ipc` when
 * Tauri itself failed before reaching a command.
 */
export type CallError = Omit<ApiError, 'code'> & { code: ErrorCode | 'ipc' };

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
    throw (isApiError(error) ? error : { code: 'ipc', message: String(error) }) satisfies CallError;
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
