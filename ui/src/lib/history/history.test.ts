import { describe, expect, it, vi } from 'vitest';
import { actionLabel, createHistory, emptyHistory, keepsKeys, menuAction, shortcut, type KeyPress } from './history';
import type { AfterEdit, HistoryView, MapInfo } from '../ipc';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
  target: { tagName: 'BODY' },
  ...more,
});

describe('shortcut', () => {
  it('undoes with Ctrl+Z or ⌘Z and redoes with Ctrl+Shift+Z, ⌘⇧Z or Ctrl+Y', () => {
    expect(shortcut(press('z'))).toBe('undo');
    expect(shortcut(press('z', { ctrlKey: false, metaKey: true }))).toBe('undo');
    expect(shortcut(press('Z', { shiftKey: true }))).toBe('redo');
    expect(shortcut(press('Z', { ctrlKey: false, metaKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcut(press('y'))).toBe('redo');
  });

  it('ignores other keys and combinations', () => {
    expect(shortcut(press('z', { ctrlKey: false }))).toBeNull();
    expect(shortcut(press('z', { altKey: true }))).toBeNull();
    expect(shortcut(press('Y', { shiftKey: true }))).toBeNull();
    expect(shortcut(press('s'))).toBeNull();
    expect(shortcut(press('z', { defaultPrevented: true }))).toBeNull();
  });

  it('leaves text fields, selects and editable text their own undo', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'INPUT', type: 'search' },
      { tagName: 'INPUT', type: 'number' },
      { tagName: 'input' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(keepsKeys(target), JSON.stringify(target)).toBe(true);
      expect(shortcut(press('z', { target }))).toBeNull();
    }
  });

  it('acts from buttons, checkboxes and the page, but not inside an open dialog', () => {
    expect(shortcut(press('z', { target: { tagName: 'BUTTON' } }))).toBe('undo');
    expect(shortcut(press('z', { target: { tagName: 'INPUT', type: 'checkbox' } }))).toBe('undo');
    expect(shortcut(press('z', { target: null }))).toBe('undo');
    const inDialog = { tagName: 'BUTTON', closest: (s: string) => (s === 'dialog[open]' ? {} : null) };
    expect(shortcut(press('z', { target: inDialog }))).toBeNull();
  });
});

describe('menuAction', () => {
  it('takes the Edit menu’s Undo and Redo, and nothing else', () => {
    expect(menuAction('undo')).toBe('undo');
    expect(menuAction('redo')).toBe('redo');
    expect(menuAction('open')).toBeNull();
    expect(menuAction(undefined)).toBeNull();
  });
});

describe('actionLabel', () => {
  it('says what a step would do, or that there is nothing to', () => {
    const step = { summary: 'Deleted the person "Priya Shah"', at: '2026-01-01T10:00:00Z' };
    expect(actionLabel('undo', step)).toBe('Undo: Deleted the person "Priya Shah"');
    expect(actionLabel('redo', step)).toBe('Redo: Deleted the person "Priya Shah"');
    expect(actionLabel('undo', null)).toBe('Nothing to undo');
    expect(actionLabel('redo', null)).toBe('Nothing to redo');
  });
});

const step = (summary: string) => ({ summary, at: '2026-01-01T10:00:00Z' });
const view = (undo: string | null, redo: string | null = null): HistoryView => ({
  undo: undo === null ? null : step(undo),
  redo: redo === null ? null : step(redo),
});
const after = (summary: string, history: HistoryView): AfterEdit => ({
  info: { file: '/m.bwmap' } as MapInfo,
  done: { summary, key: null },
  history,
});

// A promise the test settles when it likes.
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function setup() {
  const views: { view: HistoryView; busy: boolean }[] = [];
  const fetches: ReturnType<typeof deferred<HistoryView>>[] = [];
  const undos: ReturnType<typeof deferred<AfterEdit>>[] = [];
  const onDone = vi.fn();
  const onRefused = vi.fn();
  const history = createHistory({
    fetch: () => {
      fetches.push(deferred());
      return fetches[fetches.length - 1].promise;
    },
    undo: () => {
      undos.push(deferred());
      return undos[undos.length - 1].promise;
    },
    redo: () => Promise.resolve(after('Redid: x', view('x'))),
    onView: (v, busy) => views.push({ view: v, busy }),
    onDone,
    onRefused,
  });
  return { history, views, fetches, undos, onDone, onRefused, last: () => views[views.length - 1] };
}

describe('createHistory', () => {
  it('keeps only the latest answer about the history', async () => {
    const { history, fetches, last } = setup();
    const first = history.refresh();
    const second = history.refresh();
    fetches[1].resolve(view('Edited the team "B"'));
    await second;
    fetches[0].resolve(view('Edited the team "A"'));
    await first;
    expect(last().view).toEqual(view('Edited the team "B"'));
  });

  it('runs one step at a time and reports what it did', async () => {
    const { history, undos, onDone, last } = setup();
    const running = history.run('undo');
    expect(last().busy).toBe(true);
    await history.run('undo');
    expect(undos).toHaveLength(1);
    const done = after('Undid: Deleted the person "P"', view(null, 'Deleted the person "P"'));
    undos[0].resolve(done);
    await running;
    expect(onDone).toHaveBeenCalledExactlyOnceWith(done);
    expect(last()).toEqual({ view: done.history, busy: false });
  });

  it('drops an answer about the history asked before a step', async () => {
    const { history, fetches, undos, last } = setup();
    const asked = history.refresh();
    const running = history.run('undo');
    undos[0].resolve(after('Undid: a', view(null, 'a')));
    await running;
    fetches[0].resolve(view('a'));
    await asked;
    expect(last().view).toEqual(view(null, 'a'));
  });

  it('reports a refused step and asks again what undo would do', async () => {
    const { history, fetches, undos, onRefused, last } = setup();
    const running = history.run('undo');
    const refusal = { code: 'not-found', message: 'There is nothing to undo.' };
    undos[0].reject(refusal);
    await Promise.resolve();
    await Promise.resolve();
    expect(onRefused).toHaveBeenCalledExactlyOnceWith(refusal);
    fetches[0].resolve(emptyHistory);
    await running;
    expect(last()).toEqual({ view: emptyHistory, busy: false });
  });

  it('offers nothing when the history cannot be read, or after clearing', async () => {
    const { history, fetches, last } = setup();
    const failing = history.refresh();
    fetches[0].reject({ code: 'no-map-open', message: 'No map is open.' });
    await failing;
    expect(last().view).toEqual(emptyHistory);
    const pending = history.refresh();
    history.clear();
    fetches[1].resolve(view('a'));
    await pending;
    expect(last().view).toEqual(emptyHistory);
  });
});
