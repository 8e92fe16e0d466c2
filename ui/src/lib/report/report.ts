// What the Report dialog offers and the request it sends: pure, so the
// choices and the report they ask for are tested without a window.
import type { ReportFormat, ReportRequest } from '../ipc';

export { DEFAULT_MIN_GROUP } from '../export/export';

/** Where the dialog was opened from, and what it starts with. */
export interface ReportStart {
  /** A partnership's id to report on alone (the Partnerships page's Report button). */
  partnership?: string;
  /** A snapshot's id to say what changed since (the Snapshots page's Report button). */
  since?: number;
}

/** The person's choices in the dialog. */
export interface ReportChoices {
  /** Every partnership, or only `chosen`. */
  every: boolean;
  /** The ids of the partnerships chosen. */
  chosen: readonly string[];
  /** The snapshot to say what changed since, or null for no change section. */
  since: number | null;
  /** The snapshot to report on, or null for the map as it is now. */
  snapshot: number | null;
  /** YYYY-MM-DD, or '' for the default day (today, or the snapshot's). */
  asOf: string;
  pseudonymise: boolean;
  minGroup: number;
}

export const FORMATS: readonly { format: ReportFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF (typeset pages, for print and board packs)' },
  { format: 'html', label: 'HTML (one file, opens in any browser)' },
];

/** The request the choices make; a snapshot is named by its id. */
export function reportRequest(choices: ReportChoices): ReportRequest {
  return {
    partnerships: choices.every ? [] : [...choices.chosen],
    since: choices.since === null ? null : String(choices.since),
    snapshot: choices.snapshot === null ? null : String(choices.snapshot),
    as_of: choices.asOf === '' ? null : choices.asOf,
    pseudonymise: choices.pseudonymise,
    min_group: choices.pseudonymise ? choices.minGroup : null,
  };
}

/** What is wrong with the choices, in words, or null when a report can be made. */
export function choicesProblem(choices: ReportChoices): string | null {
  if (!choices.every && choices.chosen.length === 0) return 'Choose at least one partnership, or report on every one.';
  if (choices.pseudonymise && !(Number.isInteger(choices.minGroup) && choices.minGroup >= 1 && choices.minGroup <= 1000)) {
    return 'Smallest group: a whole number of people from 1 to 1000.';
  }
  if (choices.since !== null && choices.since === choices.snapshot) {
    return 'Changes since the snapshot reported on say nothing: choose an earlier snapshot, or none.';
  }
  return null;
}
