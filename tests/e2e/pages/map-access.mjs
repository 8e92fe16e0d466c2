// The map for everyone, on the demo map: one partnership's people with the
// people its links hang on marked (checked against the CLI's weak-link
// report), the canvas worked by keyboard alone (focus, arrows, Tab, Enter,
// Space, Escape), and the Table view listing exactly the scene the canvas draws.
import { check, run, screenshot, withApp } from '../harness.mjs';
import { click, poll, waitForDetails, waitForMap, waitForOrganisations } from '../window.mjs';

/** The keyboard's node and what was announced for it. */
function keyboard(browser) {
  return browser.execute(() => ({
    key: window.__bridgeworkMap.keyboardFocus(),
    said: document.querySelector('[data-testid="map-announcement"]').textContent,
    focused: document.activeElement?.dataset.testid ?? null,
  }));
}

export default async (test, { driver, demo, cli }) => {
  await test('a partnership’s people show whom its links hang on; the map works by keyboard and reads as a table', async () => {
    const { stdout } = await run(cli, ['weak-links', demo, '--format', 'json']);
    const report = JSON.parse(stdout);
    // Everyone the analysis names as the only contact of a partner-team pair, by key.
    const critical = new Map();
    for (const pair of report.team_pairs) {
      for (const person of pair.critical) {
        critical.set(person.key, [...(critical.get(person.key) ?? []), `${pair.a.name} and ${pair.b.name}`]);
      }
    }
    check(critical.size > 0, 'the demo has no single point of failure between partner teams');

    await withApp(driver, ['--map', demo], async (browser) => {
      await waitForOrganisations(browser);
      // A single point of failure among the findings: show its two teams' people.
      const link = await poll(
        browser,
        () => document.querySelector('[data-testid="findings-link"][data-category="single-point-of-failure"]')?.dataset.key ?? null,
        'no single point of failure among the findings',
      );
      const [teamA, teamB] = link.split('|');
      await browser.execute(
        (key) =>
          document.querySelector(`[data-testid="findings-link"][data-key="${key}"] [data-testid="findings-people"]`).click(),
        link,
      );
      const people = await waitForMap(
        browser,
        (m) => [teamA, teamB].every((team) => m.nodes.some((n) => n.kind === 'person' && n.parent === team)),
        `the people of ${teamA} and ${teamB} did not show`,
      );
      const persons = people.nodes.filter((n) => n.kind === 'person');
      const marked = persons.filter((n) => n.marks.includes('only-contact')).map((n) => n.key).sort();
      const named = persons.filter((n) => critical.has(n.key)).map((n) => n.key).sort();
      check(marked.length > 0, `no one among ${persons.length} people of ${link} is marked as its only contact`);
      check(
        JSON.stringify(marked) === JSON.stringify(named),
        `marked as only contacts: ${marked.join(', ')}; the weak-link report names ${named.join(', ')}`,
      );
      const between = people.edges.filter(
        (e) => e.category === 'single-point-of-failure' && marked.some((key) => e.source === key || e.target === key),
      );
      check(between.length > 0, 'no tie of a marked person is drawn as a single point of failure');
      const legend = await browser.execute(() => document.querySelector('[data-testid="legend-only-contact"] .count')?.textContent);
      check(Number(legend) >= marked.length, `the legend counts ${legend} only contacts, the map marks ${marked.length}`);
      console.log(
        `    ${link}: ${persons.length} people, ${marked.length} marked as the only contact (${marked.join(', ')}), ` +
          `${persons.filter((n) => n.marks.includes('cut-point')).length} cut points, ${people.edges.filter((e) => e.bridge).length} bridges`,
      );
      await screenshot(browser, 'map-access-partnership-people.png');

      // The keyboard: focus the canvas, move with the arrows, open with Enter.
      await browser.execute(() => document.querySelector('[data-testid="map-canvas"]').focus());
      await browser.keys(['ArrowRight']);
      const first = await poll(browser, () => window.__bridgeworkMap.keyboardFocus(), 'an arrow reached no node');
      let state = await keyboard(browser);
      check(state.focused === 'map-canvas', `the canvas lost focus to ${state.focused}`);
      const firstNode = (await waitForMap(browser, () => true, '')).nodes.find((n) => n.key === first);
      check(state.said.startsWith(`${firstNode.label}, ${firstNode.kind}.`), `reaching ${first} announced "${state.said}"`);
      check(firstNode.highlighted, `${first} is reached but not highlighted on the canvas`);
      await browser.keys(['ArrowRight']);
      await poll(browser, (was) => window.__bridgeworkMap.keyboardFocus() !== was, 'a second ArrowRight stayed put', first);
      state = await keyboard(browser);
      const map = await waitForMap(browser, () => true, '');
      const [from, to] = [first, state.key].map((key) => map.nodes.find((n) => n.key === key));
      // The camera may slide to keep the node in view: compare layout positions.
      check(to.x > from.x, `ArrowRight went from ${from.label} (x ${from.x}) to ${to.label} (x ${to.x}), not rightwards`);
      await screenshot(browser, 'map-access-keyboard.png');

      // Space shows the details of the node reached.
      await browser.keys([' ']);
      await waitForDetails(browser, to.label);
      await browser.keys(['Escape']);
      await poll(browser, () => document.querySelector('[data-testid="selection-bar"]') === null, 'Escape did not clear the selection');

      // A second Escape lets go of the node: Tab then starts from the first.
      await browser.keys(['Escape']);
      await poll(browser, () => window.__bridgeworkMap.keyboardFocus() === null, 'a second Escape kept the node');
      // Tab through to a team that can open, and open it with Enter.
      let team = null;
      for (let step = 0; step < 400 && team === null; step++) {
        await browser.keys(['Tab']);
        const key = await browser.execute(() => window.__bridgeworkMap.keyboardFocus());
        check(key !== null, 'Tab left the canvas before reaching a team');
        const node = (await waitForMap(browser, () => true, '')).nodes.find((n) => n.key === key);
        if (node.kind === 'team') team = node;
      }
      check(team !== null, 'Tab reached no team');
      await browser.keys(['Enter']);
      await waitForMap(
        browser,
        (m) => m.nodes.some((n) => n.parent === team.key),
        `Enter on ${team.label} did not open it into its people`,
      );

      // The Table view lists exactly what the canvas draws.
      const scene = await waitForMap(browser, (m) => m.nodes.some((n) => n.parent === team.key), '');
      await click(browser, '[data-testid="presentation-table"]');
      const rows = await poll(
        browser,
        () =>
          document.querySelector('[data-testid="scene-table-nodes"]') === null
            ? null
            : {
                nodes: [...document.querySelectorAll('[data-testid="scene-table-nodes"] tbody tr')].map((r) => r.dataset.key),
                edges: [...document.querySelectorAll('[data-testid="scene-table-edges"] tbody tr')].map((r) => r.dataset.key),
              },
        'the Table view did not show',
      );
      const sorted = (keys) => JSON.stringify([...keys].sort());
      check(sorted(rows.nodes) === sorted(scene.nodes.map((n) => n.key)), `the table lists ${rows.nodes.length} nodes, the canvas draws ${scene.nodes.length}`);
      check(sorted(rows.edges) === sorted(scene.edges.map((e) => e.key)), `the table lists ${rows.edges.length} links, the canvas draws ${scene.edges.length}`);
      // Sorting by marks puts the marked people first; a row's Details shows them.
      await click(browser, '[data-testid="sort-marks"]');
      const top = await browser.execute(() => document.querySelector('[data-testid="scene-table-nodes"] tbody tr').dataset.key);
      check(marked.includes(top) || scene.nodes.find((n) => n.key === top)?.marks.length > 0, `sorted by marks, ${top} comes first`);
      await screenshot(browser, 'map-access-table.png');
      await browser.execute(() =>
        document.querySelector('[data-testid="scene-table-nodes"] tbody tr button[aria-label^="Details of"]').click(),
      );
      await waitForDetails(browser, scene.nodes.find((n) => n.key === top).label);
      await click(browser, '[data-testid="presentation-map"]');
      await poll(browser, () => document.querySelector('[data-testid="scene-table"]') === null, 'the map did not come back');
    });
  });
};
