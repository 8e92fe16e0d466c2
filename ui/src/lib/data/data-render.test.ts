// Server-renders the Data page's parts (no DOM needed) to check what reaches
// the page: names as text, never markup; sort state, invalid fields and their
// messages marked for assistive technology; the test ids end-to-end tests use.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { ColumnSpec, DuplicatePair, RowsPage } from '../ipc';
import DuplicatesList from './DuplicatesList.svelte';
import RecordForm from './RecordForm.svelte';
import RowsTable from './RowsTable.svelte';

const evil = '<img src=x onerror=alert(1)>';
const noop = () => {};

const column = (key: string, label: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  label,
  required: false,
  field: 'text',
  choices: [],
  hint: null,
  ...more,
});

const teams: RowsPage = {
  table: 'teams',
  columns: [
    column('id', 'Id'),
    column('org_id', 'Organisation', { field: 'organisation', required: true }),
    column('parent_team_id', 'Part of', { field: 'team' }),
    column('name', 'Name', { required: true }),
    column('function', 'Functions', { field: 'list' }),
  ],
  total: 3,
  matched: 2,
  offset: 0,
  rows: [
    { key: 'team:t1', cells: ['t1', 'o1', '', evil, ''], names: [null, 'City <b>Hospital</b>', null, null, null], depth: 0 },
    { key: 'team:t2', cells: ['t2', 'o1', 't1', 'Discharge', 'discharge'], names: [null, 'City <b>Hospital</b>', evil, null, null], depth: 1 },
  ],
};

describe('RowsTable', () => {
  it('renders names as text, references with their ids, and the sort on its header', () => {
    const { body } = render(RowsTable, {
      props: {
        page: teams,
        sort: { column: 'name', descending: true },
        caption: 'Teams',
        editingKey: null,
        savedKey: 't2',
        onSort: noop,
        onEdit: noop,
        onDelete: noop,
        onErase: noop,
      },
    });
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<b>');
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
    expect(body).toContain('aria-sort="descending"');
    expect(body).toContain('aria-sort="none"');
    expect(body).toContain('data-value="o1"');
    expect(body).toContain('aria-label="Delete Discharge"');
    for (const id of ['data-table', 'data-row', 'data-edit', 'data-delete', 'data-sort-name']) {
      expect(body).toContain(`data-testid="${id}"`);
    }
    // Sorted, teams are not a tree.
    expect(body).not.toContain('└');
  });

  it('indents sub-teams while the rows are in the map’s order', () => {
    const { body } = render(RowsTable, {
      props: { page: teams, sort: null, caption: 'Teams', editingKey: 't1', savedKey: null, onSort: noop, onEdit: noop, onDelete: noop, onErase: noop },
    });
    expect(body).toContain('data-depth="1"');
    expect(body).toContain('└');
    // Only a person can be erased.
    expect(body).not.toContain('data-testid="data-erase"');
  });
});

describe('RecordForm', () => {
  const people = [
    column('id', 'Id', { hint: 'left empty, made from the name' }),
    column('team_id', 'Team', { field: 'team' }),
    column('name', 'Name', { required: true }),
    column('level', 'Level', { field: 'choice', choices: ['board', 'middle'] }),
    column('joined', 'Joined', { field: 'date', hint: 'YYYY-MM-DD or DD/MM/YYYY' }),
    column('strength', 'Strength', { field: 'rating' }),
  ];

  it('marks each refused field, with its message beside it, and keeps what was typed', () => {
    const { body } = render(RecordForm, {
      props: {
        table: 'people',
        columns: people,
        values: { id: 'p1', team_id: 't1', name: evil, level: 'Snr', joined: '31/02/2025', strength: '' },
        errors: { level: '"Snr" is not a level', joined: '"31/02/2025" is not a date' },
        known: { team_id: { id: 't1', name: 'Discharge', label: 'Discharge · City Hospital' } },
        heading: 'Edit person',
        saving: false,
        onSave: noop,
        onCancel: noop,
      },
    });
    expect(body).not.toContain('<img');
    expect(body.match(/aria-invalid="true"/g)).toHaveLength(2);
    expect(body).toContain('data-testid="field-error-level"');
    expect(body).toContain('data-testid="field-error-joined"');
    expect(body).toMatch(/aria-describedby="[^"]*-joined-hint [^"]*-joined-error"/);
    expect(body).toContain('value="31/02/2025"');
    // A value outside the choices stays an option, so the select shows what was sent.
    expect(body).toContain('<option value="Snr"');
    expect(body).toContain('type="number"');
    expect(body).toContain('→ Discharge · City Hospital');
    expect(body).toContain('2 fields need correcting');
  });
});

describe('DuplicatesList', () => {
  const pair: DuplicatePair = {
    a: { id: 'p1', name: evil, key: 'person:p1', role: 'Nurse', team: 'Ward 3', organisation: 'City Hospital', email: 'a@x.org', ties: 4 },
    b: { id: 'p2', name: 'Pria <i>Shah</i>', key: 'person:p2', role: 'Nurse', team: 'Ward 3', organisation: 'City Hospital', email: null, ties: 1 },
    reason: 'the same surname in one organisation and post; first names 1 letter apart',
  };

  it('lists each pair with its reason, both records and a choice of which to keep', () => {
    const { body } = render(DuplicatesList, { props: { pairs: [pair], busy: false, onMerge: noop } });
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<i>');
    expect(body).toContain('first names 1 letter apart');
    expect(body).toContain('4 ties');
    for (const id of ['duplicate-pair', 'duplicate-person', 'merge-keep-a', 'merge-keep-b']) {
      expect(body).toContain(`data-testid="${id}"`);
    }
  });

  it('says when there are none', () => {
    expect(render(DuplicatesList, { props: { pairs: [], busy: false, onMerge: noop } }).body).toContain('duplicates-empty');
  });
});
