// Server-renders the map's table view (no DOM needed) to check what reaches
// the page: names as text, never markup, the rows of the scene, and the test
// ids end-to-end tests rely on.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { fixtureOrganisations, fixtureScene } from './fixture';
import SceneTable from './SceneTable.svelte';

const noop = () => {};

describe('SceneTable', () => {
  it('renders one row per node and per edge, names as text, with Open only where a node can open', () => {
    const scene = fixtureScene({
      expanded_organisations: ['SAH'],
      expanded_teams: ['SAH-XSS'],
      filters: { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null },
      size_by: 'people',
    });
    const organisationNames = new Map(fixtureOrganisations.map((org) => [org.id, org.name]));
    const { body } = render(SceneTable, { props: { scene, organisationNames, selected: null, onSelect: noop, onOpen: noop } });
    expect(body).not.toMatch(/<b>|<img/);
    for (const node of scene.nodes) expect(body).toContain(`data-key="${node.key}"`);
    for (const edge of scene.edges) expect(body).toContain(`data-key="${edge.key}"`);
    const opens = (body.match(/>Open</g) ?? []).length;
    expect(opens).toBe(scene.nodes.filter((node) => node.expandable).length);
    for (const id of ['scene-table-nodes', 'scene-table-edges', 'sort-name', 'sort-category']) {
      expect(body).toContain(`data-testid="${id}"`);
    }
  });
});
