// The findings beside the map: what each partnership's tally and urgent
// links say, and the panel's transitions through the real lib/ipc with
// Tauri's `invoke` replaced by a stand-in backend.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Category, PartnershipLink, PartnershipsView } from '../ipc';
import { linkFocus, linkPeopleFocus } from '../partnerships/partnerships';
import { findingsOf } from './findings';
import { FindingsPanelState } from './findings-panel.svelte';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@tauri-apps/api/core', () => ({ invoke, Channel: class {} }));

const hospital = { id: 'H', name: 'City Hospital', key: 'org:H' };
const council = { id: 'C', name: 'Borough Council', key: 'org:C' };

let made = 0;
function link(category: Category, declared: boolean, reason = `reason ${made}`): PartnershipLink {
  made += 1;
  return {
    a: { id: `h${made}`, name: `Ward ${made}`, key: `team:h${made}`, organisation: hospital },
    b: { id: `c${made}`, name: `Care ${made}`, key: `team:c${made}`, organisation: council },
    declared,
    link_reason: null,
    category,
    reason,
    action: `act on ${made}`,
    direct_ties: category === 'missing' ? 0 : 2,
  };
}

function view(links: PartnershipLink[]): PartnershipsView {
  return {
    as_of: '2026-12-01',
    partnerships: [
      {
        id: 'P1',
        name: 'Discharge',
        model: null,
        purpose: null,
        started: null,
        organisations: [hospital, council],
        assessments: [],
        links,
        coverage: [],
      },
    ],
    organisations: [hospital, council],
    levels: [],
  };
}

describe('findingsOf', () => {
  it('counts the links of each category, most urgent first, and leaves out categories with none', () => {
    const links = [link('healthy', true), link('single-point-of-failure', false), link('single-point-of-failure', true)];
    const [found] = findingsOf(view([...links, link('missing', true)]));
    expect(found.tally).toEqual([
      { category: 'missing', links: 1 },
      { category: 'single-point-of-failure', links: 2 },
      { category: 'healthy', links: 1 },
    ]);
    expect(found.organisations).toEqual(['City Hospital', 'Borough Council']);
  });

  it('lists the most urgent links that are not healthy, declared first among equals, with their words and focus', () => {
    const spofUndeclared = link('single-point-of-failure', false, 'If Ella Brown leaves, Ward and Care have no direct contact');
    const spofDeclared = link('single-point-of-failure', true);
    const stale = link('stale', true);
    const missing = link('missing', false);
    const healthy = link('healthy', true);
    const [found] = findingsOf(view([healthy, stale, spofUndeclared, spofDeclared, missing]), 3);
    expect(found.urgent.map((u) => u.category)).toEqual(['missing', 'single-point-of-failure', 'single-point-of-failure']);
    expect(found.urgent[1].key).toBe(`${spofDeclared.a.key}|${spofDeclared.b.key}`);
    const named = found.urgent[2];
    expect(named).toEqual({
      key: `${spofUndeclared.a.key}|${spofUndeclared.b.key}`,
      title: `${spofUndeclared.a.name} (City Hospital) – ${spofUndeclared.b.name} (Borough Council)`,
      category: 'single-point-of-failure',
      reason: 'If Ella Brown leaves, Ward and Care have no direct contact',
      action: spofUndeclared.action,
      focus: linkFocus(spofUndeclared),
      peopleFocus: linkPeopleFocus(spofUndeclared),
    });
    expect(found.more, 'the stale link is beyond the three shown').toBe(1);
  });

  it('has nothing urgent for a partnership whose links are all healthy', () => {
    const [found] = findingsOf(view([link('healthy', true)]));
    expect(found.more).toBe(0);
    expect(found.urgent).toEqual([]);
  });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('FindingsPanelState', () => {
  beforeEach(() => invoke.mockReset());

  it('reads the partnerships into findings, and says why when it cannot', async () => {
    const panel = new FindingsPanelState();
    invoke.mockResolvedValueOnce(view([link('missing', true)]));
    await panel.load();
    expect(invoke).toHaveBeenCalledWith('partnerships', undefined);
    expect(panel.findings?.[0].tally).toEqual([{ category: 'missing', links: 1 }]);

    invoke.mockRejectedValueOnce({ code: 'io', message: 'the map file is gone' });
    await panel.load();
    await settle();
    expect(panel.loadError).toBe('the map file is gone');
  });

  it('shows the first-run hint until it is dismissed, and remembers the dismissal', async () => {
    const panel = new FindingsPanelState();
    invoke.mockResolvedValueOnce({ first_run_hint_dismissed: false });
    await panel.loadHint();
    expect(panel.hintShown).toBe(true);

    invoke.mockResolvedValueOnce({ first_run_hint_dismissed: true });
    await panel.dismissHint();
    expect(panel.hintShown).toBe(false);
    expect(invoke).toHaveBeenLastCalledWith('dismiss_first_run_hint', undefined);

    const later = new FindingsPanelState();
    invoke.mockResolvedValueOnce({ first_run_hint_dismissed: true });
    await later.loadHint();
    expect(later.hintShown).toBe(false);
  });

  it('folds away and back', () => {
    const panel = new FindingsPanelState();
    expect(panel.folded).toBe(false);
    panel.toggle();
    expect(panel.folded).toBe(true);
    panel.toggle();
    expect(panel.folded).toBe(false);
  });
});
