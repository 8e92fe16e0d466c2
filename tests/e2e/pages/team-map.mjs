// The map at team level, as a newcomer meets it: on the demo map, "Open all:
// Teams" draws every team with the links between partner teams on top and the
// ties inside an organisation quiet, and no two labels overlap; a fresh map of
// three organisations, imported through the app, opens fitted into the part
// of the map nothing floats over, every organisation labelled.
import path from 'node:path';
import { check, run, screenshot, withApp } from '../harness.mjs';
import { click, poll, waitForMap, waitForOrganisations, writeCsv } from '../window.mjs';

/** The free area the canvas frames new views in, and the canvas's place in the window. */
function freeArea(browser) {
  return browser.execute(() => {
    const free = window.__bridgeworkMap.freeArea();
    const canvas = document.querySelector('[data-testid="map-canvas"]').getBoundingClientRect();
    return { ...free, left: canvas.left, top: canvas.top };
  });
}

/** Whether a node's centre lies inside the free area. */
function inside(node, free) {
  return (
    node.viewportX >= free.x &&
    node.viewportX <= free.x + free.width &&
    node.viewportY >= free.y &&
    node.viewportY <= free.y + free.height
  );
}

/** Three organisations, a few teams each (one with a sub-team), people and ties within and across them. */
function threeOrganisations() {
  const organisations = [
    ['id', 'name', 'kind'],
    ['north-trust', 'Northfield Hospital Trust', 'acute'],
    ['east-council', 'Eastbrook City Council', 'local-authority'],
    ['river-care', 'Riverside Community Care', 'community'],
  ];
  const teams = [['id', 'org_id', 'parent_team_id', 'name', 'function']];
  const people = [['id', 'team_id', 'name', 'role', 'level']];
  const ties = [['person_a', 'person_b', 'strength']];
  const plan = {
    'north-trust': ['Emergency', 'Discharge', 'Frailty'],
    'east-council': ['Adult Social Care', 'Housing'],
    'river-care': ['District Nursing', 'Rehabilitation'],
  };
  for (const [org, names] of Object.entries(plan)) {
    names.forEach((name, t) => {
      const team = `${org}-t${t}`;
      teams.push([team, org, '', name, '']);
      for (let p = 0; p < 5; p += 1) {
        people.push([`${team}-p${p}`, team, `${name} member ${p + 1}`, 'Practitioner', p === 0 ? 'middle' : 'frontline']);
        if (p > 0) ties.push([`${team}-p${p - 1}`, `${team}-p${p}`, '4']);
      }
    });
  }
  // A sub-team of the hospital's discharge team.
  teams.push(['north-trust-t1-nights', 'north-trust', 'north-trust-t1', 'Night Discharge', '']);
  for (let p = 0; p < 3; p += 1) {
    people.push([`nights-p${p}`, 'north-trust-t1-nights', `Night Discharge member ${p + 1}`, 'Nurse', 'frontline']);
  }
  ties.push(['nights-p0', 'north-trust-t1-p0', '3']);
  // Across organisations: discharge to social care (one person carries it), frailty to nursing.
  ties.push(['north-trust-t1-p0', 'east-council-t0-p0', '4']);
  ties.push(['north-trust-t2-p1', 'river-care-t0-p1', '3'], ['north-trust-t2-p2', 'river-care-t0-p2', '2']);
  ties.push(['east-council-t1-p0', 'river-care-t1-p0', '2']);
  const partnerships = [
    ['id', 'name', 'organisations'],
    ['place', 'Eastbrook Place Partnership', 'north-trust; east-council; river-care'],
  ];
  return {
    'organisations.csv': organisations,
    'teams.csv': teams,
    'people.csv': people,
    'ties.csv': ties,
    'partnerships.csv': partnerships,
  };
}

