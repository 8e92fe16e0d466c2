import { describe, expect, it } from 'vitest';
import { formatMetric, progressPercent } from './format';
import {
  eiReading,
  kindLabel,
  levelLabel,
  LEVELS,
  nodeKindLabel,
  PERSON_METRICS,
  SIZE_METRICS,
  sizeMetricHint,
  sizeMetricLabel,
  stageLabel,
  TIE_KINDS,
  tieKindLabel,
  tieKindShortLabel,
} from './labels';

describe('kindLabel', () => {
  it('names known kinds and shows unknown ones as stored', () => {
    expect(kindLabel('mental-health')).toBe('Mental health trust');
    expect(kindLabel('guild')).toBe('guild');
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
