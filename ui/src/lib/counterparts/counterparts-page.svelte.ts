// The "Find a counterpart" page's state and transitions, outside any
// component: who is looking (a person picked from suggestions, or a role),
// the partner organisation and keywords asked about, and the answer with the
// introduction drawn. CounterpartsPage.svelte renders it.
import {
  counterparts as fetchCounterparts,
  createLatest,
  errorMessage,
  organisations as fetchOrganisations,
  search as fetchSearch,
  type CounterpartSearch,
  type CounterpartsView,
  type Level,
  type OrganisationSummary,
  type SearchHit,
} from '../ipc';
import { peopleOnly, searchFor, type CounterpartForm } from './counterparts';

/** A search asked for, and when, to say how long the answer took. */
interface Asked {
  search: CounterpartSearch;
  started: number;
}

export class CounterpartsPageState {
  organisations = $state.raw<OrganisationSummary[]>([]);
  seekerKind = $state<'person' | 'role'>('person');
  typed = $state('');
  picked = $state.raw<SearchHit | null>(null);
  suggestions = $state.raw<SearchHit[]>([]);
  role = $state('');
  level = $state<Level | ''>('');
  organisation = $state('');
  keywords = $state('');

  view = $state.raw<CounterpartsView | null>(null);
  errorMessage = $state<string | null>(null);
  searching = $state(false);
  elapsedMs = $state<number | null>(null);
  drawnRank = $state(1);

  readonly #organisations = createLatest(
    () => fetchOrganisations(),
    (found: OrganisationSummary[]) => {
      this.organisations = found;
      if (!found.some((o) => o.id === this.organisation)) this.organisation = '';
    },
    (error) => (this.errorMessage = errorMessage(error)),
  );

  // Only the answer to the latest name typed is listed.
  readonly #suggestions = createLatest(
    (query: string) => fetchSearch(query, 16),
    (hits) => (this.suggestions = peopleOnly(hits).slice(0, 8)),
    (error) => (this.errorMessage = errorMessage(error)),
  );

  // Only the answer to the latest search is shown.
  readonly #counterparts = createLatest(
    ({ search }: Asked) => fetchCounterparts(search),
    (answer, { started }) => {
      this.searching = false;
      this.elapsedMs = performance.now() - started;
      this.view = answer;
      this.drawnRank = answer.counterparts.find((c) => c.introduction !== null)?.rank ?? 1;
    },
    (error) => {
      this.searching = false;
      this.view = null;
      this.errorMessage = errorMessage(error);
    },
  );

  /** A map opened (or reloaded): its organisations, and nothing from the last one. */
  mapChanged(): void {
    this.view = null;
    this.errorMessage = null;
    this.picked = null;
    this.suggestions = [];
    void this.#organisations.ask(undefined);
  }

  dispose(): void {
    this.#organisations.cancel();
    this.#suggestions.cancel();
    this.#counterparts.cancel();
  }

  /** The name typed changed: suggest people of that name. */
  suggest(query: string): void {
    this.picked = null;
    if (query.trim().length < 2) {
      this.#suggestions.cancel();
      this.suggestions = [];
      return;
    }
    void this.#suggestions.ask(query);
  }

  pick(hit: SearchHit): void {
    this.#suggestions.cancel();
    this.picked = hit;
    this.typed = hit.label;
    this.suggestions = [];
    this.errorMessage = null;
  }

  /** The question as the form holds it now. */
  form(): CounterpartForm {
    return {
      seeker:
        this.seekerKind === 'person'
          ? { kind: 'person', picked: this.picked, typed: this.typed }
          : { kind: 'role', role: this.role, level: this.level === '' ? null : this.level },
      organisation: this.organisation,
      keywords: this.keywords,
    };
  }

  /** Find was pressed: search, or say what the question lacks. */
  find(): void {
    const asked = searchFor(this.form());
    if ('error' in asked) {
      this.#counterparts.cancel();
      this.searching = false;
      this.view = null;
      this.errorMessage = asked.error;
      return;
    }
    this.run(asked.search);
  }

  run(search: CounterpartSearch): void {
    this.searching = true;
    this.errorMessage = null;
    void this.#counterparts.ask({ search, started: performance.now() });
  }
}
