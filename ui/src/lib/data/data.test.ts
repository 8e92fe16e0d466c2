import { describe, expect, it } from 'vitest';
import type { ColumnSpec, DataRow, RowsPage } from '../ipc';
import {
  PAGE_SIZE,
  ariaSort,
  cellView,
  choiceOptions,
  erasureQuestion,
  formErrors,
  formValues,
  knownReferences,
  nextOffset,
  nextSort,
  noun,
  personFacts,
  previousOffset,
  recordInput,
  referenceTable,
  refillOffset,
  rowName,
  rowsLabel,
  rowsRequest,
  suggestionLimit,
  suggestionNamed,
  suggestionsFrom,
} from './data';

const column = (key: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  label: key,
  required: false,
  field: 'text',
  choices: [],
  hint: null,
  ...more,
});

const peopleColumns = [
  column('id'),
  column('team_id', { field: 'team' }),
  column('name', { required: true }),
  column('role'),
  column('level', { field: 'choice', choices: ['board', 'executive', 'senior', 'middle', 'frontline'] }),
];

const row = (cells: string[], names: (string | null)[] = cells.map(() => null), depth = 0): DataRow => ({
  key: cells[0],
  cells,
  names,
  depth,
});

const priya = row(['p1', 't1', 'Priya Shah', 'Discharge lead', 'middle'], [null, 'Discharge Team', null, null, null]);

const rows = (n: number) => Array.from({ length: n }, () => priya);

describe('rows', () => {
  it('asks for one page, the search trimmed, sorted or in the map’s order', () => {
    expect(rowsRequest('people', '  priya ', null, 0)).toEqual({
      table: 'people',
      search: 'priya',
      sort: null,
      descending: false,
      offset: 0,
      limit: PAGE_SIZE,
    });
    expect(rowsRequest('teams', '', { column: 'name', descending: true }, 200)).toMatchObject({
      sort: 'name',
      descending: true,
      offset: 200,
    });
  });

  it('counts the rows shown, those matched and, when a search leaves some out, all', () => {
    expect(rowsLabel({ offset: 0, matched: 2314, total: 3000, rows: rows(100) })).toBe('Rows 1–100 of 2,314 (of 3,000)');
    expect(rowsLabel({ offset: 2300, matched: 2314, total: 2314, rows: rows(14) })).toBe('Rows 2,301–2,314 of 2,314');
    expect(rowsLabel({ offset: 0, matched: 0, total: 40, rows: [] })).toBe('No rows match (of 40)');
    expect(rowsLabel({ offset: 0, matched: 0, total: 0, rows: [] })).toBe('No rows yet');
  });

  it('pages back and forth', () => {
    expect(previousOffset({ offset: 0 })).toBeNull();
    expect(previousOffset({ offset: 100 })).toBe(0);
    expect(previousOffset({ offset: 50 })).toBe(0);
    expect(nextOffset({ offset: 0, matched: 250, rows: rows(100) })).toBe(100);
    expect(nextOffset({ offset: 200, matched: 250, rows: rows(50) })).toBeNull();
  });

  it('goes back to the last page when the rows of the page shown were deleted', () => {
    expect(refillOffset({ offset: 200, matched: 200, rows: [] })).toBe(100);
    expect(refillOffset({ offset: 200, matched: 150, rows: [] })).toBe(100);
    expect(refillOffset({ offset: 100, matched: 0, rows: [] })).toBeNull();
    expect(refillOffset({ offset: 100, matched: 150, rows: rows(50) })).toBeNull();
  });

  it('sorts ascending, then descending, then in the map’s order again', () => {
    const ascending = nextSort(null, 'name');
    expect(ascending).toEqual({ column: 'name', descending: false });
    const descending = nextSort(ascending, 'name');
    expect(descending).toEqual({ column: 'name', descending: true });
    expect(nextSort(descending, 'name')).toBeNull();
    expect(nextSort(descending, 'role')).toEqual({ column: 'role', descending: false });
    expect(ariaSort(descending, 'name')).toBe('descending');
    expect(ariaSort(ascending, 'name')).toBe('ascending');
    expect(ariaSort(ascending, 'role')).toBe('none');
    expect(ariaSort(null, 'name')).toBe('none');
  });

  it('shows a reference by name with its id, and other cells as they are', () => {
    expect(cellView(priya, 1)).toEqual({ text: 'Discharge Team', id: 't1' });
    expect(cellView(priya, 2)).toEqual({ text: 'Priya Shah', id: null });
  });

  it('names a row by its name, or a tie by its people and kind', () => {
    expect(rowName(priya, peopleColumns)).toBe('Priya Shah');
    const tieColumns = [column('person_a', { field: 'person' }), column('person_b', { field: 'person' }), column('kind')];
    const tie = row(['p1', 'p2', 'advice'], ['Priya Shah', 'Sam Cole', null]);
    expect(rowName(tie, tieColumns)).toBe('Priya Shah – Sam Cole (advice)');
  });

  it('calls one record of each tab by its noun', () => {
    expect(noun('people')).toBe('person');
    expect(noun('duplicates')).toBe('pair');
  });
});

