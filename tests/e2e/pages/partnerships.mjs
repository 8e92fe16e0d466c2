// The Partnerships page: the demo's four partnerships, one opened with its
// self-assessments (table and chart), partner links most urgent first and the
// level-coverage heatmap; "Show on map" selects the link's team on the map;
// an assessment is added, and an invalid one is refused beside its field
// with nothing written. Writes go to a copy of the demo map.
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { check, screenshot, withApp } from '../harness.mjs';
import { click, fill, poll, waitForMap, waitForOrganisations } from '../window.mjs';

const URGENCY = ['missing', 'indirect-only', 'single-point-of-failure', 'stale', 'thin', 'top-heavy', 'healthy'];

async function openPage(browser) {
  await waitForOrganisations(browser);
  await click(browser, '[data-testid="page-tab-partnerships"]');
  return poll(
    browser,
    () => {
      const items = [...document.querySelectorAll('[data-testid="partnership-item"]')];
      return items.length > 0 && document.querySelector('[data-testid="partnership-details"]') !== null
        ? items.map((i) => ({ id: i.dataset.id, name: i.querySelector('.name').textContent }))
        : null;
    },
    'the Partnerships page did not list partnerships',
  );
}

/** What the opened partnership shows. */
function details(browser) {
  return browser.execute(() => {
    const d = document.querySelector('[data-testid="partnership-details"]');
    if (d === null) return null;
    return {
      id: d.dataset.id,
      title: d.querySelector('[data-testid="partnership-title"]').textContent,
      model: d.querySelector('[data-testid="partnership-model-label"]').textContent,
      assessments: [...d.querySelectorAll('[data-testid="assessment-row"]')].map((r) => r.dataset.date),
      lines: d.querySelectorAll('[data-testid="chart-line"]').length,
      links: [...d.querySelectorAll('[data-testid="partner-link"]')].map((l) => ({
        category: l.dataset.category,
        declared: l.dataset.declared === 'true',
        reason: l.querySelector('[data-testid="link-reason"]').textContent,
        action: l.querySelector('[data-testid="link-action"]').textContent,
      })),
      pairs: d.querySelectorAll('[data-testid="coverage-pair"]').length,
      cells: d.querySelectorAll('[data-testid="coverage-cell"]').length,
      filled: [...d.querySelectorAll('[data-testid="coverage-cell"]')].filter((c) => c.dataset.count !== '0').length,
    };
  });
}

export default async (test, { driver, demo, temp }) => {
  await test('the Partnerships page lists partnerships with assessments, links by urgency and coverage; Show on map selects the team', async () => {
    await withApp(driver, ['--map', demo], async (browser) => {
      const items = await openPage(browser);
      check(items.length === 4, `${items.length} partnerships listed, expected 4: ${JSON.stringify(items)}`);
      const place = items.find((i) => i.name.includes('Place Partnership'));
      check(place !== undefined, 'the Place Partnership is not listed');
      await click(browser, `[data-testid="partnership-item"][data-id="${place.id}"]`);
      const shown = await poll(
        browser,
        (id) => document.querySelector(`[data-testid="partnership-details"][data-id="${id}"]`) !== null,
        'choosing a partnership did not open it',
        place.id,
      );
      check(shown, 'not shown');
      const d = await details(browser);
      check(d.model === 'Mandated', `the Place Partnership's model reads ${d.model}`);
      check(d.assessments.length === 3, `${d.assessments.length} assessments shown, expected 3`);
      check(d.lines === 5, `${d.lines} chart lines, expected one per attribute`);
      check(d.links.length > 0, 'no partner links shown');
      check(d.links.every((l) => l.reason.length > 0 && l.action.startsWith('Suggested: ')), 'a link lacks its reason or action');
      const order = d.links.map((l) => [l.declared ? 0 : 1, URGENCY.indexOf(l.category)]);
      const sorted = [...order].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      check(JSON.stringify(order) === JSON.stringify(sorted), `links are not declared first then by urgency: ${JSON.stringify(order)}`);
      check(d.pairs > 0 && d.cells === d.pairs * 36, `${d.pairs} heatmaps with ${d.cells} cells`);
      check(d.filled > 0, 'the heatmap shows no ties at all');
      await screenshot(browser, 'partnerships.png');

      const weak = d.links.findIndex((l) => l.category !== 'healthy');
      check(weak >= 0, 'the Place Partnership has no weak link to show');
      const team = await browser.execute(
        (i) => document.querySelectorAll('[data-testid="partner-link"]')[i].querySelector('[data-testid="link-teams"]').textContent,
        weak,
      );
      await browser.execute(
        (i) => document.querySelectorAll('[data-testid="partner-link"]')[i].querySelector('[data-testid="show-on-map"]').click(),
        weak,
      );
      const map = await waitForMap(
        browser,
        (m) => m.nodes.some((n) => n.kind === 'team' && n.highlighted && !n.hidden),
        `Show on map did not select a team of ${team}`,
      );
      const selected = map.nodes.find((n) => n.kind === 'team' && n.highlighted);
      check(team.startsWith(selected.label), `the map selected ${selected.label}, not the first team of ${team}`);
      check(map.nodes.some((n) => n.dimmed) || map.nodes.length > 0, 'nothing drawn');
      await screenshot(browser, 'partnerships-show-on-map.png');
    });
  });

  await test('an assessment is added to a partnership; an invalid one is refused beside its field and nothing is written', async () => {
    const copy = path.join(temp, 'partnerships-writes.bwmap');
    await copyFile(demo, copy);
    await withApp(driver, ['--map', copy], async (browser) => {
      await openPage(browser);
      const before = await details(browser);
      await click(browser, '[data-testid="assessment-new"]');
      await poll(browser, () => document.querySelector('[data-testid="assessment-form"]') !== null, 'no assessment form');

      await fill(browser, 'assessment-date', '2026-01-15');
      for (const [key, value] of [
        ['shared_purpose', '9'],
        ['shared_values', '4'],
        ['agreed_processes', '3'],
        ['trust_commitment', '4'],
        ['communication', '3'],
      ]) {
        await fill(browser, `assessment-${key}`, value);
      }
      await click(browser, '[data-testid="assessment-save"]');
      const message = await poll(
        browser,
        () => document.querySelector('[data-testid="field-error-shared_purpose"]')?.textContent ?? null,
        'an out-of-range score gave no message beside its field',
      );
      check(message.includes('Shared purpose') && message.includes('1 to 5'), `the message reads: ${message}`);
      check((await details(browser)).assessments.length === before.assessments.length, 'the invalid assessment was written');
      await screenshot(browser, 'partnerships-invalid.png');

      await fill(browser, 'assessment-shared_purpose', '5');
      await click(browser, '[data-testid="assessment-save"]');
      const after = await poll(
        browser,
        (n) => {
          const rows = [...document.querySelectorAll('[data-testid="assessment-row"]')].map((r) => r.dataset.date);
          return rows.length === n + 1 && document.querySelector('[data-testid="assessment-form"]') === null ? rows : null;
        },
        'the new assessment did not appear',
        before.assessments.length,
      );
      check(after.includes('2026-01-15'), `assessments now: ${after.join(', ')}`);
      const score = await browser.execute(
        () => document.querySelector('[data-testid="assessment-row"][data-date="2026-01-15"] [data-key="shared_purpose"]').textContent,
      );
      check(score === '5', `the new assessment's shared purpose reads ${score}`);
    });
  });
};
