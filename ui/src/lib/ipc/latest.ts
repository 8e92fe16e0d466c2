// The one "only the latest answer counts" helper: every search and scene
// request goes through it, so a slow answer to "pri" never replaces the
// answer to "priya" that came back first, and a scene for filters since
// changed is never drawn.

export interface Latest<Q, A> {
  /**
   * Asks `query`, after `delay` ms (while someone types) or at once; the
   * answer to any earlier question is dropped. Resolves, once handled, to
   * the answer if it was still the latest, or to undefined (overtaken,
   * cancelled or failed).
   */
  ask(query: Q, delay?: number): Promise<A | undefined>;
  /** Drops every answer still to come (the question was withdrawn, or the page is gone). */
  cancel(): void;
}

/**
 * Asks `fetch` and hands on only the latest question's answer to `onAnswer`,
 * or its failure to `onError`; answers to questions overtaken meanwhile are
 * dropped unseen.
 */
export function createLatest<Q, A>(
  fetch: (query: Q) => Promise<A>,
  onAnswer: (answer: A, query: Q) => void,
  onError: (error: unknown, query: Q) => void,
): Latest<Q, A> {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The question still waiting for its delay, settled when it is dropped.
  let waiting: (() => void) | undefined;

  const run = async (query: Q, ticket: number): Promise<A | undefined> => {
    try {
      const answer = await fetch(query);
      if (ticket !== latest) return undefined;
      onAnswer(answer, query);
      return answer;
    } catch (error) {
      if (ticket === latest) onError(error, query);
      return undefined;
    }
  };

  const stopWaiting = () => {
    clearTimeout(timer);
    waiting?.();
    waiting = undefined;
  };

  return {
    ask(query, delay = 0) {
      const ticket = ++latest;
      stopWaiting();
      if (delay <= 0) return run(query, ticket);
      return new Promise((resolve) => {
        waiting = () => resolve(undefined);
        timer = setTimeout(() => {
          waiting = undefined;
          resolve(run(query, ticket));
        }, delay);
      });
    },
    cancel() {
      latest++;
      stopWaiting();
    },
  };
}
