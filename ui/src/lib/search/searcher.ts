// The search box's logic without the DOM: waits until typing pauses, asks the
// backend, and keeps only the answer to the latest query, so a slow answer to
// "pri" never replaces the answer to "priya" that came back first.
import type { CallError, SearchHit } from '../ipc';

/** What the box shows. */
export type SearchState =
  | { status: 'idle'; query: string; hits: SearchHit[] }
  | { status: 'waiting'; query: string; hits: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'error'; query: string; hits: SearchHit[]; message: string };

export interface SearcherOptions {
  /** Asks the backend; `search` from lib/ipc.ts in the app. */
  search: (query: string, limit: number) => Promise<SearchHit[]>;
  /** Called with every new state. */
  onChange: (state: SearchState) => void;
  /** Milliseconds typing must pause before a query is sent. */
  delay?: number;
  /** Most suggestions asked for. */
  limit?: number;
}

export interface Searcher {
  /** The text in the box changed. */
  update(query: string): void;
  /** Forget the query and any answer still to come. */
  clear(): void;
  /** Stop for good (the box is gone). */
  dispose(): void;
}

/** The message of whatever a call rejected with. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as CallError).message === 'string') {
    return (error as CallError).message;
  }
  return String(error);
}

export function createSearcher(options: SearcherOptions): Searcher {
  const delay = options.delay ?? 150;
  const limit = options.limit ?? 12;
  // Every change of the query takes a new ticket; an answer counts only if
  // its ticket is still the latest when it arrives.
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let hits: SearchHit[] = [];
  let disposed = false;

  const emit = (state: SearchState) => {
    if (!disposed) options.onChange(state);
  };

  const stopTimer = () => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };

  const run = async (query: string, ticket: number) => {
    timer = null;
    try {
      const answer = await options.search(query, limit);
      if (ticket !== latest || disposed) return;
      hits = answer;
      emit({ status: 'done', query, hits });
    } catch (error) {
      if (ticket !== latest || disposed) return;
      hits = [];
      emit({ status: 'error', query, hits, message: errorMessage(error) });
    }
  };

  return {
    update(raw: string) {
      if (disposed) return;
      const query = raw.trim();
      const ticket = ++latest;
      stopTimer();
      if (query === '') {
        hits = [];
        emit({ status: 'idle', query, hits });
        return;
      }
      // Keep showing the last suggestions while the next ones come.
      emit({ status: 'waiting', query, hits });
      timer = setTimeout(() => void run(query, ticket), delay);
    },
    clear() {
      latest++;
      stopTimer();
      hits = [];
      emit({ status: 'idle', query: '', hits });
    },
    dispose() {
      latest++;
      stopTimer();
      disposed = true;
    },
  };
}
