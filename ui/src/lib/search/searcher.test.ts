import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../ipc';
import { createSearcher, type SearchState } from './searcher';

const hit = (label: string): SearchHit => ({
  key: `person:${label}`,
  kind: 'person',
  id: label,
  label,
  context: 'Role · Team · Organisation',
  open_organisation: null,
  open_team: null,
});

// A search whose answers the test hands back one by one, in any order.
function controlledSearch() {
  const calls: { query: string; limit: number; resolve: (hits: SearchHit[]) => void; reject: (e: unknown) => void }[] = [];
  const search = vi.fn(
    (query: string, limit: number) =>
      new Promise<SearchHit[]>((resolve, reject) => {
        calls.push({ query, limit, resolve, reject });
      }),
  );
  return { search, calls };
}

// Lets pending promise callbacks run.
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => Promise.resolve());

describe('createSearcher', () => {
  let states: SearchState[];
  const last = () => states[states.length - 1];

  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
  });
  afterEach(() => vi.useRealTimers());

  it('waits for typing to pause, then asks once with the limit', async () => {
    const { search, calls } = controlledSearch();
    const searcher = createSearcher({ search, onChange: (s) => states.push(s), delay: 150, limit: 12 });
    searcher.update('p');
    searcher.update('pr');
    vi.advanceTimersByTime(100);
    searcher.update('pri');
    vi.advanceTimersByTime(149);
    expect(search).not.toHaveBeenCalled();
    expect(last()).toEqual({ status: 'waiting', query: 'pri', hits: [] });
    vi.advanceTimersByTime(1);
    expect(search).toHaveBeenCalledExactlyOnceWith('pri', 12);
    calls[0].resolve([hit('Priya Shah')]);
    await settle();
    expect(last()).toEqual({ status: 'done', query: 'pri', hits: [hit('Priya Shah')] });
  });

  it('ignores an answer that comes back after a later query’s', async () => {
    const { search, calls } = controlledSearch();
    const searcher = createSearcher({ search, onChange: (s) => states.push(s) });
    searcher.update('pri');
    vi.advanceTimersByTime(150);
    searcher.update('priya');
    vi.advanceTimersByTime(150);
    expect(calls.map((c) => c.query)).toEqual(['pri', 'priya']);

    calls[1].resolve([hit('Priya Shah')]);
    await settle();
    calls[0].resolve([hit('Prince'), hit('Priya Shah')]);
    await settle();
    expect(last()).toEqual({ status: 'done', query: 'priya', hits: [hit('Priya Shah')] });
    expect(states.filter((s) => s.status === 'done')).toHaveLength(1);
  });

  it('ignores an answer to a query the person has already typed past', async () => {
    const { search, calls } = controlledSearch();
    const searcher = createSearcher({ search, onChange: (s) => states.push(s) });
    searcher.update('pri');
    vi.advanceTimersByTime(150);
    searcher.update('priy'); // still waiting for typing to pause
    calls[0].resolve([hit('Prince')]);
    await settle();
    expect(last()).toEqual({ status: 'waiting', query: 'priy', hits: [] });
  });

  it('ignores a stale failure and shows the latest one', async () => {
    const { search, calls } = controlledSearch();
    const searcher = createSearcher({ search, onChange: (s) => states.push(s) });
    searcher.update('a');
    vi.advanceTimersByTime(150);
    searcher.update('ab');
    vi.advanceTimersByTime(150);
    calls[0].reject({ code: 'io', message: 'old failure' });
    await settle();
    expect(last().status).toBe('waiting');
    calls[1].reject({ code: 'busy', message: 'The map is busy.' });
    await settle();
    expect(last()).toEqual({ status: 'error', query: 'ab', hits: [], message: 'The map is busy.' });
  });

  it('keeps the last suggestions while the next ones come', async () => {
    const { search, calls } = controlledSearch();
    const searcher = createSearcher({ search, onChange: (s) => states.push(s) });
    searcher.update('pri');
    vi.advanceTimersByTime(150);
    calls[0].resolve([hit('Priya Shah')]);
    await settle();
    searcher.update('priy');
    expect(last()).toEqual({ status: 'waiting', query: 'priy', hits: [hit('Priya Shah')] });
  });

  it('goes idle on an empty query and drops what was coming', async () => {
    const { search, calls } = controlledSearch();
    const searcher = createSearcher({ search, onChange: (s) => states.push(s) });
    searcher.update('pri');
    vi.advanceTimersByTime(150);
    searcher.update('   ');
    expect(last()).toEqual({ status: 'idle', query: '', hits: [] });
    calls[0].resolve([hit('Priya Shah')]);
    await settle();
    expect(last().status).toBe('idle');
    vi.advanceTimersByTime(1000);
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('clear and dispose stop everything still to come', async () => {
    const { search, calls } = controlledSearch();
    const searcher = createSearcher({ search, onChange: (s) => states.push(s) });
    searcher.update('pri');
    searcher.clear();
    vi.advanceTimersByTime(1000);
    expect(search).not.toHaveBeenCalled();
    searcher.update('pri');
    vi.advanceTimersByTime(150);
    searcher.dispose();
    const before = states.length;
    calls[0].resolve([hit('Priya Shah')]);
    await settle();
    searcher.update('more');
    vi.advanceTimersByTime(1000);
    expect(states.length).toBe(before);
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('trims the query it sends', () => {
    const { search } = controlledSearch();
    const searcher = createSearcher({ search, onChange: (s) => states.push(s) });
    searcher.update('  priya  ');
    vi.advanceTimersByTime(150);
    expect(search).toHaveBeenCalledWith('priya', 12);
  });
});
