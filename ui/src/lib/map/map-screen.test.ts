// The map screen's transitions, through the real lib/ipc with Tauri's
// `invoke` replaced by a stand-in backend: the fixture map answers `scene`,
// and each test says how `organisations` and `details` answer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeDetails, OrganisationSummary, SceneRequest } from '../ipc';
import { breadcrumb } from './drill';
import { fixtureInfo, fixtureOrganisations, fixtureScene } from './fixture';
import { MapScreen } from './map-screen.svelte';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@tauri-apps/api/core', () => ({ invoke, Channel: class {} }));


const summaries = (ids: readonly string[]): OrganisationSummary[] =>
  fixtureOrganisations
    .filter((organisation) => ids.includes(organisation.id))
    .map((organisation) => ({ ...organisation, key: `org:${organisation.id}`, teams: 1, people: 1 }));

const personDetails = (id: string): NodeDetails => ({
  kind: 'person',
  node: { key: `person:${id}`, kind: 'person', id, name: id },
  role: null,
  level: null,
  email: null,
  team: null,
  organisation: null,
  in_post: true,
  metrics: {
    degree: 0,
    external_degree: 0,
    strength: 0,
    betweenness: 0,
    betweenness_estimated: false,
    constraint: null,
  },
  ties: [],
});

/** A backend whose answers the test hands back when it likes; `scene` answers from the fixture. */
function backend(organisations: () => OrganisationSummary[]) {
  const waiting: { command: string; args: Record<string, unknown>; answer: () => void; fail: (e: unknown) => void }[] = [];
  invoke.mockImplementation((command: string, args: Record<string, unknown> = {}) => {
    if (command === 'organisations') return Promise.resolve(organisations());
    return new Promise((resolve, reject) => {
      const answer = () =>
        resolve(
          command === 'scene'
            ? fixtureScene(args.request as SceneRequest)
            : command === 'details'
              ? personDetails(String(args.key).replace(/^person:/, ''))
              : undefined,
        );
      waiting.push({ command, args, answer, fail: reject });
    });
  });
  return waiting;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MapScreen', () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it('draws only the scene asked for last, however the answers arrive', async () => {
    const waiting = backend(() => summaries(['RVH', 'NBC', 'SAH']));
    const screen = new MapScreen();
    await screen.opened(fixtureInfo);
    void screen.drawScene();
    screen.sizeBy = 'ties';
    void screen.drawScene();
    const [first, second] = waiting.filter((call) => call.command === 'scene');
    second.answer();
    first.answer();
    await settle();
    expect(screen.view?.scene).toEqual(fixtureScene(second.args.request as SceneRequest));
    expect((first.args.request as SceneRequest).size_by).toBe('people');
  });

  it('after an edit keeps what is open and filtered, less the organisations deleted', async () => {
    let remaining = ['RVH', 'NBC', 'SAH'];
    backend(() => summaries(remaining));
    const screen = new MapScreen();
    await screen.opened(fixtureInfo);
    screen.openNode('org:RVH');
    screen.filters.organisations = ['RVH', 'NBC'];
    remaining = ['RVH', 'SAH'];
    await screen.changed({ ...fixtureInfo, organisations: 2 });
    expect(screen.organisations.map((organisation) => organisation.id)).toEqual(['RVH', 'SAH']);
    expect(screen.filters.organisations).toEqual(['RVH']);
    expect(screen.info?.organisations).toBe(2);
  });

  it('drops the details of a node no longer selected, and deselects a node an edit deleted', async () => {
    const waiting = backend(() => summaries(['RVH']));
    const screen = new MapScreen();
    await screen.opened(fixtureInfo);
    const first = screen.select('person:P1');
    const second = screen.select('person:P2');
    const [p1, p2] = waiting.filter((call) => call.command === 'details');
    p2.answer();
    p1.answer();
    expect(await first).toBeNull();
    expect((await second)?.node.key).toBe('person:P2');
    expect(screen.details?.node.key).toBe('person:P2');
    expect(screen.detailsLoading).toBe(false);

    const changing = screen.changed(fixtureInfo);
    await settle();
    waiting.at(-1)?.fail({ code: 'not-found', message: 'No person P2.' });
    await changing;
    expect(screen.selected).toBeNull();
    expect(screen.details).toBeNull();
    expect(screen.errorMessage).toBeNull();
  });

  it('keeps the selection and its focus when the details card is closed, and shows the card again for a new selection', async () => {
    const waiting = backend(() => summaries(['RVH']));
    const screen = new MapScreen();
    await screen.opened(fixtureInfo);
    const selecting = screen.select('person:P1');
    waiting.filter((call) => call.command === 'details').forEach((call) => call.answer());
    await selecting;
    screen.focusHops = 2;
    screen.closeDetails();
    expect([screen.selected, screen.detailsOpen, screen.focusHops]).toEqual(['person:P1', false, 2]);
    expect(screen.details?.node.key).toBe('person:P1');
    screen.openDetails();
    expect(screen.detailsOpen).toBe(true);
    screen.closeDetails();
    void screen.select('person:P2');
    expect([screen.selected, screen.detailsOpen]).toEqual(['person:P2', true]);
  });

  it('opens the way to a search suggestion as the backend names it: ids, keys and names', async () => {
    const waiting = backend(() => summaries(['RVH']));
    const screen = new MapScreen();
    await screen.opened(fixtureInfo);
    const picking = screen.pick({
      key: 'person:P01',
      kind: 'person',
      id: 'P01',
      label: 'Amara',
      context: 'Emergency Department · Riverside',
      open_organisation: { id: 'RVH', name: 'Riverside', key: 'org:RVH' },
      open_team: { id: 'RVH-ED', name: 'Emergency Department', key: 'team:RVH-ED' },
    });
    await settle();
    for (const call of waiting.filter((waited) => waited.command === 'details')) call.answer();
    await picking;
    expect(breadcrumb(screen.drill)).toEqual([
      { id: 'RVH', key: 'org:RVH', label: 'Riverside', level: 'organisation' },
      { id: 'RVH-ED', key: 'team:RVH-ED', label: 'Emergency Department', level: 'team' },
    ]);
    expect(screen.highlighted).toBe('person:P01');
  });

  it('closes the open teams when one was deleted, and shows any other failure', async () => {
    const waiting = backend(() => summaries(['RVH']));
    const screen = new MapScreen();
    await screen.opened(fixtureInfo);
    screen.showOnMap({
      organisations: [{ id: 'RVH', key: 'org:RVH', label: 'Riverside' }],
      teams: [{ id: 'RVH-ED', key: 'team:RVH-ED', label: 'Emergency', organisation: 'RVH' }],
      select: null,
    });
    void screen.drawScene();
    waiting.filter((call) => call.command === 'scene').at(-1)?.fail({ code: 'not-found', message: 'No team RVH-ED.' });
    await settle();
    expect(screen.drill.teams).toEqual([]);
    expect(screen.drill.organisations.map((organisation) => organisation.id)).toEqual(['RVH']);
    expect(screen.errorMessage).toBeNull();

    void screen.drawScene();
    waiting.filter((call) => call.command === 'scene').at(-1)?.fail('command scene not found');
    await settle();
    expect(screen.errorMessage).toBe('command scene not found');
  });
});
