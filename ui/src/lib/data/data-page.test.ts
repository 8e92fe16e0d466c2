// The Data page's transitions, through the real lib/ipc with Tauri's
// `invoke` replaced by a stand-in backend that answers each command as the
// test says.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AfterEdit, ColumnSpec, MapInfo, RowsPage } from '../ipc';
import { DataPageState } from './data-page.svelte';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@tauri-apps/api/core', () => ({ invoke, Channel: class {} }));

const column = (key: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  label: key,
  required: false,
  field: 'text',
  choices: [],
  hint: null,
  ...more,
});

const columns = [column('id'), column('name', { required: true }), column('level', { field: 'choice', choices: ['board'] })];

const page = (names: string[]): RowsPage => ({
  table: 'people',
  columns,
  total: names.length,
  matched: names.length,
  offset: 0,
  rows: names.map((name, i) => ({
    key: `person:p${i}`,
    cells: [`p${i}`, name, ''],
    names: [null, null, null],
    depth: 0,
  })),
});

const info = { file: '/maps/a.bwmap', name: 'A' } as MapInfo;

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('DataPageState', () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it('keeps a refused record open with each message beside its field, and writes nothing', async () => {
    invoke.mockImplementation(async (command: string) => {
      if (command === 'data_rows') return page(['Priya Shah']);
      if (command === 'save_record') {
        throw {
          code: 'invalid-input',
          message: 'The person was not saved.',
          issues: [
            { file: 'person', line: null, column: 'level', message: '"Snr" is not a level' },
            { file: 'teams', line: null, column: null, message: 'a team has no organisation' },
          ],
        };
      }
      throw new Error(`unexpected ${command}`);
    });
    const changed = vi.fn();
    const screen = new DataPageState(changed);
    screen.choose('people');
    await settle();
    screen.startEditing('person:p0', screen.page?.rows[0] ?? null);
    if (screen.editing === null) throw new Error('no form open');
    screen.editing.values.level = 'Snr';
    await screen.save();
    expect(screen.editing?.errors).toEqual({ level: '"Snr" is not a level', '': 'a team has no organisation' });
    expect(screen.editing?.values.level).toBe('Snr');
    expect(changed).not.toHaveBeenCalled();
  });

  it('closes a saved record, says what was done and hands the reopened map to the app', async () => {
    const after: AfterEdit = {
      info: { ...info, name: 'A, edited' },
      done: { summary: 'Edited the person "Priya Shah"', key: 'person:p0' },
      history: { undo: null, redo: null },
    };
    invoke.mockImplementation(async (command: string) => {
      if (command === 'data_rows') return page(['Priya Shah']);
      if (command === 'save_record') return after;
      throw new Error(`unexpected ${command}`);
    });
    const changed = vi.fn();
    const screen = new DataPageState(changed);
    screen.choose('people');
    await settle();
    screen.startEditing('person:p0', screen.page?.rows[0] ?? null);
    await screen.save();
    expect(screen.editing).toBeNull();
    expect(screen.status).toBe('Edited the person "Priya Shah"');
    expect(screen.savedKey).toBe('person:p0');
    expect(changed).toHaveBeenCalledExactlyOnceWith(after.info);
  });

  it('shows the rows asked for last when an older answer comes later', async () => {
    const answers: { search: string; resolve: (page: RowsPage) => void }[] = [];
    invoke.mockImplementation(
      (_command: string, args: { request: { search: string } }) =>
        new Promise((resolve) => answers.push({ search: args.request.search, resolve })),
    );
    const screen = new DataPageState(vi.fn());
    screen.choose('people');
    screen.sortBy('name');
    answers[1].resolve(page(['Sorted']));
    answers[0].resolve(page(['Unsorted']));
    await settle();
    expect(screen.page?.rows[0].cells[1]).toBe('Sorted');
    expect(screen.loading).toBe(false);
  });
});
