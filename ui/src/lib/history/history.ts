// App-wide undo and redo, without the DOM: which key presses ask for them,
// what the Undo and Redo buttons say, and a controller that runs one step at
// a time and keeps only the latest answer about what undo and redo would do.
//
// Every edit made in the app (a record, a delete, a merge, a partnership, an
// assessment) is kept in the map's audit log, so undo reaches edits made on
// any page and survives closing the map.
import { createLatest, type AfterEdit, type HistoryStep, type HistoryView } from '../ipc';

export type HistoryAction = 'undo' | 'redo';

/** Nothing to undo or redo: before a map is open, and on a map never edited. */
export const emptyHistory: HistoryView = { undo: null, redo: null };

// Input types that hold no text, so have no undo of their own.
const TEXTLESS_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** The parts of an element this module reads; tests pass plain objects. */
interface ElementLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

/**
 * Whether key presses on `target` are the element's own: a text field or a
 * select keeps the browser's undo of what was typed, and a dialog asks its
 * question before anything else happens.
 */
export function keepsKeys(target: EventTarget | ElementLike | null): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const element = target as ElementLike;
  const tag = element.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable === true) return true;
  if (tag === 'INPUT' && !TEXTLESS_INPUTS.has((element.type ?? 'text').toLowerCase())) return true;
  return typeof element.closest === 'function' && element.closest('dialog[open]') !== null;
}

/** The parts of a key press {@link shortcut} reads. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'> & {
  target: EventTarget | ElementLike | null;
};

/**
 * What a key press asks for: Ctrl+Z (⌘Z) undoes; Ctrl+Shift+Z (⌘⇧Z) and
 * Ctrl+Y redo. Null for any other key, and where the element keeps its keys.
 */
export function shortcut(event: KeyPress): HistoryAction | null {
  if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  const action = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
  return action === null || keepsKeys(event.target) ? null : action;
}

/** What a click in the native Edit menu asks for (its payload "undo" or "redo"), or null for another item. */
export function menuAction(payload: unknown): HistoryAction | null {
  return payload === 'undo' || payload === 'redo' ? payload : null;
}

/** What a button says it would do: "Undo: Deleted the person "Priya Shah"", or that there is nothing to. */
export function actionLabel(action: HistoryAction, step: HistoryStep | null): string {
  const verb = action === 'undo' ? 'Undo' : 'Redo';
  return step === null ? `Nothing to ${action}` : `${verb}: ${step.summary}`;
}

export interface HistoryOptions {
  /** Asks the backend: `history`, `undo` and `redo` from lib/ipc.ts in the app. */
  fetch: () => Promise<HistoryView>;
  undo: () => Promise<AfterEdit>;
  redo: () => Promise<AfterEdit>;
  /** What undo and redo would do now, and whether a step is running. */
  onView: (view: HistoryView, busy: boolean) => void;
  /** A step was taken: the map reopened (`after.info`) and what was done. */
  onDone: (after: AfterEdit) => void;
  /** A step was refused (what the call rejected with): "There is nothing to undo.", or the map changed since. */
  onRefused: (error: unknown) => void;
}

export interface History {
  /** Asks again what undo and redo would do (the map changed). */
  refresh(): Promise<void>;
  /** Takes a step; ignored while one runs, so a held key undoes once per answer. */
  run(action: HistoryAction): Promise<void>;
  /** No map is open: nothing to undo, and answers still to come are dropped. */
  clear(): void;
}

export function createHistory(options: HistoryOptions): History {
  let view = emptyHistory;
  let busy = false;
  const show = () => options.onView(view, busy);
  // Only the latest answer counts, so an answer about the map before an
  // edit never replaces one after it.
  const questions = createLatest(
    () => options.fetch(),
    (next: HistoryView) => {
      view = next;
      show();
    },
    () => {
      // The map could not be read (it is closing or being replaced): offer nothing.
      view = emptyHistory;
      show();
    },
  );
  const refresh = async () => {
    await questions.ask(undefined);
  };

  return {
    refresh,
    async run(action) {
      if (busy) return;
      busy = true;
      questions.cancel();
      show();
      try {
        const after = await options[action]();
        view = after.history;
        busy = false;
        show();
        options.onDone(after);
      } catch (error) {
        busy = false;
        options.onRefused(error);
        await refresh();
      }
    },
    clear() {
      questions.cancel();
      view = emptyHistory;
      show();
    },
  };
}
