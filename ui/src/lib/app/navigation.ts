// The app's pages, and how a page hands the map something to show.
import type { Opened, OpenedTeam } from '../map/drill';

export type Page = 'map' | 'partnerships' | 'counterparts' | 'data' | 'snapshots' | 'import';

/** The pages in the order the navigation shows them. */
export const PAGES: readonly { page: Page; label: string }[] = [
  { page: 'map', label: 'Map' },
  { page: 'partnerships', label: 'Partnerships' },
  { page: 'counterparts', label: 'Find a counterpart' },
  { page: 'data', label: 'Data' },
  { page: 'snapshots', label: 'Snapshots' },
  { page: 'import', label: 'Import' },
];

/**
 * What a page asks the map to show: the organisations and teams to open
 * (each organisation of a team must be listed too) and the node to select
 * and focus on.
 */
export interface MapFocus {
  organisations: Opened[];
  teams: OpenedTeam[];
  select: string | null;
  /** With nothing selected: the opened nodes whose contents the camera frames (else it fits the map). */
  frame?: string[];
}
