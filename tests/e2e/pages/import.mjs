// The Import page: on a copy of the demo map, a CSV folder exported by the
// CLI with one new team and two new people, the people's `name` header
// written `Full name`, is previewed (name unmatched), mapped, checked and
// imported; the new person is then found by the map's search and in the file.
// A folder with bad rows lists each problem with its file, line and column,
// Import stays disabled, and the map file is left byte for byte as it was.
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { check, run, screenshot, withApp } from '../harness.mjs';
import { click, fill, parseCsv, poll, waitForOrganisations, writeCsv } from '../window.mjs';

/**
 * Exports the map with the CLI and writes teams.csv and people.csv with a new
 * team and two new people (plus `extra` people rows, by column), the people's
 * `name` header as `Full name`. Returns the folder and the line of the first extra row.
 */
async function folderWithNewPeople(cli, map, folder, extra = []) {
  const csv = path.join(folder, 'export');
  await run(cli, ['export', map, '--format', 'csv', '--out', csv]);
  const teams = parseCsv(await readFile(path.join(csv, 'teams.csv'), 'utf8'));
  const people = parseCsv(await readFile(path.join(csv, 'people.csv'), 'utf8'));
  const [th, ph] = [teams[0], people[0]];
  const org = teams[1][th.indexOf('org_id')];
  const team = { id: 't-e2e-import', org_id: org, name: 'Import Test Team', function: 'Reablement' };
  const newTeams = [...teams, th.map((c) => team[c] ?? '')];
  const person = (values) => ph.map((c) => values[c] ?? '');
  const added = [
    { id: 'p-e2e-imp1', team_id: 't-e2e-import', name: 'Ivy Importwell', role: 'Coordinator', level: 'frontline' },
    { id: 'p-e2e-imp2', team_id: 't-e2e-import', name: 'Otto Mapperley', role: 'Team Lead', level: 'middle-manager' },
  ];
  const rows = [...people.slice(1), ...added.map(person), ...extra.map(person)];
  const header = ph.map((c) => (c === 'name' ? 'Full name' : c));
  const out = path.join(folder, 'to-import');
  await writeCsv(out, { 'teams.csv': newTeams, 'people.csv': [header, ...rows] });
  // writeCsv writes one line per row, and no exported cell holds a line break.
  return { folder: out, firstExtraLine: 1 + people.length - 1 + added.length + 1 };
}

/**
 * Opens the Import page and chooses the folder the app was started with
 * (`--import-source`: no test can click in the native dialog), which previews it.
 */
async function previewChosenFolder(browser) {
  await waitForOrganisations(browser);
  await click(browser, '[data-testid="page-tab-import"]');
  await poll(browser, () => document.querySelector('[data-testid="import-choose-folder"]') !== null, 'no Import page');
  await click(browser, '[data-testid="import-choose-folder"]');
  return poll(
    browser,
    () => {
      const error = document.querySelector('[data-testid="import-preview-error"]');
      if (error !== null) return { failure: error.textContent };
      const tables = [...document.querySelectorAll('[data-testid="import-table"]')];
      return tables.length === 0 ? null : { tables: tables.map((t) => [t.dataset.table, Number(t.dataset.rows)]) };
    },
    'the preview did not show the tables',
  );
}

/** Clicks Check and waits for its result: 'ready' with the lines, or the issues. */
async function runCheck(browser) {
  await click(browser, '[data-testid="import-check"]');
  return poll(
    browser,
    () => {
      const ready = document.querySelector('[data-testid="import-ready"]');
      if (ready !== null) return { ready: [...ready.querySelectorAll('li')].map((li) => li.textContent) };
      const error = document.querySelector('[data-testid="import-check-error"]');
      if (error === null) return null;
      const issues = [...document.querySelectorAll('[data-testid="import-issue"]')].map((r) => ({
        file: r.dataset.file,
        line: r.dataset.line,
        column: r.dataset.column,
        text: r.textContent,
      }));
      // Not `error`: WebDriver reads a result with that key as its own error.
      return { failure: error.textContent, issues };
    },
    'the check gave no result',
  );
}

const importDisabled = (browser) => browser.execute(() => document.querySelector('[data-testid="import-run"]')?.disabled);

