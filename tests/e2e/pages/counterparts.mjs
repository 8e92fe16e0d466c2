// The "Find a counterpart" page: reached from the first screen's navigation;
// a search that cannot run says why; a real person of the demo picked by name
// with a partner organisation gets ranked counterparts with reasons and an
// introduction drawn on a small map (every rank with a reason, the match and
// strength figures explained, strengths in percent); "Show on map" selects
// the counterpart on the main map, clear of the details card, and the focus
// works around it with the card closed. Logs how long the query took in the window.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { check, run, screenshot, withApp } from '../harness.mjs';
import { click, fill, pointAt, poll, waitForMap, waitForOrganisations } from '../window.mjs';

/** The error the form shows, once it shows one. */
function formError(browser) {
  return poll(browser, () => document.querySelector('[data-testid="cp-error"]')?.textContent ?? null, 'no error is shown');
}

/**
 * A person in post of the demo with a team and a role (Gareth Taylor, a
 * discharge coordinator at the hospital trust, when the demo has him), and a
 * partner organisation other than theirs, read through the CLI's JSON export.
 */
async function seekerAndPartner(cli, demo, temp) {
  const out = path.join(temp, 'counterparts-demo.json');
  await run(cli, ['export', '--format', 'json', '--out', out, demo]);
  const exported = JSON.parse(await readFile(out, 'utf8'));
  const inPost = exported.people.filter((p) => p.team_id && p.role && !p.left && /^[A-Za-z' -]+$/.test(p.name));
  const person = inPost.find((p) => p.id === 'p-0036') ?? inPost[0];
  check(person !== undefined, 'the demo map has no person to search for');
  const own = exported.teams.find((t) => t.id === person.team_id).org_id;
  const partner =
    exported.organisations.find((o) => o.id === 'council' && o.id !== own) ??
    exported.organisations.find((o) => o.id !== own);
  return { person, partner };
}

/** Waits until the node `key` lies left of the details card: its position and the card's left edge. */
function clearOfDetails(browser, key, message) {
  return poll(
    browser,
    (k) => {
      const card = document.querySelector('aside.details')?.getBoundingClientRect();
      const node = window.__bridgeworkMap?.nodes().find((n) => n.key === k);
      if (card === undefined || node === undefined) return null;
      return node.clientX + node.size <= card.left ? { x: node.clientX, card: card.left } : null;
    },
    message,
    key,
  );
}

export default async (test, { driver, demo, temp, cli }) => {
  await test('Find a counterpart: a person and a partner organisation get ranked counterparts with reasons and an introduction; Show on map selects one', async () => {
    const { person, partner } = await seekerAndPartner(cli, demo, temp);
    await withApp(driver, ['--map', demo], async (browser) => {
      await waitForOrganisations(browser);
      await click(browser, '[data-testid="page-tab-counterparts"]');
      await poll(browser, () => document.querySelector('[data-testid="cp-form"]') !== null, 'the page did not open');
      await poll(
        browser,
        () => document.querySelectorAll('[data-testid="cp-organisation"] option').length > 1,
        'the page does not list the organisations',
      );

      // Nobody picked: the form says what to do, and asks nothing of the backend.
      await click(browser, '[data-testid="cp-submit"]');
      const nobody = await formError(browser);
      check(nobody.includes('Pick yourself'), `with nobody picked the page reads: ${nobody}`);

      // A role but no organisation: the backend refuses, and the page says why.
      await click(browser, '[data-testid="cp-seeker-role"]');
      await poll(browser, () => document.querySelector('[data-testid="cp-role-input"]') !== null, 'no role field');
      await fill(browser, 'cp-role-input', 'discharge coordinator');
      await click(browser, '[data-testid="cp-submit"]');
      const nowhere = await poll(
        browser,
        () => {
          const text = document.querySelector('[data-testid="cp-error"]')?.textContent ?? '';
          return text.includes('partner organisation') ? text : null;
        },
        'with no organisation chosen the page shows no error about it',
      );
      check(
        (await browser.execute(() => document.querySelector('[data-testid="cp-results"]'))) === null,
        `results are shown beside the error "${nowhere}"`,
      );

      // Yourself, picked by name, and a partner organisation.
      await click(browser, '[data-testid="cp-seeker-person"]');
      await poll(browser, () => document.querySelector('[data-testid="cp-person-input"]') !== null, 'no name field');
      await fill(browser, 'cp-person-input', person.name);
      await poll(
        browser,
        (id) => document.querySelector(`[data-testid="cp-person-option"][data-id="${id}"]`) !== null,
        `no suggestion for ${person.name}`,
        person.id,
      );
      await click(browser, `[data-testid="cp-person-option"][data-id="${person.id}"]`);
      await poll(
        browser,
        (id) => document.querySelector(`[data-testid="cp-picked"][data-id="${id}"]`) !== null,
        `${person.name} was not picked`,
        person.id,
      );
      await fill(browser, 'cp-organisation', partner.id, 'change');
      await click(browser, '[data-testid="cp-submit"]');

      const results = await poll(
        browser,
        () => {
          const box = document.querySelector('[data-testid="cp-results"]');
          if (box === null) return null;
          return {
            ms: box.dataset.ms,
            error: document.querySelector('[data-testid="cp-error"]')?.textContent ?? null,
            people: [...box.querySelectorAll('[data-testid="cp-result"]')].map((r) => ({
              id: r.dataset.id,
              rank: Number(r.dataset.rank),
              name: r.querySelector('[data-testid="cp-name"]').textContent,
              reasons: [...r.querySelectorAll('[data-testid="cp-reason"]')].map((x) => x.textContent),
              path: r.querySelector('[data-testid="cp-path"]')?.textContent ?? null,
              introducers: r.querySelector('[data-testid="cp-introducers"]')?.textContent ?? null,
            })),
            drawn: Number(document.querySelector('[data-testid="introduction-map"]')?.dataset.nodes ?? 0),
            drawnPeople: [...document.querySelectorAll('[data-testid="introduction-map-person"]')].map((p) => p.dataset.role),
          };
        },
        `no counterparts for ${person.name} in ${partner.name}`,
      );
      console.log(`    counterparts query in the window (IPC round trip): ${results.ms} ms`);
      check(results.error === null, `the page shows an error with its results: ${results.error}`);
      check(results.people.length > 0, 'no counterpart is listed');
      check(results.people.every((p, i) => p.rank === i + 1), 'the counterparts are not listed best first');
      // Issue 13: every rank gives a reason, and the figures are explained where they show.
      const unexplained = results.people.filter((p) => p.reasons.length === 0).map((p) => `${p.rank}. ${p.name}`);
      check(unexplained.length === 0, `counterparts listed without a reason: ${unexplained.join(', ')}`);
      const explained = await browser.execute(() => ({
        text: document.querySelector('[data-testid="cp-explained"]')?.textContent ?? '',
        scoreTitle: document.querySelector('[data-testid="cp-score"]')?.getAttribute('title') ?? '',
        strengths: [...document.querySelectorAll('[data-testid="cp-path"] .strength')].map((s) => s.textContent),
      }));
      check(/Match, 0–100%/.test(explained.text) && /strength/.test(explained.text), `the results explain: "${explained.text}"`);
      check(explained.scoreTitle.includes('Match'), `the score's tooltip reads "${explained.scoreTitle}"`);
      check(
        explained.strengths.length > 0 && explained.strengths.every((s) => /^— (strong|fair|weak) \(\d+%\)$/.test(s)),
        `introductions' strengths are not on the one 0–100% scale: ${JSON.stringify(explained.strengths)}`,
      );
      const introduced = results.people.find((p) => p.path !== null && p.introducers !== null);
      check(introduced !== undefined, `nobody is listed with an introduction: ${JSON.stringify(results.people)}`);
      check(introduced.path.includes(person.name), `the introduction does not start with the seeker: ${introduced.path}`);
      check(results.drawn >= 2, `the small map draws ${results.drawn} people`);
      check(
        results.drawnPeople[0] === 'you' && results.drawnPeople.at(-1) === 'counterpart',
        `the small map's people read ${results.drawnPeople}`,
      );
      await screenshot(browser, 'counterparts.png');

      // Show on map: the main map opens the way to them and highlights them.
      await click(browser, `[data-testid="cp-result"][data-id="${introduced.id}"] [data-testid="cp-show-on-map"]`);
      const key = `person:${introduced.id}`;
      await waitForMap(
        browser,
        (m) => m.nodes.some((n) => n.key === key && n.highlighted),
        `${introduced.name} is not drawn and highlighted on the map`,
      );
      const current = await browser.execute(
        () => document.querySelector('[data-testid="page-tab-map"]')?.getAttribute('aria-current') ?? null,
      );
      check(current === 'page', 'Show on map did not switch to the map');

      // Issue 13: the details card never covers the selected node; once the
      // camera has settled, the node lies left of the card.
      const clear = await clearOfDetails(browser, key, `${introduced.name} stays under the details card`);
      console.log(`    selected node at x ${Math.round(clear.x)}, details card from x ${Math.round(clear.card)}`);
      await screenshot(browser, 'counterparts-on-map.png');

      // Focus without the card: closing it keeps the selection, whose bar sets the focus.
      await click(browser, '[data-testid="details-close"]');
      await poll(
        browser,
        () => document.querySelector('aside.details') === null && document.querySelector('[data-testid="selection-bar"]') !== null,
        'closing the details card dropped the selection',
      );
      await fill(browser, 'selection-focus', '1', 'change');
      const focused = await waitForMap(
        browser,
        (m) => m.nodes.some((n) => n.key === key && n.highlighted && !n.dimmed) && m.nodes.some((n) => n.dimmed),
        'the focus did nothing with the details card closed',
      );
      const kept = focused.nodes.filter((n) => !n.dimmed && !n.hidden).length;
      check(kept < focused.nodes.length, `the focus kept all ${kept} nodes`);
      await screenshot(browser, 'focus-without-details.png');
      await click(browser, '[data-testid="details-open"]');
      await poll(browser, () => document.querySelector('aside.details') !== null, 'Details did not open the card again');

      // A node where the card opens is moved out from under it when selected.
      // The findings panel folded, the card covers a wide band of the canvas.
      await click(browser, '[data-testid="findings-fold"]');
      await browser.pause(500);
      const cardLeft = await browser.execute(() => document.querySelector('aside.details').getBoundingClientRect().left);
      await click(browser, '[data-testid="selection-clear"]');
      let shown = await waitForMap(browser, (m) => m.nodes.every((n) => !n.dimmed), 'clearing the selection left the focus on');
      const frame = await browser.execute(() => document.querySelector('[data-testid="map-canvas"]').getBoundingClientRect().toJSON());
      const underCard = (m) =>
        m.nodes
          .filter((n) => !n.hidden && n.clientX > cardLeft + 20 && n.clientX < frame.right - 20 && n.clientY > frame.top + 150 && n.clientY < frame.bottom - 150)
          .sort((x, y) => y.clientX - x.clientX)[0];
      // A view is framed clear of the open card, so zoom in until the map runs under it.
      await browser.pause(1000);
      for (let zoom = 0; zoom < 5 && underCard(shown) === undefined; zoom += 1) {
        await click(browser, 'button[aria-label="Zoom in"]');
        await browser.pause(800);
        shown = await waitForMap(browser, (m) => m.nodes.length > 0, 'the map emptied on zooming in');
      }
      const under = underCard(shown);
      if (under === undefined) console.log(`    nodes at ${shown.nodes.filter((n) => !n.hidden).map((n) => `${Math.round(n.clientX)},${Math.round(n.clientY)}`).join(' ')}; card from ${Math.round(cardLeft)}; canvas ${JSON.stringify(frame)}`);
      check(under !== undefined, 'no node is drawn where the details card opens, so this check proves nothing');
      await pointAt(browser, under.clientX, under.clientY).down().up().perform();
      const moved = await clearOfDetails(browser, under.key, `${under.label}, selected where the details card opens, stays under it`);
      console.log(`    ${under.label} selected at x ${Math.round(under.clientX)}, moved to x ${Math.round(moved.x)}, left of the card at ${Math.round(moved.card)}`);
      await screenshot(browser, 'selected-clear-of-details.png');
    });
  });
};
