// The map screen's state and transitions, outside any component: the map
// open, what of it is open on the canvas (organisations, teams), the
// filters, the size metric and focus, the selection and its details, and
// every way these change — a map opened or edited, a node selected, opened
// or dragged, a search hit or another page's "show on map". App.svelte and
// the map's components render it.
//
// The screen owns what is asked for; the backend answers each request with
// a scene, which the canvas draws. Only the latest request's answer counts.
import {
  cancelOpen,
  createLatest,
  details as fetchDetails,
  errorMessage,
  openMap,
  organisations as fetchOrganisations,
  placeNode,
  resetLayout,
  scene as fetchScene,
  toCallError,
  type MapInfo,
  type NodeDetails,
  type OrganisationSummary,
  type ProgressReport,
  type SceneFilters,
  type SceneRequest,
  type SearchHit,
  type SizeMetric,
} from '../ipc';
import type { MapFocus } from '../app/navigation';
import type { CameraIntent, MapView } from './camera';
import {
  breadcrumb,
  closeTeams,
  closedDrill,
  drillInto,
  expandOrganisation,
  expandTeam,
  keepOrganisations,
  openEverything,
  sceneRequest,
  type Depth,
  type DrillState,
} from './drill';
import { legendEntries } from './legend';
import { markLegend } from './person-marks';

const noFilters = (): SceneFilters => ({
  organisations: [],
  levels: [],
  tie_kinds: [],
  min_strength: 0,
  contact_within_days: null,
});

/** Details asked for: of a node just selected, or read again after an edit (when failing means it was deleted). */
interface DetailsQuestion {
  key: string;
  afterEdit: boolean;
}

export class MapScreen {
  info = $state.raw<MapInfo | null>(null);
  organisations = $state.raw<OrganisationSummary[]>([]);
  opening = $state(false);
  progress = $state.raw<ProgressReport | null>(null);
  errorMessage = $state<string | null>(null);

  drill = $state.raw<DrillState>(closedDrill);
  filters = $state<SceneFilters>(noFilters());
  sizeBy = $state<SizeMetric>('people');
  focusHops = $state(0);
  view = $state.raw<MapView | null>(null);
  showingDepth = $state(false);

  selected = $state<string | null>(null);
  /** Whether the selected node's details card is shown: closing it keeps the selection and its focus. */
  detailsOpen = $state(true);
  highlighted = $state<string | null>(null);
  /** The scene drawn as a map, or read as tables (for screen readers, or anyone). */
  presentation = $state<'map' | 'table'>('map');
  details = $state.raw<NodeDetails | null>(null);
  detailsLoading = $state(false);

  // Every organisation open (Open all): the breadcrumb says so rather than
  // naming whichever was opened last.
  readonly allOpen = $derived(this.organisations.length > 1 && this.drill.organisations.length === this.organisations.length);
  readonly crumbs = $derived(this.allOpen ? [] : breadcrumb(this.drill));
  readonly crumbRoot = $derived(
    !this.allOpen ? 'All organisations'
    : this.drill.teams.length > 0 ? 'Everyone, every team open'
    : 'Every organisation open',
  );
  readonly organisationNames = $derived(new Map(this.organisations.map((org) => [org.id, org.name])));
  readonly legend = $derived(this.view === null ? [] : legendEntries(this.view.scene.legend, this.view.scene.edges));
  /** The person level's rows of the legend: marked people and bridges, with how many. */
  readonly markLegend = $derived(this.view === null ? [] : markLegend(this.view.scene.nodes, this.view.scene.edges));

  // Where the camera goes with the next scene drawn; whoever changes what is
  // open says. It waits for a scene that is drawn, so a request overtaken by
  // a newer one (a filter changed meanwhile) does not lose it.
  #nextCamera: CameraIntent = { kind: 'reset' };

  readonly #scenes = createLatest(
    fetchScene,
    (scene) => {
      this.view = { scene, camera: this.#nextCamera };
      this.#nextCamera = { kind: 'keep' };
    },
    (error) => {
      // A team open on the map was deleted (on the Data page, or by undo):
      // close the teams and draw again rather than show a stale map.
      if (toCallError(error).code === 'not-found' && this.drill.teams.length > 0) this.drill = closeTeams(this.drill);
      else this.showError(error);
    },
  );

