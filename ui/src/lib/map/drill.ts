// How far the map is opened: which organisations show their teams and which
// teams show their people. Pure and immutable, so every change is a new value
// the screen can compare, and the breadcrumb and the scene request are both
// read from it.
import type { NodeKind, SceneFilters, SceneRequest, SizeMetric } from '../ipc';

/** An opened node, with the name the breadcrumb shows. */
export interface Opened {
  /** The spreadsheet id. */
  id: string;
  /** The node's key on the map (`org:ID`, `team:ID`), as the backend hands it over. */
  key: string;
  label: string;
}

/** An opened team, with the organisation it belongs to. */
export interface OpenedTeam extends Opened {
  organisation: string;
}

/**
 * What is open, oldest first. The last organisation opened is the one the
 * person is looking at; the breadcrumb and "back out" follow it.
 */
export interface DrillState {
  readonly organisations: readonly Opened[];
  readonly teams: readonly OpenedTeam[];
}

/** Nothing open: the organisation level. */
export const closedDrill: DrillState = { organisations: [], teams: [] };

/** One step of the breadcrumb after "All organisations". */
export interface Crumb extends Opened {
  level: 'organisation' | 'team';
}

// Moves `item` to the end of `list`, so re-opening something makes it current.
function moveToEnd<T extends Opened>(list: readonly T[], item: T): T[] {
  return [...list.filter((other) => other.id !== item.id), item];
}

/** Opens an organisation into its teams and makes it the current one. */
export function expandOrganisation(state: DrillState, organisation: Opened): DrillState {
  return { ...state, organisations: moveToEnd(state.organisations, organisation) };
}

/**
 * Opens a team into its people. A team only shows inside its open
 * organisation, so this does nothing unless that organisation is open; it
 * also makes the organisation current, as the team is what is being looked at.
 */
export function expandTeam(state: DrillState, team: OpenedTeam): DrillState {
  const organisation = state.organisations.find((org) => org.id === team.organisation);
  if (organisation === undefined) return state;
  return {
    organisations: moveToEnd(state.organisations, organisation),
    teams: moveToEnd(state.teams, team),
  };
}

/** Closes a team back into one node. */
export function collapseTeam(state: DrillState, id: string): DrillState {
  return { ...state, teams: state.teams.filter((team) => team.id !== id) };
}

/** Closes an organisation back into one node, and its open teams with it. */
export function collapseOrganisation(state: DrillState, id: string): DrillState {
  return {
    organisations: state.organisations.filter((org) => org.id !== id),
    teams: state.teams.filter((team) => team.organisation !== id),
  };
}

/** The part of a map node that says how to open it. */
export interface Openable {
  kind: NodeKind;
  id: string;
  key: string;
  label: string;
  organisation: string;
}

/** Opens a node one level: an organisation into teams, a team into people; a person stays as it is. */
export function drillInto(state: DrillState, node: Openable): DrillState {
  switch (node.kind) {
    case 'organisation':
      return expandOrganisation(state, { id: node.id, key: node.key, label: node.label });
    case 'team':
      return expandTeam(state, { id: node.id, key: node.key, label: node.label, organisation: node.organisation });
    case 'person':
      return state;
  }
}

/**
 * The breadcrumb after "All organisations": the current organisation, then
 * the last team opened in it, if any.
 */
export function breadcrumb(state: DrillState): Crumb[] {
  const organisation = state.organisations.at(-1);
  if (organisation === undefined) return [];
  const crumbs: Crumb[] = [{ ...organisation, level: 'organisation' }];
  const team = [...state.teams].reverse().find((opened) => opened.organisation === organisation.id);
  if (team !== undefined) {
    crumbs.push({ id: team.id, key: team.key, label: team.label, level: 'team' });
  }
  return crumbs;
}

/** Closes the last step of the breadcrumb: its team if it has one, else its organisation. */
export function backOut(state: DrillState): DrillState {
  const last = breadcrumb(state).at(-1);
  if (last === undefined) return state;
  return last.level === 'team' ? collapseTeam(state, last.id) : collapseOrganisation(state, last.id);
}

/**
 * Goes back to a step of the breadcrumb: `depth` 0 closes everything, 1
 * closes the teams opened in the current organisation.
 */
export function backTo(state: DrillState, depth: number): DrillState {
  if (depth <= 0) return closedDrill;
  const organisation = state.organisations.at(-1);
  if (depth > 1 || organisation === undefined) return state;
  return { ...state, teams: state.teams.filter((team) => team.organisation !== organisation.id) };
}

/**
 * What stays open after the map changed (an edit, an undo): only the
 * organisations `remaining` still holds, with their teams. Unchanged when
 * nothing went, so the screen sees no change.
 */
export function keepOrganisations(state: DrillState, remaining: ReadonlySet<string>): DrillState {
  const gone = state.organisations.filter((org) => !remaining.has(org.id));
  return gone.reduce((kept, org) => collapseOrganisation(kept, org.id), state);
}

/** Every team closed, the organisations left open: after an open team was deleted. */
export function closeTeams(state: DrillState): DrillState {
  return state.teams.length === 0 ? state : { ...state, teams: [] };
}

/** What the scene command needs to draw this state. */
export function sceneRequest(state: DrillState, filters: SceneFilters, sizeBy: SizeMetric): SceneRequest {
  return {
    expanded_organisations: state.organisations.map((org) => org.id),
    expanded_teams: state.teams.map((team) => team.id),
    filters,
    size_by: sizeBy,
  };
}

/** How far the whole map is opened, when it is opened evenly. */
export type Depth = 'organisations' | 'teams' | 'people';

/**
 * Every organisation opened into its teams and, for `people`, every team
 * that has people opened too. `teams` are the teams to open (the team nodes
 * of the map opened to its teams).
 */
export function openEverything(
  depth: Depth,
  organisations: readonly Opened[],
  teams: readonly (OpenedTeam & { expandable: boolean })[],
): DrillState {
  if (depth === 'organisations') return closedDrill;
  const opened = organisations.map(({ id, key, label }) => ({ id, key, label }));
  if (depth === 'teams') return { organisations: opened, teams: [] };
  return {
    organisations: opened,
    teams: teams
      .filter((team) => team.expandable)
      .map(({ id, key, label, organisation }) => ({ id, key, label, organisation })),
  };
}
