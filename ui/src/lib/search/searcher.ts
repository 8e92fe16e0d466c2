// The search box's logic without the DOM: waits until typing pauses, asks the
// backend, and keeps only the answer to the latest query, so a slow answer to
// "pri" never replaces the answer to "priya" that came back first.
import { createLatest, errorMessage, type SearchHit } from '../ipc';

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

export function createSearcher(options: SearcherOptions): Searcher {
  const delay = options.delay ?? 150;
  const limit = options.limit ?? 12;
  let hits: SearchHit[] = [];
  let disposed = false;

  const emit = (state: SearchState) => {
    if (!disposed) options.onChange(state);
  };

  const latest = createLatest(
    (query: string) => options.search(query, limit),
    (answer, query) => {
      hits = answer;
      emit({ status: 'done', query, hits });
    },
    (error, query) => {
      hits = [];
      emit({ status: 'error', query, hits, message: errorMessage(error) });
    },
  );

  return {
    update(raw: string) {
      if (disposed) return;
      const query = raw.trim();
      if (query === '') {
        latest.cancel();
        hits = [];
        emit({ status: 'idle', query, hits });
        return;
      }
      // Keep showing the last suggestions while the next ones come.
      emit({ status: 'waiting', query, hits });
      void latest.ask(query, delay);
    },
    clear() {
      latest.cancel();
      hits = [];
      emit({ status: 'idle', query: '', hits });
    },
    dispose() {
      latest.cancel();
      disposed = true;
    },
  };
}
