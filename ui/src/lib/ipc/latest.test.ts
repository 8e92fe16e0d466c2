import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLatest } from './latest';

describe('createLatest', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  // A fetch whose answers the test hands back one by one, in any order.
  function controlled() {
    const calls: { query: string; resolve: (answer: string) => void; reject: (error: unknown) => void }[] = [];
    const fetch = vi.fn((query: string) => new Promise<string>((resolve, reject) => calls.push({ query, resolve, reject })));
    return { fetch, calls };
  }

  it('waits for typing to pause, and asks at once otherwise', () => {
    const { fetch } = controlled();
    const latest = createLatest(fetch, vi.fn(), vi.fn());
    latest.ask('p', 200);
    latest.ask('pr', 200);
    vi.advanceTimersByTime(199);
    expect(fetch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fetch).toHaveBeenCalledExactlyOnceWith('pr');
    latest.ask('sorted');
    expect(fetch).toHaveBeenLastCalledWith('sorted');
  });

  it('hands on only the latest answer or error', async () => {
    const { fetch, calls } = controlled();
    const onAnswer = vi.fn();
    const onError = vi.fn();
    const latest = createLatest(fetch, onAnswer, onError);
    latest.ask('pri');
    latest.ask('priya');
    calls[1].resolve('answer to priya');
    calls[0].resolve('answer to pri');
    await vi.runAllTimersAsync();
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith('answer to priya', 'priya');
    latest.ask('x');
    latest.ask('y');
    calls[2].reject('old failure');
    calls[3].reject('new failure');
    await vi.runAllTimersAsync();
    expect(onError).toHaveBeenCalledExactlyOnceWith('new failure', 'y');
  });

  it('drops everything once cancelled', async () => {
    const { fetch, calls } = controlled();
    const onAnswer = vi.fn();
    const latest = createLatest(fetch, onAnswer, vi.fn());
    latest.ask('a');
    latest.ask('b', 200);
    latest.cancel();
    vi.advanceTimersByTime(500);
    calls[0].resolve('late');
    await vi.runAllTimersAsync();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('resolves each question to its answer only while it is the latest', async () => {
    const { fetch, calls } = controlled();
    const latest = createLatest(fetch, vi.fn(), vi.fn());
    const first = latest.ask('first');
    const second = latest.ask('second');
    const waiting = latest.ask('typed', 200);
    latest.cancel();
    calls[0].resolve('old');
    calls[1].resolve('new');
    expect(await first).toBeUndefined();
    expect(await second).toBeUndefined();
    expect(await waiting).toBeUndefined();
    const third = latest.ask('third');
    calls[2].resolve('kept');
    expect(await third).toBe('kept');
  });
});
