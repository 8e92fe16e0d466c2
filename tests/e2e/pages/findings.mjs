// The map screen's findings, as a newcomer meets them on the demo map: the
// first screen shows each partnership's partner links by category and its
// most urgent links with the people named, and a one-sentence hint of what to
// look at (dismissed once, for good); organisation edges are drawn by the
// worst partner-team link they hide and say so; a click on an urgent finding
// shows it on the map. Counts the interactions from launch to "the single
// points of failure between the hospital and the council".
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { check, screenshot, withApp } from '../harness.mjs';
import { click, doubleClick, hover, poll, waitForMap, waitForOrganisations } from '../window.mjs';

const HOSPITAL = 'Ashworth Hospitals NHS Foundation Trust';
const COUNCIL = 'Ashworth Borough Council';

/** What the findings panel shows. */
function findings(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll('[data-testid="findings-partnership"]')].map((p) => ({
      name: p.querySelector('h3').textContent,
      tally: Object.fromEntries(
        [...p.querySelectorAll('[data-testid="findings-tally"]')].map((t) => [t.dataset.category, Number(t.dataset.links)]),
      ),
      urgent: [...p.querySelectorAll('[data-testid="findings-link"]')].map((l) => ({
        category: l.dataset.category,
        text: l.textContent,
      })),
    })),
  );
}

