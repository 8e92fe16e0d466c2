// The person's small preferences, kept by the app whatever map is open.
import type { Preferences } from '../bindings/Preferences';
import { call } from './call';

export type { Preferences };

/** The preferences; the defaults when none were saved. */
export function preferences(): Promise<Preferences> {
  return call<Preferences>('preferences');
}

/** Remembers, for good, that the map screen's first-run hint was dismissed. */
export function dismissFirstRunHint(): Promise<Preferences> {
  return call<Preferences>('dismiss_first_run_hint');
}
