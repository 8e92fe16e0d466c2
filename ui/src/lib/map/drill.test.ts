import { describe, expect, it } from 'vitest';
import {
  backOut,
  backTo,
  breadcrumb,
  closeTeams,
  closedDrill,
  collapseOrganisation,
  collapseTeam,
  drillInto,
  expandOrganisation,
  expandTeam,
  keepOrganisations,
  openEverything,
  sceneRequest,
  type DrillState,
} from './drill';

const rvh = { id: 'RVH', key: 'org:RVH', label: 'Riverside' };
const nbc = { id: 'NBC', key: 'org:NBC', label: 'Northbridge' };
const ed = { id: 'RVH-ED', key: 'team:RVH-ED', label: 'Emergency', organisation: 'RVH' };
const dis = { id: 'RVH-DIS', key: 'team:RVH-DIS', label: 'Discharge', organisation: 'RVH' };
const asc = { id: 'NBC-ASC', key: 'team:NBC-ASC', label: 'Adult Social Care', organisation: 'NBC' };

const ids = (state: DrillState) => ({
  organisations: state.organisations.map((o) => o.id),
  teams: state.teams.map((t) => t.id),
});

describe('drill state', () => {
  it('starts closed, at the organisation level', () => {
    expect(ids(closedDrill)).toEqual({ organisations: [], teams: [] });
    expect(breadcrumb(closedDrill)).toEqual([]);
  });

  it('opens a team only inside an open organisation', () => {
    expect(expandTeam(closedDrill, ed)).toBe(closedDrill);
    const state = expandTeam(expandOrganisation(closedDrill, rvh), ed);
    expect(ids(state)).toEqual({ organisations: ['RVH'], teams: ['RVH-ED'] });
  });

  it('makes the organisation or team opened last the current one, without duplicates', () => {
    let state = expandOrganisation(closedDrill, rvh);
    state = expandOrganisation(state, nbc);
    state = expandOrganisation(state, rvh);
    expect(ids(state).organisations).toEqual(['NBC', 'RVH']);
    // Opening a team in another open organisation makes that organisation current.
    state = expandTeam(state, asc);
    expect(ids(state).organisations).toEqual(['RVH', 'NBC']);
    expect(breadcrumb(state).map((c) => c.label)).toEqual(['Northbridge', 'Adult Social Care']);
  });

  it('collapses a team alone, and an organisation with its teams', () => {
    let state = expandOrganisation(expandOrganisation(closedDrill, rvh), nbc);
    state = expandTeam(expandTeam(expandTeam(state, ed), dis), asc);
    expect(ids(collapseTeam(state, 'RVH-ED'))).toEqual({
      organisations: ['RVH', 'NBC'],
      teams: ['RVH-DIS', 'NBC-ASC'],
    });
    expect(ids(collapseOrganisation(state, 'RVH'))).toEqual({ organisations: ['NBC'], teams: ['NBC-ASC'] });
  });

  it('shows the current organisation and its last team in the breadcrumb, with map keys', () => {
    const state = expandTeam(expandTeam(expandOrganisation(closedDrill, rvh), ed), dis);
    expect(breadcrumb(state)).toEqual([
      { id: 'RVH', label: 'Riverside', level: 'organisation', key: 'org:RVH' },
      { id: 'RVH-DIS', label: 'Discharge', level: 'team', key: 'team:RVH-DIS' },
    ]);
  });

  it('backs out one level at a time', () => {
    let state = expandTeam(expandOrganisation(closedDrill, rvh), ed);
    state = backOut(state);
    expect(ids(state)).toEqual({ organisations: ['RVH'], teams: [] });
    state = backOut(state);
    expect(ids(state)).toEqual({ organisations: [], teams: [] });
    expect(backOut(state)).toBe(state);
  });

  it('backs out to the previous organisation opened when the current one closes', () => {
    let state = expandTeam(expandOrganisation(closedDrill, rvh), ed);
    state = expandOrganisation(state, nbc);
    state = backOut(state);
    expect(breadcrumb(state).map((c) => c.id)).toEqual(['RVH', 'RVH-ED']);
  });

  it('goes back to a breadcrumb step', () => {
    const state = expandTeam(expandTeam(expandOrganisation(closedDrill, rvh), ed), dis);
    expect(backTo(state, 0)).toBe(closedDrill);
    expect(ids(backTo(state, 1))).toEqual({ organisations: ['RVH'], teams: [] });
    expect(backTo(state, 2)).toBe(state);
  });

  it('drills into a node by its kind', () => {
    const org = drillInto(closedDrill, { kind: 'organisation', id: 'RVH', key: 'org:RVH', label: 'Riverside', organisation: 'RVH' });
    expect(ids(org)).toEqual({ organisations: ['RVH'], teams: [] });
    const team = drillInto(org, { kind: 'team', id: 'RVH-ED', key: 'team:RVH-ED', label: 'Emergency', organisation: 'RVH' });
    expect(ids(team)).toEqual({ organisations: ['RVH'], teams: ['RVH-ED'] });
    expect(drillInto(team, { kind: 'person', id: 'P01', key: 'person:P01', label: 'Amara', organisation: 'RVH' })).toBe(team);
  });

  it('asks the backend for what is open, with the filters and metric', () => {
    const state = expandTeam(expandOrganisation(closedDrill, rvh), ed);
    const filters = { organisations: [], levels: [], tie_kinds: [], min_strength: 0.2, contact_within_days: 90 };
    expect(sceneRequest(state, filters, 'ties')).toEqual({
      expanded_organisations: ['RVH'],
      expanded_teams: ['RVH-ED'],
      filters,
      size_by: 'ties',
    });
  });
});

describe('after the map changed', () => {
  const state = expandTeam(expandTeam(expandOrganisation(expandOrganisation(closedDrill, nbc), rvh), ed), asc);

  it('closes the organisations that are gone, with their teams', () => {
    expect(ids(keepOrganisations(state, new Set(['NBC'])))).toEqual({ organisations: ['NBC'], teams: ['NBC-ASC'] });
    expect(keepOrganisations(state, new Set(['NBC', 'RVH']))).toBe(state);
  });

  it('closes every team and keeps the organisations open', () => {
    expect(ids(closeTeams(state))).toEqual({ organisations: ['RVH', 'NBC'], teams: [] });
    expect(closeTeams(closedDrill)).toBe(closedDrill);
  });
});

describe('openEverything', () => {
  const orgs = [
    { id: 'A', key: 'org:A', label: 'Acme' },
    { id: 'B', key: 'org:B', label: 'Borough' },
  ];
  const teams = [
    { id: 'A1', key: 'team:A1', label: 'Discharge', organisation: 'A', expandable: true },
    { id: 'A2', key: 'team:A2', label: 'Empty', organisation: 'A', expandable: false },
    { id: 'B1', key: 'team:B1', label: 'Care', organisation: 'B', expandable: true },
  ];

  it('opens nothing, every organisation, or every team with people', () => {
    expect(openEverything('organisations', orgs, teams)).toBe(closedDrill);
    const byTeams = openEverything('teams', orgs, teams);
    expect(byTeams.organisations.map((o) => o.id)).toEqual(['A', 'B']);
    expect(byTeams.teams).toEqual([]);
    const everyone = openEverything('people', orgs, teams);
    expect(everyone.teams.map((t) => t.id)).toEqual(['A1', 'B1']);
    const none = { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null };
    expect(sceneRequest(everyone, none, 'people').expanded_teams).toEqual(['A1', 'B1']);
  });
});
