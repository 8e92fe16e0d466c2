import { describe, expect, it } from 'vitest';
import { daysAgo, daysBetween, formatDate, formatDecimal, formatMetric, formatSigned, formatStrength, progressPercent, strengthPercent, todayIso } from './format';
import { eiReading, levelLabel, LEVELS, nodeKindLabel, PERSON_METRICS, SIZE_METRICS, sizeMetricHint, sizeMetricLabel, stageLabel, TIE_KINDS, tieKindLabel, tieKindShortLabel } from './labels';

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

describe('eiReading', () => {
  it('reads the E-I index from all inside to all across', () => {
    expect(eiReading(-1)).toBe('Every tie stays inside the organisation.');
    expect(eiReading(-0.8)).toBe('Nearly all ties stay inside the organisation.');
    expect(eiReading(-0.4)).toBe('Most ties stay inside the organisation.');
    expect(eiReading(0)).toBe('About as many ties reach partners as stay inside.');
    expect(eiReading(0.4)).toBe('Most ties reach partner organisations.');
    expect(eiReading(0.8)).toBe('Nearly all ties reach partner organisations.');
    expect(eiReading(1)).toBe('Every tie reaches a partner organisation.');
    expect(eiReading(null)).toMatch(/No ties/);
  });
});

describe('labels', () => {
  it('name every level, kind of tie and size metric in plain words', () => {
    expect(LEVELS.map(levelLabel)).toEqual(['Board', 'Executive', 'Senior manager', 'Middle manager', 'Front line']);
    expect(levelLabel(null)).toBe('Level not recorded');
    for (const kind of TIE_KINDS) {
      expect(tieKindLabel(kind)).not.toMatch(/-/);
      expect(tieKindShortLabel(kind)).not.toMatch(/-/);
    }
    expect(tieKindLabel('works-with')).toBe('Works with');
    expect(SIZE_METRICS.map(sizeMetricLabel)).toEqual(['People', 'Ties', 'Strength', 'Brokerage']);
    for (const metric of SIZE_METRICS) expect(sizeMetricHint(metric)).not.toBe('');
    expect(nodeKindLabel('organisation')).toBe('Organisation');
  });
});

describe('person metrics', () => {
  it('explain each measure in one line and format it', () => {
    expect(PERSON_METRICS.map((m) => m.key)).toEqual(['degree', 'external_degree', 'strength', 'betweenness', 'constraint']);
    for (const metric of PERSON_METRICS) {
      expect(metric.meaning).not.toMatch(/\n/);
      expect(metric.meaning.length).toBeGreaterThan(10);
    }
    expect(formatMetric('degree', 1204)).toBe('1,204');
    expect(formatMetric('strength', 3.14159)).toBe('3.14');
    expect(formatMetric('betweenness', 0.12345)).toBe('0.123');
    expect(formatMetric('constraint', null)).toBe('—');
  });
});

describe('progress', () => {
  it('reads known stages in plain words and shows others as given', () => {
    expect(stageLabel('betweenness')).toBe('Measuring who brokers between people');
    expect(stageLabel('reading people.csv')).toBe('Reading people.csv');
    expect(stageLabel('  ')).toBe('Working');
  });

  it('is indeterminate without a total', () => {
    expect(progressPercent(5, 0)).toBeNull();
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(3, 3)).toBe(100);
    expect(progressPercent(9, 3)).toBe(100);
  });
});
