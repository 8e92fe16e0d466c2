// The open map and the map screen: opening, creating and copying maps, the
// recent maps, the scene the canvas draws, a node's details, search, and
// where nodes were dragged to; and the native menu's clicks.
import { listen } from '@tauri-apps/api/event';
import type { MapInfo } from '../bindings/MapInfo';
import type { NodeDetails } from '../bindings/NodeDetails';
import type { OrganisationSummary } from '../bindings/OrganisationSummary';
import type { ProgressReport } from '../bindings/ProgressReport';
import type { RecentMap } from '../bindings/RecentMap';
import type { Scene } from '../bindings/Scene';
import type { SceneRequest } from '../bindings/SceneRequest';
import type { SearchHit } from '../bindings/SearchHit';
import { call, progressChannel } from './call';

export type { MapInfo, NodeDetails, OrganisationSummary, ProgressReport, RecentMap, Scene, SceneRequest, SearchHit };
export type { Category } from '../bindings/Category';
export type { CategoryCount } from '../bindings/CategoryCount';
export type { CategoryMeaning } from '../bindings/CategoryMeaning';
export type { Level } from '../bindings/Level';
export type { LinkDetail } from '../bindings/LinkDetail';
export type { MarkKind } from '../bindings/MarkKind';
export type { NodeKind } from '../bindings/NodeKind';
export type { NodeRef } from '../bindings/NodeRef';
export type { OrganisationDetails } from '../bindings/OrganisationDetails';
export type { PersonDetails } from '../bindings/PersonDetails';
export type { PersonMark } from '../bindings/PersonMark';
export type { SceneEdge } from '../bindings/SceneEdge';
export type { SceneFilters } from '../bindings/SceneFilters';
export type { SceneNode } from '../bindings/SceneNode';
export type { SizeMetric } from '../bindings/SizeMetric';
export type { TeamDetails } from '../bindings/TeamDetails';
export type { TieKind } from '../bindings/TieKind';

/**
 * Opens the recent map whose file is `recent` (a `path` from {@link recentMaps}
 * or an Open Recent click), or with none the map chosen at launch (the demo map
 * on first launch), loads and analyses it, and names the window after it. Any
 * other path is refused (`not-found`): the page opens only what the person
 * chose. Rejects with code `cancelled` after {@link cancelOpen}.
 */
export function openMap(recent: string | null, onProgress: (report: ProgressReport) => void): Promise<MapInfo> {
  return call<MapInfo>('open_map', { recent, onProgress: progressChannel(onProgress) });
}

/** Asks the open in progress to stop; the map open before stays open. */
export function cancelOpen(): Promise<void> {
  return call<void>('cancel_open');
}

/** Asks for a file with the native Open dialog and opens it; null when the person cancels the dialog. */
export function openMapWithDialog(onProgress: (report: ProgressReport) => void): Promise<MapInfo | null> {
  return call<MapInfo | null>('open_map_with_dialog', { onProgress: progressChannel(onProgress) });
}

/** Asks where with the native Save dialog, creates an empty map there and opens it; null when cancelled. */
export function newMapWithDialog(): Promise<MapInfo | null> {
  return call<MapInfo | null>('new_map_with_dialog');
}

/** Asks where with the native Save dialog, copies the open map there and switches to the copy; null when cancelled. */
export function saveMapAsWithDialog(): Promise<MapInfo | null> {
  return call<MapInfo | null>('save_map_as_with_dialog');
}

/** Maps opened lately, most recent first. */
export function recentMaps(): Promise<RecentMap[]> {
  return call<RecentMap[]>('recent_maps');
}

/** The organisations of the open map, in the order the map keeps them. */
export function organisations(): Promise<OrganisationSummary[]> {
  return call<OrganisationSummary[]>('organisations');
}

/** What the canvas shows for the open nodes and filters in `request`. */
export function scene(request: SceneRequest): Promise<Scene> {
  return call<Scene>('scene', { request });
}

/** The details panel of a node, by key (`org:ID`, `team:ID`, `person:ID`). */
export function details(key: string): Promise<NodeDetails> {
  return call<NodeDetails>('details', { key });
}

/** Suggestions for the search box, best first. */
export function search(query: string, limit: number): Promise<SearchHit[]> {
  return call<SearchHit[]>('search', { query, limit });
}

/** Saves where a node was dragged to, in the map file. */
export function placeNode(key: string, x: number, y: number): Promise<void> {
  return call<void>('place_node', { key, x, y });
}

/** Forgets every hand-placed position. */
export function resetLayout(): Promise<void> {
  return call<void>('reset_layout');
}

/**
 * Calls `handler` with each click in the native menu bar that the UI acts on:
 * "new", "open", "save-as", "recent:<path>", "undo" or "redo", until the
 * function returned is called (return it from `onMount`). Outside the app
 * window (a plain browser) there is no native menu, and nothing is heard.
 */
export function onMenu(handler: (payload: string) => void): () => void {
  let stopped = false;
  let unlisten: (() => void) | undefined;
  listen<string>('menu', (event) => handler(event.payload))
    .then((stop) => {
      // Stopped before listening began: stop at once.
      if (stopped) stop();
      else unlisten = stop;
    })
    .catch(() => {});
  return () => {
    stopped = true;
    unlisten?.();
  };
}
