// Pure display helpers for the map screen's panels: how strengths, dates,
// measures and vocabularies read in plain words. No DOM, no IPC.
import type { Level, NodeKind, SizeMetric, TieKind } from '../ipc';

export { CATEGORY_ORDER, CATEGORY_STYLES, categoryStyle, type CategoryStyle } from './categories';

// ---------------------------------------------------------------------------
// Vocabularies

/** Seniority levels, from the board down, as the filters list them. */
export const LEVELS: readonly Level[] = ['board', 'executive', 'senior', 'middle', 'frontline'];

const levelLabels: Record<Level, string> = {
  board: 'Board',
  executive: 'Executive',
  senior: 'Senior manager',
  middle: 'Middle manager',
  frontline: 'Front line',
};

/** A seniority level in plain words; none reads "Level not recorded". */
export function levelLabel(level: Level | null): string {
  return level === null ? 'Level not recorded' : (levelLabels[level] ?? level);
}

/** Kinds of tie, as the filters list them. */
export const TIE_KINDS: readonly TieKind[] = ['works-with', 'advice', 'information', 'governance', 'informal'];

const tieKindLabels: Record<TieKind, string> = {
  'works-with': 'Works with',
  advice: 'Gives or seeks advice',
  information: 'Shares information',
  governance: 'Governance (boards, committees)',
  informal: 'Informal',
};

const tieKindShort: Record<TieKind, string> = {
  'works-with': 'Works with',
  advice: 'Advice',
  information: 'Information',
  governance: 'Governance',
  informal: 'Informal',
};

/** A tie kind in plain words, for a filter: "Gives or seeks advice". */
export function tieKindLabel(kind: TieKind): string {
  return tieKindLabels[kind] ?? kind;
}

/** A tie kind in a word or two, for a table cell: "Advice". */
export function tieKindShortLabel(kind: TieKind): string {
  return tieKindShort[kind] ?? kind;
}

/** What node size can show, in the order the filter panel offers them. */
export const SIZE_METRICS: readonly SizeMetric[] = ['people', 'ties', 'strength', 'brokerage'];

const sizeMetricLabels: Record<SizeMetric, { label: string; hint: string }> = {
  people: { label: 'People', hint: 'How many people are in post' },
  ties: { label: 'Ties', hint: 'How many relationships they have' },
  strength: { label: 'Strength', hint: 'How strong their relationships are, added up' },
  brokerage: { label: 'Brokerage', hint: 'How often they connect others who are not otherwise linked' },
};

/** A size metric's short label: "Brokerage". */
export function sizeMetricLabel(metric: SizeMetric): string {
  return sizeMetricLabels[metric]?.label ?? metric;
}

/** A size metric's meaning in plain words. */
export function sizeMetricHint(metric: SizeMetric): string {
  return sizeMetricLabels[metric]?.hint ?? '';
}

const nodeKindLabels: Record<NodeKind, string> = {
  organisation: 'Organisation',
  team: 'Team',
  person: 'Person',
};

/** "Organisation", "Team" or "Person". */
export function nodeKindLabel(kind: NodeKind): string {
  return nodeKindLabels[kind] ?? kind;
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
  if (days < 0) return `in ${new Intl.NumberFormat('en-GB').format(-days)} days`;
  return `${new Intl.NumberFormat('en-GB').format(days)} days ago`;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A `YYYY-MM-DD` date as a British reader writes it: "3 Mar 2025"; anything else is returned as given. */
export function formatDate(iso: string): string {
  const day = dayNumber(iso);
  return day === null ? iso : longDate.format(new Date(day * MS_PER_DAY));
}

// ---------------------------------------------------------------------------
// Measures in plain words

/**
 * Krackhardt's E-I index in plain words: −1 means every tie stays inside the
 * group, +1 means every tie crosses to another one.
 */
export function eiReading(ei: number | null): string {
  if (ei === null || !Number.isFinite(ei)) return 'No ties recorded yet, so there is nothing to measure.';
  if (ei <= -0.999) return 'Every tie stays inside the organisation.';
  if (ei <= -0.6) return 'Nearly all ties stay inside the organisation.';
  if (ei <= -0.2) return 'Most ties stay inside the organisation.';
  if (ei < 0.2) return 'About as many ties reach partners as stay inside.';
  if (ei < 0.6) return 'Most ties reach partner organisations.';
  if (ei < 0.999) return 'Nearly all ties reach partner organisations.';
  return 'Every tie reaches a partner organisation.';
}

/** The person metrics the details panel shows, in order. */
export type PersonMetricKey = 'degree' | 'external_degree' | 'strength' | 'betweenness' | 'constraint';

export const PERSON_METRICS: readonly { key: PersonMetricKey; label: string; meaning: string }[] = [
  { key: 'degree', label: 'Ties', meaning: 'How many people they have a relationship with.' },
  { key: 'external_degree', label: 'Across organisations', meaning: 'Of those, how many work in another organisation.' },
  { key: 'strength', label: 'Summed strength', meaning: 'All their ties’ strengths added up; one strong, recent tie counts 1.' },
  {
    key: 'betweenness',
    label: 'Brokerage',
    meaning: 'How often they sit on the shortest route between two other people (0 to 1); high marks a broker.',
  },
  {
    key: 'constraint',
    label: 'Constraint',
    meaning: 'High when their contacts all know each other; low when they bridge groups that would otherwise be apart.',
  },
];

/** A person metric's value as text: counts whole, the rest to two or three decimals, none as "—". */
export function formatMetric(key: PersonMetricKey, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (key) {
    case 'degree':
    case 'external_degree':
      return new Intl.NumberFormat('en-GB').format(value);
    case 'strength':
      return formatDecimal(value, 2);
    case 'betweenness':
    case 'constraint':
      return formatDecimal(value, 3);
  }
}

// ---------------------------------------------------------------------------
// Progress

const stageLabels: Record<string, string> = {
  opening: 'Opening the map file',
  open: 'Opening the map file',
  reading: 'Reading the map',
  loading: 'Reading the map',
  checking: 'Checking the map',
  migrating: 'Updating the map file to this version',
  analysing: 'Analysing the relationships',
  analyzing: 'Analysing the relationships',
  network: 'Preparing the map for analysis',
  'weak links': 'Looking for weak links between partner teams',
  'weak-links': 'Looking for weak links between partner teams',
  betweenness: 'Measuring who brokers between people',
  brokerage: 'Measuring who brokers between people',
  communities: 'Finding communities',
  layout: 'Arranging the map',
  'writing ties': 'Writing ties',
  copying: 'Copying the map',
  saving: 'Saving the map',
};

/** A progress stage in plain words; an unknown stage is shown as given, capitalised. */
export function stageLabel(stage: string): string {
  const key = stage.trim().toLowerCase();
  const known = stageLabels[key];
  if (known !== undefined) return known;
  if (key === '') return 'Working';
  const text = stage.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How far a report has got, 0–100, or null when its total is unknown (indeterminate). */
export function progressPercent(done: number, total: number): number | null {
  if (!(total > 0) || !Number.isFinite(total)) return null;
  const fraction = Math.min(1, Math.max(0, done / total));
  return Math.floor(fraction * 100);
}