export default async (test, { driver, demo, temp, cli }) => {
  await test('Open all: Teams on the demo map draws partner links over quiet internal ties, labels not overlapping', async () => {
    await withApp(driver, ['--map', demo], async (browser) => {
      await waitForOrganisations(browser);
      await click(browser, '[data-testid="map-depth-teams"]');
      const map = await waitForMap(
        browser,
        (m) => m.nodes.length > 50 && m.nodes.every((n) => n.kind === 'team') && m.nodes.some((n) => n.labelled),
        'Open all: Teams did not draw the teams',
      );
      // Wait for the camera to settle, then read again.
      await browser.pause(800);
      const teams = (await waitForMap(browser, (m) => m.nodes.length === map.nodes.length, 'the teams went')).nodes;
      const orgOf = new Map(teams.map((n) => [n.key, n.parent]));
      const edges = map.edges;
      const internal = edges.filter((e) => orgOf.get(e.source) === orgOf.get(e.target));
      const partner = edges.filter((e) => orgOf.get(e.source) !== orgOf.get(e.target) && e.category !== null);
      check(internal.length > 0 && partner.length > 0, `${internal.length} internal ties, ${partner.length} partner links`);
      const internalColours = new Set(internal.map((e) => e.color));
      check(
        partner.every((e) => !internalColours.has(e.color)),
        'a partner link is drawn in the colour of the ties inside an organisation',
      );

      const free = await freeArea(browser);
      const shown = teams.filter((n) => !n.hidden);
      const within = shown.filter((n) => inside(n, free)).length;
      check(within === shown.length, `${shown.length - within} of ${shown.length} teams outside the free area ${JSON.stringify(free)}`);
      const labelled = shown.filter((n) => n.labelled);
      check(labelled.length >= 10, `only ${labelled.length} team labels drawn`);
      // Teams on weak partner links are labelled before those on none.
      const weak = new Set(
        edges
          .filter((e) => ['missing', 'indirect-only', 'single-point-of-failure'].includes(e.category))
          .flatMap((e) => [e.source, e.target]),
      );
      const share = (list) => list.filter((n) => n.labelled).length / Math.max(list.length, 1);
      const [onWeak, offWeak] = [shown.filter((n) => weak.has(n.key)), shown.filter((n) => !weak.has(n.key))];
      check(
        share(onWeak) >= share(offWeak),
        `${share(onWeak).toFixed(2)} of teams on weak links labelled, ${share(offWeak).toFixed(2)} of the others`,
      );
      await screenshot(browser, 'team-map-all-teams.png');
    });
  });

  await test('a fresh three-organisation import opens fitted into the free area, every organisation labelled', async () => {
    const map = path.join(temp, 'three.bwmap');
    await run(cli, ['new', map, '--name', 'Three organisations']);
    const folder = path.join(temp, 'three-organisations');
    await writeCsv(folder, threeOrganisations());

    await withApp(driver, ['--map', map, '--import-source', folder], async (browser) => {
      await click(browser, '[data-testid="page-tab-import"]');
      await poll(browser, () => document.querySelector('[data-testid="import-choose-folder"]') !== null, 'no Import page');
      await click(browser, '[data-testid="import-choose-folder"]');
      await poll(browser, () => document.querySelectorAll('[data-testid="import-table"]').length > 0, 'no preview');
      await click(browser, '[data-testid="import-check"]');
      const ready = await poll(
        browser,
        () =>
          document.querySelector('[data-testid="import-ready"]') !== null ||
          (document.querySelector('[data-testid="import-check-error"]')?.textContent ?? null),
        'the check gave no result',
      );
      check(ready === true, `the check of the three organisations failed: ${ready}`);
      await click(browser, '[data-testid="import-run"]');
      await poll(browser, () => document.querySelector('[data-testid="import-done"]') !== null, 'the import did not finish', null, 60_000);
      await click(browser, '[data-testid="page-tab-map"]');

      const drawn = await waitForMap(
        browser,
        (m) => m.nodes.filter((n) => n.kind === 'organisation').length === 3,
        'the imported organisations are not drawn',
      );
      await browser.pause(800);
      await screenshot(browser, 'team-map-fresh-import.png');
      // The camera has settled and every organisation is labelled.
      const settled = await waitForMap(
        browser,
        (m) => m.nodes.filter((n) => n.kind === 'organisation').every((n) => n.labelled),
        `not every organisation is labelled: ${JSON.stringify(drawn.nodes.map((n) => [n.label, n.labelled]))}`,
      );
      await browser.pause(800);
      const free = await freeArea(browser);
      const organisations = (await waitForMap(browser, (m) => m.nodes.length === settled.nodes.length, 'the map changed')).nodes;
      for (const node of organisations) {
        check(inside(node, free), `${node.label} at (${node.viewportX}, ${node.viewportY}) lies outside the free area ${JSON.stringify(free)}`);
        check(node.labelled, `${node.label} is not labelled`);
      }
      const legend = await browser.execute(() => document.querySelector('[data-testid="map-legend"]')?.getBoundingClientRect().toJSON() ?? null);
      if (legend !== null) {
        for (const node of organisations) {
          const [x, y] = [node.clientX, node.clientY];
          check(
            !(x >= legend.left && x <= legend.right && y >= legend.top && y <= legend.bottom),
            `${node.label} lies under the legend`,
          );
        }
      }
      await screenshot(browser, 'team-map-three-organisations.png');
    });
  });
};
