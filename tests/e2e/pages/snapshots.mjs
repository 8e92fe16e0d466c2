// The Snapshots page: on a copy of the demo map, a snapshot is refused
// without a name and then taken from the page; the map is changed with the
// real CLI (an exported CSV re-imported with one person joined, one marked as
// left, three ties removed and one added); reopened, the page compares the
// snapshot with now and shows the counts the changes imply, the same as the
// CLI's own diff, lists them and draws them inside the changes map's frame;
// the comparison exported from the page as SVG is the CLI's, its PDF is
// rendered into artifacts/e2e/ and its workbook written; "Show on map"
// selects a joiner. A snapshot is taken as of an earlier day (a day to come
// refused at the field), renamed in place and deleted once confirmed.
import { copyFile, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { artifacts, check, run, screenshot, withApp } from '../harness.mjs';
import { click, fill, parseCsv, poll, waitForDetails, waitForOrganisations, writeCsv } from '../window.mjs';

/** Opens the Snapshots page and waits for its list: the snapshot names, or [] for none. */
async function openPage(browser) {
  await waitForOrganisations(browser);
  await click(browser, '[data-testid="page-tab-snapshots"]');
  return poll(
    browser,
    () => {
      if (document.querySelector('[data-testid="snapshots-empty"]') !== null) return [];
      const items = document.querySelectorAll('[data-testid="snapshot-item"]');
      return items.length === 0 ? null : [...items].map((i) => i.dataset.name);
    },
    'the Snapshots page did not list snapshots',
  );
}

function isoDay(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Changes the map with the CLI: exports it, marks one person in post as left
 * yesterday, adds a person with one tie, removes three ties between people in
 * post, and imports the people and ties back. Returns what the diff should say.
 */
export async function changeMap(cli, map, folder) {
  // One folder per map: pages share the run's temporary folder.
  const csv = path.join(folder, `${path.basename(map, '.bwmap')}-csv`);
  await run(cli, ['export', map, '--format', 'csv', '--out', csv]);
  const people = parseCsv(await readFile(path.join(csv, 'people.csv'), 'utf8'));
  const ties = parseCsv(await readFile(path.join(csv, 'ties.csv'), 'utf8'));
  const [ph, th] = [people[0], ties[0]];
  const col = (header, name) => header.indexOf(name);
  const [pId, pTeam, pLeft] = [col(ph, 'id'), col(ph, 'team_id'), col(ph, 'left')];
  const [tA, tB] = [col(th, 'person_a'), col(th, 'person_b')];
  const inPost = new Set(people.slice(1).filter((r) => r[pLeft] === '').map((r) => r[pId]));
  const counted = ties.slice(1).filter((t) => inPost.has(t[tA]) && inPost.has(t[tB]));
  const degree = new Map();
  for (const t of counted) for (const p of [t[tA], t[tB]]) degree.set(p, (degree.get(p) ?? 0) + 1);

  // The leaver: someone in post with a few ties, not the person the new tie goes to.
  const anchor = people[1][pId];
  const leaver = people.slice(1).find((r) => inPost.has(r[pId]) && r[pId] !== anchor && (degree.get(r[pId]) ?? 0) >= 2);
  check(leaver !== undefined, 'the demo map has no person in post with ties');
  // Three ties to remove, touching neither the leaver nor the anchor.
  const away = (t) => ![t[tA], t[tB]].some((p) => p === leaver[pId] || p === anchor);
  const removed = counted.filter(away).slice(0, 3);
  const leaverTies = counted.filter((t) => t[tA] === leaver[pId] || t[tB] === leaver[pId]).length;

  const yesterday = new Date();
  yesterday.setDate(yesterday.getDate() - 1);
  const newPeople = people.map((r, i) => (i > 0 && r[pId] === leaver[pId] ? r.map((v, c) => (c === pLeft ? isoDay(yesterday) : v)) : r));
  const joiner = ph.map((name) =>
    ({ id: 'p-e2e-new', team_id: people[1][pTeam], name: 'Jo Newcombe', role: 'Reablement Coordinator', level: 'frontline' })[name] ?? '',
  );
  newPeople.push(joiner);
  const newTie = th.map((name) => ({ person_a: 'p-e2e-new', person_b: anchor, kind: 'works-with', strength: '4', frequency: 'weekly', last_contact: isoDay(yesterday) })[name] ?? '');
  const newTies = [th, ...ties.slice(1).filter((t) => !removed.includes(t)), newTie];

  const changed = path.join(folder, 'changed');
  await writeCsv(changed, { 'people.csv': newPeople, 'ties.csv': newTies });
  await run(cli, ['import', map, changed]);
  return {
    joined: 1,
    left: 1,
    ties_gained: 1,
    ties_lost: removed.length + leaverTies,
    joiner: 'p-e2e-new',
    leaver: leaver[pId],
  };
}

/** Exports the comparison shown in `format` with its Export comparison button; resolves to the file written. */
async function exportComparison(browser, format) {
  await browser.execute((f) => {
    const select = document.querySelector('[data-testid="comparison-export-format"]');
    select.value = f;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, format);
  await click(browser, '[data-testid="comparison-export-run"]');
  const out = await poll(
    browser,
    (f) => {
      const done = document.querySelector('[data-testid="comparison-export-done"]')?.dataset.out;
      if (done !== undefined && done.endsWith(`.${f}`)) return done;
      const error = document.querySelector('[data-testid="comparison-export-error"]');
      return error === null ? null : `error: ${error.textContent}`;
    },
    `exporting the comparison as ${format} said nothing`,
    format,
    60_000,
  );
  check(!out.startsWith('error: '), `exporting the comparison as ${format} failed: ${out}`);
  return out;
}

/** The snapshots listed now, newest first: name and the day each is as of. */
function listed(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll('[data-testid="snapshot-item"]')].map((i) => ({
      name: i.dataset.name,
      day: i.querySelector('[data-testid="snapshot-item-day"]').dataset.day,
      label: i.querySelector('[data-testid="snapshot-item-day"]').textContent,
    })),
  );
}

/** Clicks the button `testid` of the listed snapshot `name`. */
function itemButton(browser, name, testid) {
  return browser.execute(
    (n, id) => [...document.querySelectorAll('[data-testid="snapshot-item"]')].find((i) => i.dataset.name === n).querySelector(`[data-testid="${id}"]`).click(),
    name,
    testid,
  );
}

export default async (test, { driver, demo, temp, cli, saves }) => {
  await test('a snapshot is taken as of an earlier day, renamed in place and deleted once confirmed, as the CLI then reads', async () => {
    const copy = path.join(temp, 'snapshots-managed.bwmap');
    await copyFile(demo, copy);
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);

    await withApp(driver, ['--map', copy], async (browser) => {
      await openPage(browser);
      // A day to come is refused beside the date field, and nothing is taken.
      await fill(browser, 'snapshot-name', 'September');
      await fill(browser, 'snapshot-as-of', isoDay(tomorrow));
      await click(browser, '[data-testid="snapshot-take"]');
      const future = await poll(
        browser,
        () => document.querySelector('[data-testid="snapshot-as-of-error"]')?.textContent ?? null,
        'a snapshot as of tomorrow was not refused beside the date',
      );
      check(/As of: .* is after today/.test(future), `the refusal reads "${future}"`);

      await fill(browser, 'snapshot-as-of', '2026-09-30');
      await click(browser, '[data-testid="snapshot-take"]');
      const taken = await poll(browser, () => {
        const items = [...document.querySelectorAll('[data-testid="snapshot-item"]')];
        return items.length === 1 ? items[0].querySelector('[data-testid="snapshot-item-day"]').textContent : null;
      }, 'the snapshot as of 30 September was not listed');
      check(/^As of 30 Sept? 2026 · taken /.test(taken), `the snapshot reads "${taken}"`);
      await fill(browser, 'snapshot-name', 'Today');
      await click(browser, '[data-testid="snapshot-take"]');
      await poll(browser, () => document.querySelectorAll('[data-testid="snapshot-item"]').length === 2 || null, 'the second snapshot was not listed');

      // Renamed in place; a name in use is refused there first.
      await itemButton(browser, 'September', 'snapshot-rename');
      await fill(browser, 'snapshot-rename-name', 'Today');
      await click(browser, '[data-testid="snapshot-rename-save"]');
      const clash = await poll(
        browser,
        () => document.querySelector('[data-testid="snapshot-rename-error"]')?.textContent ?? null,
        'renaming to a name in use was not refused',
      );
      check(/already a snapshot called "Today"/.test(clash), `the refusal reads "${clash}"`);
      await fill(browser, 'snapshot-rename-name', '2026 Q3 (September data)');
      await click(browser, '[data-testid="snapshot-rename-save"]');
      await poll(
        browser,
        () => [...document.querySelectorAll('[data-testid="snapshot-item"]')].some((i) => i.dataset.name === '2026 Q3 (September data)') || null,
        'the renamed snapshot is not listed by its new name',
      );
      await screenshot(browser, 'snapshots-managed.png');

      // Deleting asks first: Cancel keeps it, Delete removes it.
      await itemButton(browser, 'Today', 'snapshot-delete');
      const question = await poll(
        browser,
        () => document.querySelector('[data-testid="confirm-question"]')?.textContent ?? null,
        'deleting asked nothing',
      );
      check(question.startsWith('Delete the snapshot "Today"'), `the question reads "${question}"`);
      const note = await browser.execute(() => document.querySelector('[data-testid="confirm-note"]').textContent);
      check(/cannot be brought back/.test(note), `the confirmation says "${note}"`);
      await screenshot(browser, 'snapshots-delete-confirm.png');
      await click(browser, '[data-testid="confirm-no"]');
      await poll(browser, () => document.querySelector('[data-testid="confirm-dialog"]') === null || null, 'Cancel left the question open');
      check((await listed(browser)).length === 2, 'Cancel deleted the snapshot');
      await itemButton(browser, 'Today', 'snapshot-delete');
      await click(browser, '[data-testid="confirm-yes"]');
      const left = await poll(browser, () => {
        const items = [...document.querySelectorAll('[data-testid="snapshot-item"]')].map((i) => i.dataset.name);
        return items.length === 1 ? items : null;
      }, 'the deleted snapshot is still listed');
      check(JSON.stringify(left) === '["2026 Q3 (September data)"]', `the list shows ${JSON.stringify(left)}`);
    });

    const stored = JSON.parse((await run(cli, ['snapshot', 'list', copy, '--format', 'json'])).stdout);
    check(
      stored.length === 1 && stored[0].name === '2026 Q3 (September data)' && stored[0].day === '2026-09-30',
      `the map file holds ${JSON.stringify(stored)}`,
    );
    // The table, not the JSON: from September every unrenewed tie has weakened, which the table only counts.
    const diff = (await run(cli, ['snapshot', 'diff', copy, '2026 Q3 (September data)'])).stdout.split('\n')[0];
    check(diff.includes('"2026 Q3 (September data)" (as of 2026-09-30)'), `the CLI's diff begins "${diff}"`);
  });

  await test('the Snapshots page takes a named snapshot, compares it with the changed map and shows what changed', async () => {
    const copy = path.join(temp, 'snapshots.bwmap');
    await copyFile(demo, copy);

    await withApp(driver, ['--map', copy], async (browser) => {
      const before = await openPage(browser);
      check(before.length === 0, `the copy of the demo map already lists snapshots: ${before}`);
      check(
        (await browser.execute(() => document.querySelector('[data-testid="compare-empty"]') !== null)) === true,
        'no empty state for comparing without snapshots',
      );
      // A snapshot needs a name: refused beside the field, nothing taken.
      await click(browser, '[data-testid="snapshot-take"]');
      const refusal = await poll(
        browser,
        () => document.querySelector('[data-testid="snapshot-name-error"]')?.textContent ?? null,
        'taking a snapshot without a name was not refused beside the field',
      );
      check(/name/i.test(refusal), `the refusal reads "${refusal}"`);
      const listedJson = JSON.parse((await run(cli, ['snapshot', 'list', copy, '--format', 'json'])).stdout);
      check(listedJson.length === 0, 'a snapshot was taken without a name');

      await fill(browser, 'snapshot-name', 'Before changes');
      await fill(browser, 'snapshot-note', 'taken by the e2e test');
      await click(browser, '[data-testid="snapshot-take"]');
      const names = await poll(browser, () => {
        const items = [...document.querySelectorAll('[data-testid="snapshot-item"]')].map((i) => i.dataset.name);
        return items.length > 0 ? items : null;
      }, 'the list did not show the snapshot taken');
      check(JSON.stringify(names) === '["Before changes"]', `the list shows ${JSON.stringify(names)}`);
      // Taking the same name again is refused beside the field.
      await fill(browser, 'snapshot-name', 'Before changes');
      await click(browser, '[data-testid="snapshot-take"]');
      const again = await poll(
        browser,
        () => document.querySelector('[data-testid="snapshot-name-error"]')?.textContent ?? null,
        'a second snapshot with the same name was not refused',
      );
      check(/already/.test(again), `the refusal of a used name reads "${again}"`);
      // Comparing with now straight away: nothing changed.
      await click(browser, '[data-testid="compare-run"]');
      await poll(
        browser,
        () => document.querySelector('[data-testid="comparison-nothing"]') !== null,
        'comparing a fresh snapshot with now did not say nothing changed',
      );
    });

    const stored = JSON.parse((await run(cli, ['snapshot', 'list', copy, '--format', 'json'])).stdout);
    check(stored.length === 1 && stored[0].name === 'Before changes', `the map file holds ${JSON.stringify(stored)}`);
    check(stored[0].note === 'taken by the e2e test', `the note stored is ${stored[0].note}`);
    const expected = await changeMap(cli, copy, temp);
    const cliDiff = JSON.parse((await run(cli, ['snapshot', 'diff', copy, 'Before changes', '--format', 'json'])).stdout);

    await withApp(driver, ['--map', copy], async (browser) => {
      const names = await openPage(browser);
      check(JSON.stringify(names) === '["Before changes"]', `after reopening the list shows ${JSON.stringify(names)}`);
      await click(browser, '[data-testid="compare-run"]');
      const shown = await poll(
        browser,
        () => {
          const summary = document.querySelector('[data-testid="comparison-summary"]');
          if (summary === null) return null;
          const counts = Object.fromEntries(
            [...summary.querySelectorAll('[data-count]')].map((d) => [d.dataset.testid.replace('summary-', ''), Number(d.dataset.count)]),
          );
          const rows = (id) => document.querySelectorAll(`[data-testid="${id}-row"]`).length;
          const map = document.querySelector('[data-testid="changes-map"]');
          return {
            counts,
            title: document.querySelector('[data-testid="comparison-title"]').textContent,
            joined: [...document.querySelectorAll('[data-testid="joined-row"]')].map((r) => r.dataset.id),
            left: [...document.querySelectorAll('[data-testid="left-row"]')].map((r) => r.dataset.id),
            gained: rows('gained'),
            lost: rows('lost'),
            mapEdges: map === null ? -1 : Number(map.dataset.edges),
            legend: document.querySelector('[data-testid="changes-legend"]')?.textContent ?? '',
          };
        },
        'comparing the snapshot with now showed no comparison',
      );
      for (const key of ['joined', 'left', 'ties_gained', 'ties_lost']) {
        check(shown.counts[key] === expected[key], `the page counts ${shown.counts[key]} ${key}, expected ${expected[key]}`);
      }
      for (const [key, count] of Object.entries(cliDiff.summary)) {
        check(shown.counts[key] === count, `the page counts ${shown.counts[key]} ${key}, the CLI ${count}`);
      }
      check(shown.title.includes('"Before changes"') && shown.title.includes('now'), `the comparison is titled "${shown.title}"`);
      check(JSON.stringify(shown.joined) === JSON.stringify([expected.joiner]), `joined rows: ${shown.joined}`);
      check(JSON.stringify(shown.left) === JSON.stringify([expected.leaver]), `left rows: ${shown.left}`);
      check(shown.gained === 1, `${shown.gained} gained rows`);
      check(shown.lost === Math.min(expected.ties_lost, 50), `${shown.lost} lost rows, expected ${expected.ties_lost}`);
      check(shown.mapEdges >= expected.ties_gained + expected.ties_lost, `the changes map draws ${shown.mapEdges} edges`);
      check(shown.legend.includes('Tie gained') && shown.legend.includes('Tie lost'), `the legend reads "${shown.legend}"`);
      // Issue 13: the changes map is drawn inside its frame, not below it.
      const placed = await browser.execute(() => {
        const frame = document.querySelector('[data-testid="changes-map"]').getBoundingClientRect();
        const canvases = [...document.querySelectorAll('[data-testid="changes-map"] canvas')].map((c) => c.getBoundingClientRect());
        const box = (r) => ({ top: Math.round(r.top), bottom: Math.round(r.bottom), left: Math.round(r.left), right: Math.round(r.right) });
        return { frame: box(frame), canvases: canvases.map(box) };
      });
      check(placed.canvases.length > 0, 'the changes map has no canvas');
      const inside = (c) =>
        c.top >= placed.frame.top && c.bottom <= placed.frame.bottom && c.left >= placed.frame.left && c.right <= placed.frame.right;
      check(placed.canvases.every(inside), `the changes map is drawn outside its frame: ${JSON.stringify(placed)}`);
      await screenshot(browser, 'snapshots.png');

      // The comparison exported from the window is the CLI's, byte for byte; its PDF renders.
      const svg = await exportComparison(browser, 'svg');
      check(path.dirname(svg) === saves, `the comparison went to ${svg}, not into ${saves}`);
      check(/ Before changes to now \d{4}-\d{2}-\d{2}\.svg$/.test(svg), `the file is not named after the map, the sides and the day: ${svg}`);
      const cliSvg = path.join(temp, 'cli-comparison.svg');
      await run(cli, ['snapshot', 'diff', copy, 'Before changes', '--format', 'svg', '--out', cliSvg]);
      const [fromApp, fromCli] = [await readFile(svg), await readFile(cliSvg)];
      check(fromApp.equals(fromCli), `the app's comparison SVG (${fromApp.length} bytes) differs from the CLI's (${fromCli.length} bytes)`);
      const discs = [...fromApp.toString('utf8').matchAll(/<circle data-key="([^"]*)"/g)].map((m) => m[1]).sort();
      const drawn = cliDiff.changes_map.nodes.map((n) => n.key).sort();
      check(JSON.stringify(discs) === JSON.stringify(drawn), `the picture's discs differ from the changes map's nodes: ${discs.length} against ${drawn.length}`);
      const pdf = await exportComparison(browser, 'pdf');
      check((await readFile(pdf)).subarray(0, 5).toString() === '%PDF-', `${pdf} is not a PDF`);
      await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(artifacts, 'comparison-pdf-page-1')]);
      check((await readdir(artifacts)).includes('comparison-pdf-page-1.png'), 'pdftoppm rendered no page of the comparison');
      const xlsx = await exportComparison(browser, 'xlsx');
      check((await readFile(xlsx)).subarray(0, 2).toString() === 'PK', `${xlsx} is not a workbook`);

      // A half-life of 0 days is refused beside its field, and nothing is compared.
      await fill(browser, 'setting-half_life_days', '0');
      await click(browser, '[data-testid="compare-run"]');
      const refused = await poll(
        browser,
        () => document.querySelector('[data-testid="setting-half_life_days-error"]')?.textContent ?? null,
        'a half-life of 0 days was not refused beside the field',
      );
      check(/Half-life/.test(refused), `the refusal reads "${refused}"`);
      // Other settings compare as the CLI does with the same ones.
      await fill(browser, 'setting-half_life_days', '30');
      await fill(browser, 'setting-recency_days', '30');
      await click(browser, '[data-testid="compare-run"]');
      const cliShort = JSON.parse(
        (await run(cli, ['snapshot', 'diff', copy, 'Before changes', '--half-life', '30', '--recency-days', '30', '--format', 'json']))
          .stdout,
      );
      // The settings change how strong each tie counts: the lost ties read
      // the strengths the CLI gives them with the same settings.
      const percent = (s) => `${Math.round(Math.min(1, Math.max(0, s)) * 100)}%`;
      const lostStrengths = (diff) => diff.ties_lost.slice(0, 50).map((t) => percent(t.strength));
      check(
        JSON.stringify(lostStrengths(cliShort)) !== JSON.stringify(lostStrengths(cliDiff)),
        `a 30-day half-life changed no lost tie's strength, so this check proves nothing: ${lostStrengths(cliShort)}`,
      );
      await poll(
        browser,
        (expected) => {
          const rows = [...document.querySelectorAll('[data-testid="lost-row"] .meta')].map(
            (m) => /was (\d+%)/.exec(m.textContent)?.[1] ?? '',
          );
          return JSON.stringify(rows) === JSON.stringify(expected) ? rows : null;
        },
        `the lost ties never showed the CLI's strengths with a 30-day half-life: ${lostStrengths(cliShort)}`,
        lostStrengths(cliShort),
      );
      for (const [key, count] of Object.entries(cliShort.summary)) {
        const shown = await browser.execute(
          (k) => Number(document.querySelector(`[data-testid="summary-${k}"]`)?.dataset.count),
          key,
        );
        check(shown === count, `with 30-day settings the page counts ${shown} ${key}, the CLI ${count}`);
      }

      // Show on map selects the person who joined.
      await browser.execute(() =>
        document.querySelector('[data-testid="joined-row"] [data-testid="show-on-map"]').click(),
      );
      await waitForDetails(browser, 'Jo Newcombe');
    });
  });
};
