// Pure helpers of the Partnerships page: how scores read, the
// geometry of the assessment history chart, the heatmap's shades, the map
// focus of a partner link, and the forms' values. No DOM, no IPC.
import type {
  AssessmentInput,
  AssessmentView,
  PartnershipInput,
  PartnershipLink,
  PartnershipModel,
  PartnershipView,
} from '../ipc';
import type { MapFocus } from '../app/navigation';
import { token } from '../common/palette';

export type ScoreKey = 'shared_purpose' | 'shared_values' | 'agreed_processes' | 'trust_commitment' | 'communication';

/** The five attributes of a self-assessment, in the format's order, each with its line colour. */
export const SCORES: readonly { key: ScoreKey; label: string; colour: string }[] = [
  { key: 'shared_purpose', label: 'Shared purpose', colour: token('score-purpose') },
  { key: 'shared_values', label: 'Shared values', colour: token('score-values') },
  { key: 'agreed_processes', label: 'Agreed processes', colour: token('score-processes') },
  { key: 'trust_commitment', label: 'Trust & commitment', colour: token('score-trust') },
  { key: 'communication', label: 'Communication', colour: token('score-communication') },
];

// ---------------------------------------------------------------------------
// The assessment history chart

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  date: string;
}

export interface ChartSeries {
  key: ScoreKey;
  label: string;
  colour: string;
  /** For a polyline's `points`. */
  points: string;
  dots: ChartPoint[];
}

export interface Chart {
  width: number;
  height: number;
  series: ChartSeries[];
  /** Score gridlines 1–5. */
  yTicks: { value: number; y: number }[];
  /** One label per assessment date; the first and last anchored inward so they are not cut off. */
  xTicks: { date: string; x: number; anchor: 'start' | 'middle' | 'end' }[];
  /** The plot's box. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const DAY = 86_400_000;

/**
 * The lines of the five scores over time, assessments placed by date (one
 * assessment sits in the middle). Assessments must be oldest first.
 */
export function historyChart(assessments: readonly AssessmentView[], width = 360, height = 160): Chart {
  const left = 28;
  const right = width - 12;
  const top = 10;
  const bottom = height - 24;
  const times = assessments.map((a) => Date.parse(a.date));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = last - first;
  const xOf = (t: number): number =>
    span < DAY ? (left + right) / 2 : left + ((t - first) / span) * (right - left);
  const yOf = (score: number): number => bottom - ((score - 1) / 4) * (bottom - top);
  const series = SCORES.map((score) => {
    const dots = assessments.map((a, i) => ({ x: xOf(times[i]), y: yOf(a[score.key]), value: a[score.key], date: a.date }));
    return { ...score, dots, points: dots.map((d) => `${round(d.x)},${round(d.y)}`).join(' ') };
  });
  return {
    width,
    height,
    series,
    yTicks: [1, 2, 3, 4, 5].map((value) => ({ value, y: yOf(value) })),
    xTicks: assessments.map((a, i) => ({
      date: a.date,
      x: xOf(times[i]),
      anchor: span < DAY ? 'middle' : i === 0 ? 'start' : i === assessments.length - 1 ? 'end' : 'middle',
    })),
    left,
    right,
    top,
    bottom,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The mean of an assessment's five scores, to one decimal. */
export function meanScore(a: AssessmentView): number {
  return round(SCORES.reduce((sum, s) => sum + a[s.key], 0) / SCORES.length);
}

// ---------------------------------------------------------------------------
// The level-coverage heatmap

/** The shade of a cell, 0 (no ties) to 4 (the most in the matrix). */
export function heatShade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4));
}

/** The largest count of a matrix. */
export function matrixMax(counts: readonly (readonly number[])[]): number {
  return Math.max(0, ...counts.flat());
}

// ---------------------------------------------------------------------------
// Partner links on the map

/**
 * The map focus that shows a partner link: both organisations opened into
 * their teams, and the first team selected, so focus shows its neighbours.
 */
export function linkFocus(link: PartnershipLink): MapFocus {
  const organisations = [link.a.organisation, link.b.organisation].map((o) => ({ id: o.id, key: o.key, label: o.name }));
  return { organisations, teams: [], select: link.a.key };
}

/**
 * The map focus that shows a partner link's people: both organisations and
 * both teams opened, nothing selected, the camera framing the two teams'
 * people, where the person level marks whom the link depends on.
 */
export function linkPeopleFocus(link: PartnershipLink): MapFocus {
  const teams = [link.a, link.b].map((team) => ({ id: team.id, key: team.key, label: team.name, organisation: team.organisation.id }));
  return { organisations: linkFocus(link).organisations, teams, select: null, frame: teams.map((team) => team.key) };
}

/** A link's two teams in words: "Discharge Team (City Hospital) – Reablement (Council)". */
export function linkTitle(link: PartnershipLink): string {
  return `${link.a.name} (${link.a.organisation.name}) – ${link.b.name} (${link.b.organisation.name})`;
}

// ---------------------------------------------------------------------------
// Forms

/**
 * The assessment form's values. A number input bound with `bind:value` holds
 * a number (or null when empty), so each score may be text or a number.
 */
type ScoreValue = string | number | null;

export interface AssessmentForm {
  date: string;
  shared_purpose: ScoreValue;
  shared_values: ScoreValue;
  agreed_processes: ScoreValue;
  trust_commitment: ScoreValue;
  communication: ScoreValue;
}

/** A blank assessment dated `today`, or the values of `from` to edit. */
export function assessmentForm(today: string, from: AssessmentView | null = null): AssessmentForm {
  const score = (key: ScoreKey): string => (from === null ? '' : String(from[key]));
  return {
    date: from?.date ?? today,
    shared_purpose: score('shared_purpose'),
    shared_values: score('shared_values'),
    agreed_processes: score('agreed_processes'),
    trust_commitment: score('trust_commitment'),
    communication: score('communication'),
  };
}

/** What the backend is sent: a blank or non-numeric score becomes 0, which the backend refuses by its field. */
export function assessmentInput(form: AssessmentForm): AssessmentInput {
  const num = (value: ScoreValue): number => {
    const text = value === null ? '' : String(value).trim();
    const n = Number(text);
    return text === '' || !Number.isFinite(n) ? 0 : n;
  };
  return {
    date: form.date.trim(),
    shared_purpose: num(form.shared_purpose),
    shared_values: num(form.shared_values),
    agreed_processes: num(form.agreed_processes),
    trust_commitment: num(form.trust_commitment),
    communication: num(form.communication),
  };
}

export interface PartnershipForm {
  name: string;
  model: PartnershipModel | '';
  purpose: string;
  started: string;
  org_ids: string[];
}

/** A blank partnership, or the values of `from` to edit. */
export function partnershipForm(from: PartnershipView | null = null): PartnershipForm {
  return {
    name: from?.name ?? '',
    model: from?.model ?? '',
    purpose: from?.purpose ?? '',
    started: from?.started ?? '',
    org_ids: from?.organisations.map((o) => o.id) ?? [],
  };
}

export function partnershipInput(form: PartnershipForm): PartnershipInput {
  const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());
  return {
    name: form.name,
    model: form.model === '' ? null : form.model,
    purpose: text(form.purpose),
    started: text(form.started),
    org_ids: form.org_ids,
  };
}