describe('the record form', () => {
  it('starts blank or from a row, and sends every column as typed', () => {
    expect(formValues(peopleColumns)).toEqual({ id: '', team_id: '', name: '', role: '', level: '' });
    const values = formValues(peopleColumns, priya);
    expect(values).toEqual({ id: 'p1', team_id: 't1', name: 'Priya Shah', role: 'Discharge lead', level: 'middle' });
    values.role = ' Head of Discharge ';
    expect(recordInput('people', 'p1', peopleColumns, values)).toEqual({
      table: 'people',
      key: 'p1',
      cells: [
        { column: 'id', text: 'p1' },
        { column: 'team_id', text: 't1' },
        { column: 'name', text: 'Priya Shah' },
        { column: 'role', text: ' Head of Discharge ' },
        { column: 'level', text: 'middle' },
      ],
    });
  });

  it('puts each problem beside its field, and the rest on the form', () => {
    const errors = formErrors(
      {
        code: 'invalid-input',
        message: 'the change would break the map',
        issues: [
          { file: 'person', line: null, column: 'level', message: '"Snr" is not a level' },
          { file: 'person', line: null, column: 'joined', message: '"31/02/2025" is not a date' },
          { file: 'person', line: null, column: 'level', message: 'one more' },
          { file: 'teams', line: null, column: null, message: 'a team has no organisation' },
        ],
      },
      [...peopleColumns, column('joined', { field: 'date' })],
    );
    expect(errors).toEqual({
      level: '"Snr" is not a level; one more',
      joined: '"31/02/2025" is not a date',
      '': 'a team has no organisation',
    });
    expect(formErrors({ code: 'io', message: 'disk full' }, peopleColumns)).toEqual({ '': 'disk full' });
  });

  it('offers an empty choice unless required, and keeps a value that is not among the choices', () => {
    const level = peopleColumns[4];
    expect(choiceOptions(level, 'middle')).toEqual(['', 'board', 'executive', 'senior', 'middle', 'frontline']);
    expect(choiceOptions({ ...level, required: true }, '')).toEqual(['board', 'executive', 'senior', 'middle', 'frontline']);
    expect(choiceOptions(level, 'Snr').at(-1)).toBe('Snr');
  });
});

describe('reference fields', () => {
  it('take their ids from organisations, teams or people', () => {
    expect(referenceTable('organisation')).toBe('organisations');
    expect(referenceTable('team')).toBe('teams');
    expect(referenceTable('person')).toBe('people');
    expect(referenceTable('date')).toBeNull();
    expect(suggestionLimit('teams')).toBe(500);
    expect(suggestionLimit('people')).toBeLessThan(500);
  });

  it('name what a row refers to before anything is typed', () => {
    expect(knownReferences(peopleColumns, priya)).toEqual({ team_id: { id: 't1', name: 'Discharge Team', label: 'Discharge Team' } });
    expect(knownReferences(peopleColumns, null)).toEqual({});
  });

  it('suggest each id with its name and where it belongs', () => {
    const teams: Pick<RowsPage, 'table' | 'columns' | 'rows'> = {
      table: 'teams',
      columns: [column('id'), column('org_id', { field: 'organisation' }), column('name')],
      rows: [row(['t1', 'o1', 'Discharge'], [null, 'City Hospital', null]), row(['t2', 'o9', 'Lost'], [null, null, null])],
    };
    expect(suggestionsFrom(teams)).toEqual([
      { id: 't1', name: 'Discharge', label: 'Discharge · City Hospital' },
      { id: 't2', name: 'Lost', label: 'Lost' },
    ]);
    expect(suggestionsFrom({ table: 'people', columns: peopleColumns, rows: [priya] })).toEqual([
      { id: 'p1', name: 'Priya Shah', label: 'Priya Shah · Discharge Team' },
    ]);
    const organisations = { table: 'organisations' as const, columns: [column('id'), column('name')], rows: [row(['o1', 'City Hospital'])] };
    expect(suggestionsFrom(organisations)).toEqual([{ id: 'o1', name: 'City Hospital', label: 'City Hospital' }]);
  });

  it('names the record an id or a name only one suggestion has', () => {
    const priya = { id: 'p1', name: 'Priya Shah', label: 'Priya Shah · Discharge Team' };
    const sam = { id: 'p2', name: 'Sam Lee', label: 'Sam Lee · Wards' };
    const otherSam = { id: 'p3', name: 'Sam Lee', label: 'Sam Lee · Estates' };
    expect(suggestionNamed(' p1 ', [priya, sam])).toBe(priya);
    expect(suggestionNamed('priya shah', [priya, sam])).toBe(priya);
    expect(suggestionNamed('Sam Lee', [priya, sam, otherSam])).toBeNull();
    expect(suggestionNamed('Priya', [priya])).toBeNull();
    expect(suggestionNamed('', [{ ...priya, name: '' }])).toBeNull();
  });
});

describe('duplicates', () => {
  it('lists what helps decide which record to keep', () => {
    const person = { id: 'p1', name: 'Priya Shah', key: 'person:p1', role: 'Nurse', team: 'Ward 3', organisation: 'City Hospital', email: null, ties: 1 };
    expect(personFacts(person)).toEqual(['Nurse', 'Ward 3 · City Hospital', 'No email recorded', '1 tie']);
    expect(personFacts({ ...person, role: null, team: null, organisation: null, ties: 1200 })).toEqual([
      'No role recorded',
      'No team recorded',
      'No email recorded',
      '1,200 ties',
    ]);
  });
});

describe('erasure', () => {
  it('says exactly what will go', () => {
    const plan = {
      person_id: 'p1',
      name: 'Priya Shah',
      in_live_map: true,
      ties: 14,
      snapshots: 2,
      snapshot_ties: 1,
      history_entries: 3,
      positions: 0,
    };
    expect(erasureQuestion(plan)).toBe(
      'Erase Priya Shah (p1) for good? This removes them and 14 ties, in 2 snapshots (with 1 tie there) and ' +
        '3 history entries, and leaves no trace of them in the file.',
    );
  });
});