export default async (test, { driver, demo }) => {
  await test('the first screen shows the findings and a hint; organisation edges say what they hide; a finding shows on the map', async () => {
    let interactions = 0;
    await withApp(driver, ['--map', demo], async (browser) => {
      const map = await waitForOrganisations(browser);
      const shown = await poll(
        browser,
        () => document.querySelectorAll('[data-testid="findings-partnership"]').length > 0,
        'the findings panel did not show the partnerships',
      );
      check(shown, 'no findings');
      const hint = await browser.$('[data-testid="first-run-hint"]');
      check(await hint.isExisting(), 'the first-run hint is not shown on a fresh start');
      const partnerships = await findings(browser);
      check(partnerships.length === 4, `${partnerships.length} partnerships in the findings, expected the demo's 4`);
      const listed = partnerships.reduce((sum, p) => sum + (p.tally['single-point-of-failure'] ?? 0), 0);
      check(listed > 0, `no single point of failure in the findings: ${JSON.stringify(partnerships.map((p) => p.tally))}`);
      for (const p of partnerships) {
        check(p.urgent.every((u) => u.category !== 'healthy' && u.text.includes('Suggested: ')), `${p.name}: an urgent link lacks its action`);
      }

      // At organisation level the legend counts the partner links the edges stand for.
      const legendFailures = Number(
        await browser.execute(() => document.querySelector('[data-testid="legend-single-point-of-failure"] .count').textContent),
      );
      check(legendFailures > 10, `the legend counts ${legendFailures} single points of failure at organisation level`);
      const hospital = map.nodes.find((n) => n.label === HOSPITAL);
      const council = map.nodes.find((n) => n.label === COUNCIL);
      check(hospital !== undefined && council !== undefined, 'the hospital or the council is not drawn');
      const edge = map.edges.find((e) => [e.source, e.target].sort().join() === [hospital.key, council.key].sort().join());
      check(edge !== undefined, 'the hospital and the council are not joined');
      check(
        ['missing', 'indirect-only', 'single-point-of-failure'].includes(edge.category),
        `the hospital–council edge is drawn ${edge.category}, not by the worst link it hides`,
      );
      await screenshot(browser, 'findings-first-screen.png');

      // A newcomer's way to the single points of failure between the hospital and the council:
      // hover their edge, and the tooltip counts them. Where the two are now: the first view
      // is framed into the free area once the panels beside it are measured.
      await browser.pause(800);
      const settled = await waitForMap(browser, (m) => m.nodes.length === map.nodes.length, 'the map changed');
      const [from, to] = [HOSPITAL, COUNCIL].map((label) => settled.nodes.find((n) => n.label === label));
      await hover(browser, { clientX: (from.clientX + to.clientX) / 2, clientY: (from.clientY + to.clientY) / 2 });
      interactions += 1;
      const tooltip = await poll(
        browser,
        () => document.querySelector('[data-testid="map-tooltip"]')?.textContent ?? null,
        'hovering the hospital–council edge showed no tooltip',
      );
      const counted = /\d+ partner team links: .*?(\d+) single points? of failure/.exec(tooltip);
      check(counted !== null, `the edge's tooltip reads ${tooltip}`);
      await screenshot(browser, 'findings-edge-tooltip.png');

      // Opening both shows each of them as a ① line between their teams.
      await doubleClick(browser, hospital);
      interactions += 1;
      await waitForMap(browser, (m) => m.nodes.some((n) => n.kind === 'team'), 'the hospital did not open');
      // The camera came to the hospital's teams: Fit brings the council back into view.
      await click(browser, '[data-testid="map-fit"]');
      interactions += 1;
      const frame = await browser.execute(() => document.querySelector('.stage').getBoundingClientRect().toJSON());
      const half = await waitForMap(
        browser,
        (m) => {
          const c = m.nodes.find((n) => n.key === council.key);
          return c !== undefined && c.clientX > frame.left && c.clientX < frame.right && c.clientY > frame.top && c.clientY < frame.bottom;
        },
        'Fit did not bring the council into view',
      );
      await doubleClick(browser, half.nodes.find((n) => n.key === council.key));
      interactions += 1;
      const teams = await waitForMap(
        browser,
        (m) => m.nodes.filter((n) => n.kind === 'team').length > half.nodes.filter((n) => n.kind === 'team').length,
        'the council did not open',
      );
      const teamOf = (org) => (key) => key.startsWith('team:') && teams.nodes.find((n) => n.key === key)?.parent === org.key;
      const [hospitalTeam, councilTeam] = [teamOf(hospital), teamOf(council)];
      const failures = teams.edges.filter(
        (e) =>
          e.category === 'single-point-of-failure' &&
          ((hospitalTeam(e.source) && councilTeam(e.target)) || (hospitalTeam(e.target) && councilTeam(e.source))),
      );
      check(
        failures.length === Number(counted[1]),
        `${failures.length} single points of failure drawn between the hospital's and the council's teams; the edge said ${counted[1]}`,
      );
      await screenshot(browser, 'findings-hospital-council-teams.png');
      console.log(`    newcomer: ${interactions} interactions from launch to the ${failures.length} single points of failure between the hospital and the council drawn on the map`);

      // A click on an urgent finding of the partnership shows its two teams on the map.
      const index = partnerships.findIndex((p) => p.urgent.some((u) => u.category === 'single-point-of-failure'));
      check(index >= 0, 'no partnership lists a single point of failure among its urgent links');
      const finding = partnerships[index].urgent.findIndex((u) => u.category === 'single-point-of-failure');
      await browser.execute(
        (p, f) =>
          document
            .querySelectorAll('[data-testid="findings-partnership"]')
            [p].querySelectorAll('[data-testid="findings-show"]')
            [f].click(),
        index,
        finding,
      );
      interactions += 1;
      const shownTeams = partnerships[index].urgent[finding].text;
      const after = await waitForMap(
        browser,
        (m) => m.nodes.some((n) => n.kind === 'team' && n.highlighted && !n.hidden && shownTeams.includes(n.label)),
        `the finding ${shownTeams} did not select its team on the map`,
      );
      check(after.nodes.some((n) => n.highlighted), 'nothing selected');
      // …in view, clear of the details card.
      const clear = await browser.execute(() => {
        const stage = document.querySelector('.stage').getBoundingClientRect();
        const card = document.querySelector('.details')?.getBoundingClientRect();
        return { left: stage.left, top: stage.top, right: card?.left ?? stage.right, bottom: stage.bottom };
      });
      await waitForMap(
        browser,
        (m) =>
          m.nodes.some(
            (n) => n.highlighted && n.clientX > clear.left && n.clientX < clear.right && n.clientY > clear.top && n.clientY < clear.bottom,
          ),
        `the finding's team is not in view beside the details card (${JSON.stringify(clear)})`,
        10_000,
      );
      await screenshot(browser, 'findings-shown-on-map.png');

      // Folded away, the panel leaves the map the width.
      const width = () => document.querySelector('.stage').getBoundingClientRect().width;
      const unfolded = await browser.execute(width);
      await click(browser, '[data-testid="findings-fold"]');
      await poll(browser, (w) => document.querySelector('.stage').getBoundingClientRect().width > w + 150, 'folding the findings did not widen the map', unfolded);
      await screenshot(browser, 'findings-folded.png');
      await click(browser, '[data-testid="findings-fold"]');

      await click(browser, '[data-testid="first-run-hint-dismiss"]');
      await poll(browser, () => document.querySelector('[data-testid="first-run-hint"]') === null, 'the hint stayed');
      // The app keeps its preferences beside the demo, in its data folder.
      const saved = path.join(path.dirname(demo), 'preferences.json');
      for (let wait = 0; !(await readFile(saved, 'utf8').catch(() => '')).includes('"first_run_hint_dismissed": true'); wait++) {
        check(wait < 50, `the dismissal was not saved in ${saved}`);
        await sleep(100);
      }
    });

    // The dismissal is remembered.
    await withApp(driver, ['--map', demo], async (browser) => {
      await waitForOrganisations(browser);
      await poll(browser, () => document.querySelectorAll('[data-testid="findings-partnership"]').length > 0, 'no findings');
      check(!(await (await browser.$('[data-testid="first-run-hint"]')).isExisting()), 'the dismissed hint came back');
    });
  });
};
