import { describe, expect, it } from 'vitest';
import {
  countOf,
  daysAgo,
  daysBetween,
  formatCount,
  formatDate,
  formatDecimal,
  formatSigned,
  formatStrength,
  strengthPercent,
  todayIso,
} from './format';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(12345)).toBe('12,345');
  });

  it('names what it counts, in the singular for one', () => {
    expect(countOf(1, 'tie', 'ties')).toBe('1 tie');
    expect(countOf(0, 'tie', 'ties')).toBe('0 ties');
    expect(countOf(1204, 'person', 'people')).toBe('1,204 people');
  });
});

describe('strength', () => {
  it('reads as a whole percentage, clamped to 0–100', () => {
    expect(strengthPercent(0)).toBe(0);
    expect(strengthPercent(0.456)).toBe(46);
    expect(strengthPercent(1)).toBe(100);
    expect(strengthPercent(1.7)).toBe(100);
    expect(strengthPercent(-0.2)).toBe(0);
    expect(strengthPercent(Number.NaN)).toBe(0);
    expect(formatStrength(0.305)).toBe('31%');
  });
});

describe('numbers', () => {
  it('use a true minus sign and drop a sign that rounds away', () => {
    expect(formatDecimal(-0.4213)).toBe('−0.42');
    expect(formatDecimal(-0.0001)).toBe('0');
    expect(formatDecimal(1234.5, 1)).toBe('1,234.5');
    expect(formatSigned(0.4)).toBe('+0.4');
    expect(formatSigned(-1)).toBe('−1');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(0.001)).toBe('0');
  });
});

describe('dates', () => {
  it('counts whole calendar days between two dates', () => {
    expect(daysBetween('2025-03-01', '2025-03-01')).toBe(0);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-30', '2024-03-31')).toBe(1); // across a clock change
    expect(daysBetween('2025-03-02', '2025-03-01')).toBe(-1);
    expect(daysBetween('not a date', '2025-03-01')).toBeNull();
    expect(daysBetween('2025-02-30', '2025-03-01')).toBeNull();
  });

  it('says how long ago in plain words', () => {
    expect(daysAgo('2025-03-01', '2025-03-01')).toBe('today');
    expect(daysAgo('2025-02-28', '2025-03-01')).toBe('yesterday');
    expect(daysAgo('2025-02-17', '2025-03-01')).toBe('12 days ago');
    expect(daysAgo('2021-03-01', '2025-03-01')).toBe('1,461 days ago');
    expect(daysAgo('2025-03-02', '2025-03-01')).toBe('tomorrow');
    expect(daysAgo('2025-03-05', '2025-03-01')).toBe('in 4 days');
    expect(daysAgo('garbage', '2025-03-01')).toBe('');
  });

  it('writes a date the British way and leaves anything else as given', () => {
    expect(formatDate('2025-03-01')).toBe('1 Mar 2025');
    expect(formatDate('2024-12-31')).toBe('31 Dec 2024');
    expect(formatDate('soon')).toBe('soon');
  });

  it('knows today on the local calendar', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
