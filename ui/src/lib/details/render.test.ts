// Server-renders the panels (no DOM needed) to check what reaches the page:
// names as text, never markup, and the test ids end-to-end tests rely on.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { NodeDetails } from '../ipc';
import DetailsPanel from './DetailsPanel.svelte';

const evil = '<img src=x onerror=alert(1)>';
const noop = () => {};

const person: NodeDetails = {
  kind: 'person',
  node: { key: 'person:P1', kind: 'person', id: 'P1', name: evil },
  role: '<b>Discharge</b> lead',
  level: 'middle',
  email: 'p@example.org',
  team: { key: 'team:T1', kind: 'team', id: 'T1', name: 'Discharge Team' },
  organisation: { key: 'org:A', kind: 'organisation', id: 'A', name: 'Acute Trust' },
  in_post: true,
  ties: [
    {
      person: { key: 'person:P2', kind: 'person', id: 'P2', name: 'Sam <script>x</script>' },
      team: 'Reablement',
      organisation: 'Council',
      kind: 'works-with',
      strength: 0.72,
      last_contact: '2025-01-10',
      crosses_organisations: true,
    },
  ],
  metrics: { degree: 1, external_degree: 1, strength: 0.72, betweenness: 0.01, betweenness_estimated: true, constraint: null },
};

const team: NodeDetails = {
  kind: 'team',
  node: { key: 'team:T1', kind: 'team', id: 'T1', name: 'Discharge Team' },
  function: 'hospital discharge',
  organisation: { key: 'org:A', kind: 'organisation', id: 'A', name: 'Acute Trust' },
  parent: null,
  sub_teams: [],
  members: [{ person: { key: 'person:P1', kind: 'person', id: 'P1', name: 'Priya Shah' }, role: null, level: 'frontline' }],
  partner_links: [
    {
      other: { key: 'team:T9', kind: 'team', id: 'T9', name: 'Reablement' },
      other_organisation: 'Council',
      category: 'single-point-of-failure',
      reason: 'If Priya Shah leaves, Discharge Team and Reablement have no direct contact.',
      action: 'Introduce a second person.',
      ties: 2,
    },
  ],
};

describe('DetailsPanel', () => {
  it('renders names, roles and ties as text', () => {
    const { body } = render(DetailsPanel, {
      props: { details: person, loading: false, onSelect: noop, onOpen: noop, onClose: noop },
    });
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('<b>');
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
    for (const id of ['details-panel', 'details-name', 'details-role', 'details-tie', 'details-tie-cross', 'details-metric-betweenness']) {
      expect(body).toContain(`data-testid="${id}"`);
    }
    expect(body).toContain('72%');
    expect(body).toContain('10 Jan 2025');
    expect(body).not.toContain('data-testid="details-open"');
    expect(body).toContain('about');
  });

  it('shows a team’s partner links with their category', () => {
    const { body } = render(DetailsPanel, {
      props: { details: team, loading: false, onSelect: noop, onOpen: noop, onClose: noop },
    });
    expect(body).toContain('data-testid="details-open"');
    expect(body).toContain('data-category="single-point-of-failure"');
    expect(body).toContain('Single point of failure');
    expect(body).toContain('Introduce a second person.');
  });

  it('says what to do when nothing is selected', () => {
    const { body } = render(DetailsPanel, {
      props: { details: null, loading: false, onSelect: noop, onOpen: noop, onClose: noop },
    });
    expect(body).toContain('data-testid="details-empty"');
  });
});
