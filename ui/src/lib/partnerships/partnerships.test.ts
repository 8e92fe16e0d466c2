import { describe, expect, it } from 'vitest';
import type { AssessmentView, PartnershipLink } from '../ipc';
import { modelLabel } from '../common/labels';
import {
  assessmentForm,
  assessmentInput,
  heatShade,
  historyChart,
  linkFocus,
  linkPeopleFocus,
  matrixMax,
  meanScore,
  partnershipForm,
  partnershipInput,
} from './partnerships';

const a = (date: string, s: number): AssessmentView => ({
  date,
  shared_purpose: s,
  shared_values: s,
  agreed_processes: s,
  trust_commitment: s,
  communication: 1,
});

describe('history chart', () => {
  it('places assessments by date and scores from 1 at the bottom to 5 at the top', () => {
    const chart = historyChart([a('2024-01-01', 1), a('2024-01-11', 5), a('2024-03-01', 3)], 200, 100);
    const purpose = chart.series[0];
    expect(purpose.label).toBe('Shared purpose');
    expect(purpose.dots.map((d) => d.x)).toEqual([chart.left, expect.any(Number), chart.right]);
    expect(purpose.dots[1].x - chart.left).toBeLessThan((chart.right - chart.left) / 4);
    expect(purpose.dots[0].y).toBe(chart.bottom);
    expect(purpose.dots[1].y).toBe(chart.top);
    expect(purpose.points.split(' ')).toHaveLength(3);
    expect(chart.xTicks.map((t) => t.date)).toEqual(['2024-01-01', '2024-01-11', '2024-03-01']);
    expect(chart.xTicks.map((t) => t.anchor)).toEqual(['start', 'middle', 'end']);
    expect(chart.yTicks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts a single assessment in the middle', () => {
    const chart = historyChart([a('2024-01-01', 3)], 200, 100);
    expect(chart.series[0].dots[0].x).toBe((chart.left + chart.right) / 2);
  });

  it('averages the five scores', () => {
    expect(meanScore(a('2024-01-01', 4))).toBe(3.4);
  });
});

describe('heatmap', () => {
  it('shades 0 for none and up to 4 for the most', () => {
    const counts = [
      [0, 1],
      [8, 3],
    ];
    const max = matrixMax(counts);
    expect(max).toBe(8);
    expect(counts.flat().map((c) => heatShade(c, max))).toEqual([0, 1, 4, 2]);
    expect(heatShade(0, 0)).toBe(0);
  });
});

describe('partner links', () => {
  const link = {
    a: { id: 't1', name: 'Discharge', key: 'team:t1', organisation: { id: 'o1', name: 'Hospital', key: 'org:o1' } },
    b: { id: 't2', name: 'Reablement', key: 'team:t2', organisation: { id: 'o2', name: 'Council', key: 'org:o2' } },
  } as PartnershipLink;

  it('shows a link by opening both organisations and selecting the first team', () => {
    expect(linkFocus(link)).toEqual({
      organisations: [
        { id: 'o1', key: 'org:o1', label: 'Hospital' },
        { id: 'o2', key: 'org:o2', label: 'Council' },
      ],
      teams: [],
      select: 'team:t1',
    });
  });

  it('shows a link’s people by opening both teams too, framing them with nothing selected', () => {
    expect(linkPeopleFocus(link)).toEqual({
      organisations: [
        { id: 'o1', key: 'org:o1', label: 'Hospital' },
        { id: 'o2', key: 'org:o2', label: 'Council' },
      ],
      teams: [
        { id: 't1', key: 'team:t1', label: 'Discharge', organisation: 'o1' },
        { id: 't2', key: 'team:t2', label: 'Reablement', organisation: 'o2' },
      ],
      select: null,
      frame: ['team:t1', 'team:t2'],
    });
  });
});

describe('forms', () => {
  it('reads models in plain words', () => {
    expect(modelLabel('mandated')).toBe('Mandated');
    expect(modelLabel(null)).toBe('Model not recorded');
  });

  it('sends blank and non-numeric scores as 0 for the backend to refuse by field', () => {
    const form = { ...assessmentForm('2026-01-02'), shared_purpose: '4', shared_values: 'x', communication: ' 2 ' };
    expect(assessmentInput(form)).toEqual({
      date: '2026-01-02',
      shared_purpose: 4,
      shared_values: 0,
      agreed_processes: 0,
      trust_commitment: 0,
      communication: 2,
    });
    expect(assessmentForm('2026-01-02', a('2025-05-05', 3)).trust_commitment).toBe('3');
    // What a bound number input holds: a number, or null when empty.
    const bound = { ...assessmentForm('2026-01-02'), shared_purpose: 5, shared_values: null };
    expect(assessmentInput(bound)).toMatchObject({ shared_purpose: 5, shared_values: 0 });
  });

  it('sends blank optional fields as null', () => {
    const form = { ...partnershipForm(), name: 'Falls', started: ' ', org_ids: ['a', 'b'] };
    expect(partnershipInput(form)).toEqual({ name: 'Falls', model: null, purpose: null, started: null, org_ids: ['a', 'b'] });
  });
});
