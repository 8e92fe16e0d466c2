// The findings panel's state, outside any component: the findings of the
// open map's partnerships, whether the panel is folded away, and whether the
// first-run hint is still to be shown. FindingsPanel.svelte renders it.
import {
  createLatest,
  dismissFirstRunHint,
  errorMessage,
  partnerships as fetchPartnerships,
  preferences,
  type PartnershipsView,
} from '../ipc';
import { findingsOf, type PartnershipFindings } from './findings';

export class FindingsPanelState {
  findings = $state.raw<PartnershipFindings[] | null>(null);
  loadError = $state<string | null>(null);
  /** Folded to a narrow strip, so the map has the whole width. */
  folded = $state(false);
  /** The one-sentence hint of what to look at, until it is dismissed (once, for good). */
  hintShown = $state(false);

  readonly #partnerships = createLatest(
    () => fetchPartnerships(),
    (view: PartnershipsView) => {
      this.findings = findingsOf(view);
      this.loadError = null;
    },
    (error) => (this.loadError = errorMessage(error)),
  );

  /** Reads the open map's partnerships again (it was opened or changed). */
  async load(): Promise<void> {
    await this.#partnerships.ask(undefined);
  }

  /** Asks whether the first-run hint was dismissed before; a failure shows it. */
  async loadHint(): Promise<void> {
    try {
      this.hintShown = !(await preferences()).first_run_hint_dismissed;
    } catch {
      this.hintShown = true;
    }
  }

  /** Hides the hint now and for good; if that cannot be saved, it is hidden for now. */
  async dismissHint(): Promise<void> {
    this.hintShown = false;
    await dismissFirstRunHint().catch(() => undefined);
  }

  toggle(): void {
    this.folded = !this.folded;
  }

  dispose(): void {
    this.#partnerships.cancel();
  }
}