  // The teams of every organisation, asked for to open everyone; the answer
  // is used where it was asked (showDepth), so nothing more is done with it here.
  readonly #teamScenes = createLatest(
    fetchScene,
    () => {},
    (error) => this.showError(error),
  );

  readonly #details = createLatest(
    (question: DetailsQuestion) => fetchDetails(question.key),
    (answer) => {
      this.details = answer;
      this.detailsLoading = false;
    },
    (error, question) => {
      this.detailsLoading = false;
      // After an edit, the node selected was deleted.
      if (question.afterEdit) void this.select(null);
      else this.showError(error);
    },
  );

  showError(error: unknown): void {
    this.errorMessage = errorMessage(error);
  }

  // What the scene command is asked for now. Every filter field is read, so
  // an effect that calls it re-runs when any of them changes.
  #currentRequest(): SceneRequest {
    const { filters } = this;
    return sceneRequest(
      this.drill,
      {
        organisations: [...filters.organisations],
        levels: [...filters.levels],
        tie_kinds: [...filters.tie_kinds],
        min_strength: filters.min_strength,
        contact_within_days: filters.contact_within_days,
      },
      this.sizeBy,
    );
  }

  /** Asks for the scene of what is open now; run in an effect, it asks again whenever that changes. */
  async drawScene(): Promise<void> {
    if (this.info !== null) await this.#scenes.ask(this.#currentRequest());
  }

  #setDrill(next: DrillState, camera: CameraIntent): void {
    if (next === this.drill) return;
    this.#nextCamera = camera;
    this.drill = next;
  }

  /** Moves the camera without changing what is open. */
  #moveCamera(camera: CameraIntent): void {
    if (this.view !== null) this.view = { scene: this.view.scene, camera };
  }

  /** Goes back along the breadcrumb, framing the level now shown. */
  goBack(next: DrillState): void {
    const last = breadcrumb(next).at(-1);
    this.#setDrill(next, last === undefined ? { kind: 'fit' } : { kind: 'open', key: last.key });
  }

  /** Opens the recent map whose file is `recent`, or with none the map chosen at launch. */
  async open(recent: string | null): Promise<void> {
    this.opening = true;
    try {
      await this.opened(await openMap(recent, (report) => (this.progress = report)));
    } catch (error) {
      this.showError(error);
    } finally {
      this.progress = null;
      this.opening = false;
    }
  }

  /**
   * A map is open (at launch or from the file menu): start it at the
   * organisation level with nothing selected and no filters from the last map.
   */
  async opened(next: MapInfo): Promise<void> {
    this.errorMessage = null;
    try {
      this.organisations = await fetchOrganisations();
    } catch (error) {
      this.organisations = [];
      this.showError(error);
    }
    this.drill = closedDrill;
    this.filters = noFilters();
    void this.select(null);
    this.highlighted = null;
    this.#nextCamera = { kind: 'reset' };
    this.info = next;
  }

  /**
   * A page, undo or redo changed the map and reopened it: show it as the
   * person left it (what is open, the filters, the selection), less what was
   * deleted, with its organisations and the details shown read again.
   */
  async changed(next: MapInfo): Promise<void> {
    try {
      this.organisations = await fetchOrganisations();
    } catch (error) {
      this.showError(error);
    }
    const remaining = new Set(this.organisations.map((organisation) => organisation.id));
    this.drill = keepOrganisations(this.drill, remaining);
    if (this.filters.organisations.some((id) => !remaining.has(id))) {
      this.filters.organisations = this.filters.organisations.filter((id) => remaining.has(id));
    }
    this.info = next;
    if (this.selected !== null) await this.#details.ask({ key: this.selected, afterEdit: true });
  }

  /** Selects the node `key` (or nothing) and shows its details; resolves to them, or null. */
  async select(key: string | null): Promise<NodeDetails | null> {
    this.selected = key;
    this.detailsOpen = true;
    if (key !== this.highlighted) this.highlighted = null;
    if (key === null) {
      this.#details.cancel();
      this.details = null;
      this.detailsLoading = false;
      return null;
    }
    this.detailsLoading = true;
    return (await this.#details.ask({ key, afterEdit: false })) ?? null;
  }

  /** Hides the details card; the node stays selected, so focus still works around it. */
  closeDetails(): void {
    this.detailsOpen = false;
  }

  openDetails(): void {
    this.detailsOpen = true;
  }

  /**
   * A person, team or organisation named in the details card: show its
   * details, and bring it into view if it is on the map.
   */
  follow(key: string): void {
    void this.select(key);
    if (this.view !== null && this.view.scene.nodes.some((node) => node.key === key)) {
      this.#moveCamera({ kind: 'centre', key });
    }
  }

  /** Opens the node `key` one level, from the map or from its details panel. */
  openNode(key: string): void {
    const node = this.view?.scene.nodes.find((candidate) => candidate.key === key);
    if (node !== undefined) {
      this.#setDrill(drillInto(this.drill, node), { kind: 'open', key });
      return;
    }
    // Not on the map (its organisation is closed): open the way there from its details.
    const { details } = this;
    if (details === null || details.node.key !== key) return;
    if (details.kind === 'organisation') {
      this.#setDrill(expandOrganisation(this.drill, { id: details.node.id, key, label: details.node.name }), {
        kind: 'open',
        key,
      });
    } else if (details.kind === 'team') {
      const withOrganisation = expandOrganisation(this.drill, {
        id: details.organisation.id,
        key: details.organisation.key,
        label: details.organisation.name,
      });
      const team = { id: details.node.id, key, label: details.node.name, organisation: details.organisation.id };
      this.#setDrill(expandTeam(withOrganisation, team), { kind: 'open', key });
    }
  }

  /** A search suggestion: open what it sits in, then centre on it, single it out and show its details. */
  async pick(hit: SearchHit): Promise<void> {
    this.highlighted = hit.key;
    await this.select(hit.key);
    let next = this.drill;
    const organisation = hit.open_organisation;
    if (organisation !== null) {
      next = expandOrganisation(next, { id: organisation.id, key: organisation.key, label: organisation.name });
      const team = hit.open_team;
      if (team !== null) {
        next = expandTeam(next, { id: team.id, key: team.key, label: team.name, organisation: organisation.id });
      }
    }
    const camera: CameraIntent = { kind: 'centre', key: hit.key };
    if (next !== this.drill) this.#setDrill(next, camera);
    else this.#moveCamera(camera);
  }

  /**
   * Opens the whole map to one depth. Everyone needs the teams' ids, which
   * the map opened to its teams gives.
   */
  async showDepth(depth: Depth): Promise<void> {
    const everyOrganisation = this.organisations.map((organisation) => ({
      id: organisation.id,
      key: organisation.key,
      label: organisation.name,
    }));
    this.showingDepth = true;
    try {
      let teams: Parameters<typeof openEverything>[2] = [];
      if (depth === 'people') {
        const byTeams = openEverything('teams', everyOrganisation, []);
        const scene = await this.#teamScenes.ask(sceneRequest(byTeams, this.#currentRequest().filters, this.sizeBy));
        if (scene === undefined) return;
        teams = scene.nodes
          .filter((node) => node.kind === 'team')
          .map((node) => ({
            id: node.id,
            key: node.key,
            label: node.label,
            organisation: node.organisation,
            expandable: node.expandable,
          }));
      }
      this.#setDrill(openEverything(depth, everyOrganisation, teams), { kind: 'fit' });
    } finally {
      this.showingDepth = false;
    }
  }

  /** Saves where the node `key` was dragged to. */
  async place(key: string, x: number, y: number): Promise<void> {
    try {
      await placeNode(key, x, y);
    } catch (error) {
      this.showError(error);
    }
    // Redraw from the backend either way: it lays the rest out around the
    // new place, or puts the node back where it was.
    await this.drawScene();
  }

  /** Forgets every hand-placed position and shows the whole map. */
  async forgetPlaces(): Promise<void> {
    try {
      await resetLayout();
    } catch (error) {
      this.showError(error);
      return;
    }
    this.#nextCamera = { kind: 'fit' };
    await this.drawScene();
  }

  /** Asks the open in progress to stop. */
  cancelOpen(): void {
    cancelOpen().catch((error: unknown) => this.showError(error));
  }

  /** Another page asks the map to show something: open the way to it, select it and focus on it. */
  showOnMap(focus: MapFocus): void {
    let next = this.drill;
    for (const organisation of focus.organisations) next = expandOrganisation(next, organisation);
    for (const team of focus.teams) next = expandTeam(next, team);
    const camera: CameraIntent =
      focus.select !== null ? { kind: 'centre', key: focus.select }
      : focus.frame !== undefined ? { kind: 'open-all', keys: focus.frame }
      : { kind: 'fit' };
    if (next !== this.drill) this.#setDrill(next, camera);
    else this.#moveCamera(camera);
    this.highlighted = focus.select;
    void this.select(focus.select);
  }
}
