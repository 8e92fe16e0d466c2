import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contactChoice, debounce, isChosen, parseContactDays, toggleChoice } from './filters';

const all = ['a', 'b', 'c'] as const;

describe('toggleChoice', () => {
  it('unticks one of all by listing the rest', () => {
    expect(toggleChoice([], 'b', all)).toEqual(['a', 'c']);
  });

  it('stores every choice ticked as the empty list', () => {
    expect(toggleChoice(['a', 'c'], 'b', all)).toEqual([]);
  });

  it('keeps the universe’s order', () => {
    expect(toggleChoice(['c'], 'a', all)).toEqual(['a', 'c']);
  });

  it('returns null when nothing would be ticked', () => {
    expect(toggleChoice(['a'], 'a', all)).toBeNull();
  });

  it('drops values no longer in the universe', () => {
    expect(toggleChoice(['gone', 'a'], 'b', ['a', 'b', 'c'])).toEqual(['a', 'b']);
  });

  it('reads the empty list as all ticked', () => {
    expect(isChosen([], 'a')).toBe(true);
    expect(isChosen(['b'], 'a')).toBe(false);
  });
});

describe('contact window', () => {
  it('maps days to the select', () => {
    expect(contactChoice(null)).toBe('off');
    expect(contactChoice(90)).toBe('90');
    expect(contactChoice(45)).toBe('custom');
  });

  it('accepts whole days from 1 to 3650', () => {
    expect(parseContactDays(' 45 ')).toBe(45);
    expect(parseContactDays('0')).toBeNull();
    expect(parseContactDays('3651')).toBeNull();
    expect(parseContactDays('4.5')).toBeNull();
    expect(parseContactDays('-3')).toBeNull();
    expect(parseContactDays('')).toBeNull();
  });
});

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls once with the last arguments when calls stop', () => {
    const fn = vi.fn();
    const d = debounce(fn, 200);
    d.call(1);
    vi.advanceTimersByTime(150);
    d.call(2);
    vi.advanceTimersByTime(150);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('flushes at once and cancels', () => {
    const fn = vi.fn();
    const d = debounce(fn, 200);
    d.call(1);
    expect(d.pending).toBe(true);
    d.flush();
    expect(fn).toHaveBeenCalledExactlyOnceWith(1);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    d.call(3);
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