export default async (test, { driver, demo, temp, cli }) => {
  await test('the Import page previews a CSV folder, maps a renamed header, checks and imports it', async () => {
    const copy = path.join(temp, 'import.bwmap');
    await copyFile(demo, copy);
    const { folder } = await folderWithNewPeople(cli, copy, path.join(temp, 'import-good'));

    await withApp(driver, ['--map', copy, '--import-source', folder], async (browser) => {
      const shown = await previewChosenFolder(browser);
      check(shown.failure === undefined, `the preview failed: ${shown.failure}`);
      const tables = Object.fromEntries(shown.tables);
      check('people' in tables && 'teams' in tables, `the preview shows ${JSON.stringify(shown.tables)}`);
      const nameHeader = await browser.execute(() => document.querySelector('[data-testid="map-people-name"]').value);
      check(nameHeader === '', `name was matched to "${nameHeader}" though the file says "Full name"`);
      check((await importDisabled(browser)) === true, 'Import is enabled before a check');

      // Unmapped, the check says the people's name column is missing.
      const unmapped = await runCheck(browser);
      check(
        unmapped.issues?.some((i) => i.file === 'people.csv' && i.line === '1' && /missing column name/.test(i.text)),
        `an unmapped check reported ${JSON.stringify(unmapped)}`,
      );

      await fill(browser, 'map-people-name', 'Full name', 'change');
      const checked = await runCheck(browser);
      check(checked.ready !== undefined, `the mapped check reported ${JSON.stringify(checked)}`);
      check(checked.ready.some((l) => l.startsWith('people: 2 added')), `the check says ${checked.ready}`);
      check(checked.ready.some((l) => l.startsWith('teams: 1 added')), `the check says ${checked.ready}`);
      check((await importDisabled(browser)) === false, 'Import is disabled after a clean check');
      await browser.execute(() => document.querySelector('[data-testid="import-ready"]').scrollIntoView({ block: 'center' }));
      await screenshot(browser, 'import.png');

      await click(browser, '[data-testid="import-run"]');
      const done = await poll(
        browser,
        () =>
          document.querySelector('[data-testid="import-done"]')?.textContent ??
          (document.querySelector('[data-testid="import-error"]') ? `error: ${document.querySelector('[data-testid="import-error"]').textContent}` : null),
        'the import did not finish',
        null,
        60_000,
      );
      check(/people: 2 added/.test(done), `the result reads "${done}"`);
      check(/Undo \(Ctrl\+Z\) takes this import back/.test(done), `a small import does not say it can be undone: "${done}"`);

      // The map shown is the map imported: its search finds the new person.
      await click(browser, '[data-testid="page-tab-map"]');
      const input = browser.$('[data-testid="search-input"]');
      await input.click();
      await input.setValue('Importwell');
      const labels = await poll(
        browser,
        () => {
          const found = [...document.querySelectorAll('[data-testid="search-option-label"]')].map((o) => o.textContent);
          return found.length === 0 ? null : found;
        },
        'the map search does not find the imported person',
      );
      check(labels.some((l) => l.includes('Ivy Importwell')), `the search offers ${labels}`);
    });

    const exported = path.join(temp, 'import-after');
    await run(cli, ['export', copy, '--format', 'csv', '--out', exported]);
    const people = await readFile(path.join(exported, 'people.csv'), 'utf8');
    check(people.includes('Otto Mapperley'), 'the map file does not hold the imported people');

    // The history is in the file: after reopening, Undo in the top bar takes the import back.
    await withApp(driver, ['--map', copy], async (browser) => {
      const label = await poll(
        browser,
        () => {
          const button = document.querySelector('[data-testid="undo-button"]');
          return button !== null && !button.disabled ? button.getAttribute('aria-label') ?? button.title : null;
        },
        'Undo is not offered after reopening the imported map',
      );
      check(/^Undo: Imported /.test(label), `the Undo button says "${label}"`);
      await click(browser, '[data-testid="undo-button"]');
      await poll(
        browser,
        () => (document.querySelector('[data-testid="history-status"]')?.textContent ?? '').includes('Undid: Imported'),
        'Undo did not take the import back',
      );
    });
    const undone = path.join(temp, 'import-undone');
    await run(cli, ['export', copy, '--format', 'csv', '--out', undone]);
    for (const table of ['people.csv', 'teams.csv']) {
      const before = await readFile(path.join(temp, 'import-good', 'export', table), 'utf8');
      const after = await readFile(path.join(undone, table), 'utf8');
      check(after === before, `after Undo ${table} differs from before the import`);
    }
  });

  await test('the Import page lists every bad row by file, line and column and writes nothing', async () => {
    const copy = path.join(temp, 'import-bad.bwmap');
    await copyFile(demo, copy);
    const bad = [
      { id: 'p-e2e-bad1', team_id: 't-e2e-import', name: 'Bad Level', role: 'Nurse', level: 'Snr' },
      { id: 'p-e2e-bad2', team_id: 't-nowhere', name: 'Lost Team', role: 'Nurse', level: 'frontline' },
    ];
    const { folder, firstExtraLine } = await folderWithNewPeople(cli, copy, path.join(temp, 'import-bad'), bad);
    const before = await readFile(copy);

    await withApp(driver, ['--map', copy, '--import-source', folder], async (browser) => {
      await previewChosenFolder(browser);
      await fill(browser, 'map-people-name', 'Full name', 'change');
      const result = await runCheck(browser);
      check(result.issues !== undefined, `the check of bad rows reported ${JSON.stringify(result)}`);
      const at = (line, column) => result.issues.some((i) => i.file === 'people.csv' && i.line === String(line) && i.column === column);
      check(at(firstExtraLine, 'level'), `no issue at people.csv:${firstExtraLine} level in ${JSON.stringify(result.issues)}`);
      check(at(firstExtraLine + 1, 'team_id'), `no issue at people.csv:${firstExtraLine + 1} team_id in ${JSON.stringify(result.issues)}`);
      check((await importDisabled(browser)) === true, 'Import is enabled after a check that found problems');
      await browser.execute(() => document.querySelector('[data-testid="import-issues"]').scrollIntoView({ block: 'center' }));
      await screenshot(browser, 'import-problems.png');
    });
    check(Buffer.compare(before, await readFile(copy)) === 0, 'the map file changed though nothing was imported');
  });
};
