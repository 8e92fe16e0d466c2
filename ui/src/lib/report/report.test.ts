import { describe, expect, it } from 'vitest';
import { choicesProblem, reportRequest, type ReportChoices } from './report';

const choices: ReportChoices = {
  every: true,
  chosen: ['p2'],
  since: null,
  snapshot: null,
  asOf: '',
  pseudonymise: false,
  minGroup: 5,
};

describe('reportRequest', () => {
  it('asks for every partnership of the map as it is now, today, by default', () => {
    expect(reportRequest(choices)).toEqual({
      partnerships: [],
      since: null,
      snapshot: null,
      as_of: null,
      pseudonymise: false,
      min_group: null,
    });
  });

  it('names chosen partnerships, snapshots by id, the day and the smallest group when pseudonymising', () => {
    const request = reportRequest({
      ...choices,
      every: false,
      since: 1,
      snapshot: 3,
      asOf: '2026-11-01',
      pseudonymise: true,
      minGroup: 8,
    });
    expect(request).toEqual({
      partnerships: ['p2'],
      since: '1',
      snapshot: '3',
      as_of: '2026-11-01',
      pseudonymise: true,
      min_group: 8,
    });
  });
});

describe('choicesProblem', () => {
  it('accepts the defaults', () => expect(choicesProblem(choices)).toBeNull());

  it('asks for a partnership when none is chosen', () => {
    expect(choicesProblem({ ...choices, every: false, chosen: [] })).toMatch(/at least one partnership/);
  });

  it('refuses a smallest group that is no whole number of people, only when pseudonymising', () => {
    expect(choicesProblem({ ...choices, pseudonymise: true, minGroup: 0 })).toMatch(/from 1 to 1000/);
    expect(choicesProblem({ ...choices, pseudonymise: true, minGroup: 2.5 })).toMatch(/from 1 to 1000/);
    expect(choicesProblem({ ...choices, pseudonymise: false, minGroup: 0 })).toBeNull();
  });

  it('refuses changes since the very snapshot reported on', () => {
    expect(choicesProblem({ ...choices, since: 2, snapshot: 2 })).toMatch(/earlier snapshot/);
  });
});
