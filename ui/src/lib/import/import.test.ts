import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportTablePreview } from '../ipc';
import {
  checkKey,
  ignoredHeaders,
  initialMapping,
  issueCells,
  mappingProblems,
  progressLabel,
  renamesFor,
  reportLines,
  rowsLabel,
  undoNote,
} from './import';

function people(): ImportTablePreview {
  return {
    table: 'people',
    file: 'people.csv',
    headers: ['id', 'team_id', 'Full name', 'name', 'role', 'level'],
    columns: [
      { name: 'id', required: true, header: 'id' },
      { name: 'team_id', required: true, header: 'team_id' },
      { name: 'name', required: true, header: 'name' },
      { name: 'role', required: true, header: 'role' },
      { name: 'level', required: true, header: 'level' },
      { name: 'email', required: false, header: null },
    ],
    unknown: ['Full name'],
    rows: 2,
    sample: [],
  };
}

function preview(): ImportPreview {
  return { source: '/tmp/csv', tables: [people()], errors: [], warnings: [] };
}

describe('the column mapping', () => {
  it('starts from the headers matched automatically and sends nothing for them', () => {
    const mapping = initialMapping(preview());
    expect(mapping.people).toEqual({ id: 'id', team_id: 'team_id', name: 'name', role: 'role', level: 'level', email: '' });
    expect(renamesFor(preview(), mapping)).toEqual([]);
  });

  it('reads a chosen header as its column and ignores the header it replaces', () => {
    const mapping = initialMapping(preview());
    mapping.people.name = 'Full name';
    expect(renamesFor(preview(), mapping)).toEqual([
      { table: 'people', header: 'Full name', column: 'name' },
      { table: 'people', header: 'name', column: '' },
    ]);
    expect(ignoredHeaders(people(), mapping.people)).toEqual(['name']);
  });

  it('keeps a replaced header when another column takes it', () => {
    const mapping = initialMapping(preview());
    mapping.people.name = 'Full name';
    mapping.people.email = 'name';
    expect(renamesFor(preview(), mapping)).toEqual([
      { table: 'people', header: 'Full name', column: 'name' },
      { table: 'people', header: 'name', column: 'email' },
    ]);
  });

  it('finds a header chosen twice and a required column without one', () => {
    const mapping = initialMapping(preview());
    mapping.people.role = 'level';
    mapping.people.id = '';
    expect(mappingProblems(people(), mapping.people)).toEqual([
      'No header is chosen for id, which people needs.',
      '"level" is chosen for role and level; choose it for one.',
    ]);
    expect(mappingProblems(people(), initialMapping(preview()).people)).toEqual([]);
  });
});

describe('words', () => {
  it('counts rows, lists changes per table and shows issues as cells', () => {
    expect(rowsLabel(1)).toBe('1 row');
    expect(rowsLabel(0)).toBe('0 rows');
    const report = {
      map: 'm',
      source: 's',
      dry_run: true,
      written: false,
      undoable: true,
      warnings: [],
      tables: [{ table: 'people', added: 2, updated: 1, unchanged: 140, removed: 0 }],
    };
    expect(reportLines(report)).toEqual(['people: 2 added, 1 updated, 0 removed (140 unchanged)']);
    expect(undoNote(report, false)).toMatch(/can undo/);
    expect(undoNote(report, true)).toMatch(/Ctrl\+Z/);
    expect(undoNote({ ...report, undoable: false }, false)).toMatch(/snapshot first/);
    expect(issueCells({ file: 'people.csv', line: 14, column: 'level', message: 'bad' })).toEqual([
      'people.csv',
      '14',
      'level',
      'bad',
    ]);
    expect(issueCells({ file: 'csv', line: null, column: null, message: 'no tables' })).toEqual(['csv', '', '', 'no tables']);
  });

  it('shows progress as a percentage, or the stage alone', () => {
    expect(progressLabel({ stage: 'reading people.csv', done: 45, total: 100 })).toBe('reading people.csv: 45%');
    expect(progressLabel({ stage: 'writing', done: 0, total: 0 })).toBe('writing');
  });

  it('keys a check on the source and the renames', () => {
    expect(checkKey(1, [])).toBe(checkKey(1, []));
    expect(checkKey(1, [])).not.toBe(checkKey(2, []));
    expect(checkKey(1, [])).not.toBe(checkKey(1, [{ table: 'people', header: 'x', column: 'name' }]));
  });
});
