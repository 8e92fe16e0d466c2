// How numbers and dates read on screen, British style: counts, strengths,
// measures, days ago. Pure; the words for the map's vocabularies are in
// ./labels.ts.

import type { PersonMetricKey } from './labels';

const numbers = new Intl.NumberFormat('en-GB');

/** A count as a British reader writes it: "1,204". */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** A count with its noun: "1 tie", "1,204 people". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

// ---------------------------------------------------------------------------
// Numbers

/** A strength in [0, 1] as a whole percentage, clamped: 0.456 → 46. */
export function strengthPercent(strength: number): number {
  if (!Number.isFinite(strength)) return 0;
  return Math.round(Math.min(1, Math.max(0, strength)) * 100);
}

/** A strength in [0, 1] as text: "46%". */
export function formatStrength(strength: number): string {
  return `${strengthPercent(strength)}%`;
}

/**
 * What a tie's strength means, wherever one is shown. The UI has one scale
 * for it, 0–100%; the spreadsheet's 1–5 rating is one part of it (see
 * crates/bridgework-core/src/strength.rs).
 */
export const STRENGTH_HELP =
  'Tie strength, 0–100%: the 1–5 rating from the spreadsheet (60%) and how often the two are in touch (40%), halved for every 180 days since they last were. Under 35% is weak.';

/** A measure with up to `digits` decimals, British style, with a true minus sign: "−0.42". */
export function formatDecimal(value: number, digits = 2): string {
  const text = new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(Math.abs(value));
  // Rounding can make a tiny negative number "0": no sign then.
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** A signed measure such as an E-I index: "+0.4", "−0.42", "0". */
export function formatSigned(value: number, digits = 2): string {
  const text = formatDecimal(value, digits);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

// ---------------------------------------------------------------------------
// Dates

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when it is not one. */
function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}

/** Today on the reader's calendar, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `iso` to `today` (both `YYYY-MM-DD`); negative for a future date; null when either is not a date. */
export function daysBetween(iso: string, today: string): number | null {
  const from = dayNumber(iso);
  const to = dayNumber(today);
  return from === null || to === null ? null : to - from;
}

/** "today", "yesterday", "12 days ago", "in 3 days"; an unreadable date reads as "". */
export function daysAgo(iso: string, today: string = todayIso()): string {
  const days = daysBetween(iso, today);
  if (days === null) return '';
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  if (days < 0) return `in ${numbers.format(-days)} days`;
  return `${numbers.format(days)} days ago`;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A `YYYY-MM-DD` date as a British reader writes it: "3 Mar 2025"; anything else is returned as given. */
export function formatDate(iso: string): string {
  const day = dayNumber(iso);
  return day === null ? iso : longDate.format(new Date(day * MS_PER_DAY));
}

/** A person metric's value as text: counts whole, the rest to two or three decimals, none as "—". */
export function formatMetric(key: PersonMetricKey, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (key) {
    case 'degree':
    case 'external_degree':
      return numbers.format(value);
    case 'strength':
      return formatDecimal(value, 2);
    case 'betweenness':
    case 'constraint':
      return formatDecimal(value, 3);
  }
}

// ---------------------------------------------------------------------------
// Progress

/** How far a report has got, 0–100, or null when its total is unknown (indeterminate). */
export function progressPercent(done: number, total: number): number | null {
  if (!(total > 0) || !Number.isFinite(total)) return null;
  const fraction = Math.min(1, Math.max(0, done / total));
  return Math.floor(fraction * 100);
}
