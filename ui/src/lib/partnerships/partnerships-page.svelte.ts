// The Partnerships page's state and transitions, outside any component: the
// partnerships read from the map, the one opened, and the partnership or
// assessment being edited with what was refused. PartnershipsPage.svelte
// renders it.
import {
  addPartnership,
  createLatest,
  editPartnership,
  errorMessage,
  issuesByField,
  partnerships as fetchPartnerships,
  saveAssessment,
  type MapInfo,
  type PartnershipsView,
} from '../ipc';
import { todayIso } from '../common/format';
import {
  assessmentForm,
  assessmentInput,
  partnershipForm,
  partnershipInput,
  type AssessmentForm,
  type PartnershipForm,
} from './partnerships';

/** What is being edited: a partnership (new or by id) or an assessment (new or by date). */
export type PartnershipEditing =
  | { kind: 'partnership'; id: string | null }
  | { kind: 'assessment'; replacing: string | null };

export class PartnershipsPageState {
  view = $state.raw<PartnershipsView | null>(null);
  loadError = $state<string | null>(null);
  selectedId = $state<string | null>(null);
  editing = $state<PartnershipEditing | null>(null);
  pForm = $state<PartnershipForm>(partnershipForm());
  aForm = $state<AssessmentForm>(assessmentForm(todayIso()));
  errors = $state<Record<string, string>>({});
  saving = $state(false);

  readonly selected = $derived(this.view?.partnerships.find((p) => p.id === this.selectedId) ?? null);

  readonly #onChanged: (info: MapInfo) => void;

  readonly #partnerships = createLatest(
    () => fetchPartnerships(),
    (next: PartnershipsView) => {
      this.view = next;
      this.loadError = null;
      if (!next.partnerships.some((p) => p.id === this.selectedId)) this.selectedId = next.partnerships[0]?.id ?? null;
    },
    (error) => (this.loadError = errorMessage(error)),
  );

  /** `onChanged` hands the reloaded map's info to the app after every write. */
  constructor(onChanged: (info: MapInfo) => void) {
    this.#onChanged = onChanged;
  }

  /** Reads the map's partnerships again (it was opened or changed). */
  async load(): Promise<void> {
    await this.#partnerships.ask(undefined);
  }

  dispose(): void {
    this.#partnerships.cancel();
  }

  choose(id: string): void {
    this.selectedId = id;
    this.cancelEdit();
  }

  newPartnership(): void {
    this.pForm = partnershipForm();
    this.errors = {};
    this.editing = { kind: 'partnership', id: null };
  }

  editSelected(): void {
    if (this.selected === null) return;
    this.pForm = partnershipForm(this.selected);
    this.errors = {};
    this.editing = { kind: 'partnership', id: this.selected.id };
  }

  newAssessment(): void {
    this.aForm = assessmentForm(todayIso());
    this.errors = {};
    this.editing = { kind: 'assessment', replacing: null };
  }

  editAssessment(date: string): void {
    const found = this.selected?.assessments.find((a) => a.date === date) ?? null;
    this.aForm = assessmentForm(todayIso(), found);
    this.errors = {};
    this.editing = { kind: 'assessment', replacing: date };
  }

  toggleOrganisation(id: string, on: boolean): void {
    this.pForm.org_ids = on ? [...this.pForm.org_ids, id] : this.pForm.org_ids.filter((o) => o !== id);
  }

  async save(): Promise<void> {
    const editing = this.editing;
    if (editing === null || this.saving) return;
    this.saving = true;
    this.errors = {};
    try {
      let next: MapInfo;
      if (editing.kind === 'partnership') {
        const input = partnershipInput(this.pForm);
        if (editing.id === null) {
          const before = new Set(this.view?.partnerships.map((p) => p.id));
          next = await addPartnership(input);
          this.editing = null;
          await this.#afterWrite(next);
          this.selectedId = this.view?.partnerships.find((p) => !before.has(p.id))?.id ?? this.selectedId;
          return;
        }
        next = await editPartnership(editing.id, input);
      } else {
        if (this.selectedId === null) return;
        next = await saveAssessment(this.selectedId, editing.replacing, assessmentInput(this.aForm));
      }
      this.editing = null;
      await this.#afterWrite(next);
    } catch (error) {
      this.errors = issuesByField(error);
    } finally {
      this.saving = false;
    }
  }

  async #afterWrite(next: MapInfo): Promise<void> {
    this.#onChanged(next);
    await this.load();
  }

  cancelEdit(): void {
    this.editing = null;
    this.errors = {};
  }
}
