// Server-renders the panels (no DOM needed) to check what reaches the page:
// names as text, never markup, and the test ids end-to-end tests rely on.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { OrganisationSummary, SceneFilters } from '../ipc';
import FilterPanel from './FilterPanel.svelte';

const evil = '<img src=x onerror=alert(1)>';
const noop = () => {};

describe('FilterPanel', () => {
  it('lists organisations by id with escaped names and every control', () => {
    const organisations: OrganisationSummary[] = [
      { id: 'A', name: evil, key: 'org:A', kind: 'acute', colour: 'red;background:url(x)', teams: 1, people: 2 },
    ];
    const filters: SceneFilters = { organisations: [], levels: [], tie_kinds: [], min_strength: 0.25, contact_within_days: 45 };
    const { body } = render(FilterPanel, {
      props: { organisations, filters, sizeBy: 'people', focusHops: 0, onResetLayout: noop },
    });
    expect(body).not.toContain('<img');
    expect(body).not.toContain('url(x)');
    for (const id of ['filter-org-A', 'filter-min-strength', 'filter-level-board', 'filter-tie-kind-advice', 'filter-size-brokerage', 'filter-focus-2', 'filter-reset-layout', 'filter-contact-days']) {
      expect(body).toContain(`data-testid="${id}"`);
    }
    expect(body).toContain('25%');
  });
});
