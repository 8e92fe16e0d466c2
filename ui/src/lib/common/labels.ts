// Every display label in one place: the map's vocabularies (organisation
// kinds, levels, tie kinds, size metrics, node kinds, partnership models,
// why a tie was lost), what measures mean,
// and progress stages, in plain words. No DOM, no IPC; numbers and dates
// are formatted in ./format.ts.
import type { Level, LostBecause, NodeKind, PartnershipModel, SizeMetric, TieKind } from '../ipc';


// ---------------------------------------------------------------------------
// Vocabularies

// The canonical spellings of bridgework_core::OrgKind, as a reader would say them.
const kindLabels: Record<string, string> = {
  acute: 'Acute trust',
  community: 'Community trust',
  'mental-health': 'Mental health trust',
  'primary-care': 'Primary care',
  'local-authority': 'Local authority',
  voluntary: 'Voluntary & community sector',
  hospice: 'Hospice',
  commissioner: 'Commissioner',
  other: 'Other',
};

/** A readable name for an organisation kind; an unknown kind is shown as stored. */
export function kindLabel(kind: string): string {
  return kindLabels[kind] ?? kind;
}

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

/** Partnership models, as the form offers them. */
export const MODELS: readonly PartnershipModel[] = ['individual', 'voluntary', 'structural', 'mandated'];

const modelLabels: Record<PartnershipModel, string> = {
  individual: 'Individual',
  voluntary: 'Voluntary',
  structural: 'Structural',
  mandated: 'Mandated',
};

/** A partnership model in plain words; none reads "Model not recorded". */
export function modelLabel(model: PartnershipModel | null): string {
  return model === null ? 'Model not recorded' : modelLabels[model];
}

/** Why a tie was lost, in words. */
const lostBecauseLabels: Record<LostBecause, string> = {
  removed: 'removed from the map',
  'person-left': 'one of them left',
};

/** Why a tie was lost, in words; an unknown reason (a newer backend) reads as given. */
export function lostCause(because: LostBecause): string {
  return lostBecauseLabels[because] ?? because;
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
