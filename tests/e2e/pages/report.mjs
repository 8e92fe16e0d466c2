// The board pack report from the window: on a copy of the demo map with a
// snapshot taken and the map changed since (as on the Snapshots page), the
// snapshot's Report… button opens the Report dialog on the changes since it;
// one partnership is chosen, previewed in the dialog (a frame that runs no
// script) and saved as a PDF. Its pages are rendered with pdftoppm into
// artifacts/e2e/report-page-N.png to be read as a board member would; its
// text (pdftotext) counts the partner links per category as the findings
// panel does for that partnership, names its most urgent links' teams, and
// counts the changes as the CLI's `snapshot diff` does.
//
// The Save dialog is answered by the harness's BRIDGEWORK_TEST_SAVE_DIR
// (`saves`), as for exports (see export.mjs).
import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { artifacts, check, run, screenshot, withApp } from '../harness.mjs';
import { click, poll, waitForOrganisations } from '../window.mjs';
import { changeMap } from './snapshots.mjs';

/** The report's category labels, as its summary table words them. */
const LABELS = {
  missing: 'Missing',
  'indirect-only': 'Indirect only',
  'single-point-of-failure': 'Single point of failure',
  stale: 'Stale',
  thin: 'Thin',
  'top-heavy': 'Top-heavy',
  healthy: 'Healthy',
};

/** The number after `label` on the first layout line that starts with it. */
function figure(layout, label) {
  for (const line of layout.split('\n')) {
    const rest = line.trimStart();
    if (!rest.startsWith(label)) continue;
    const match = /^\s+(\d+)/.exec(rest.slice(label.length));
    if (match !== null) return Number(match[1]);
  }
  throw new Error(`no line "${label}" with a figure in the report`);
}

export default async (test, { driver, demo, temp, cli, saves }) => {
  await test('a partnership’s report, made from the window, is previewed, saved as a PDF and says what the app shows', async () => {
    const map = path.join(temp, 'report.bwmap');
    await copyFile(demo, map);
    await run(cli, ['snapshot', 'take', map, 'Before']);
    await changeMap(cli, map, temp);
    const { stdout } = await run(cli, ['snapshot', 'diff', map, 'Before', 'now', '--format', 'json']);
    const diff = JSON.parse(stdout).summary;

    await withApp(driver, ['--map', map], async (browser) => {
      await waitForOrganisations(browser);
      // The findings panel's first partnership: its name and partner links by category.
      const shown = await poll(
        browser,
        () => {
          const p = document.querySelector('[data-testid="findings-partnership"]');
          if (p === null) return null;
          return {
            id: p.dataset.id,
            name: p.querySelector('h3').textContent,
            tally: Object.fromEntries(
              [...p.querySelectorAll('[data-testid="findings-tally"]')].map((t) => [t.dataset.category, Number(t.dataset.links)]),
            ),
            urgent: [...p.querySelectorAll('[data-testid="findings-link"] .teams')].map((t) => t.textContent),
          };
        },
        'the findings panel showed no partnership',
      );

      await click(browser, '[data-testid="page-tab-snapshots"]');
      await poll(browser, () => document.querySelector('[data-testid="snapshot-report"]') !== null, 'the snapshot has no Report button');
      await click(browser, '[data-testid="snapshot-report"]');
      await poll(
        browser,
        () => document.querySelectorAll('[data-testid="report-partnership"]').length > 0,
        'the Report dialog did not list the partnerships',
      );
      const since = await browser.execute(() => document.querySelector('[data-testid="report-since"]').selectedOptions[0].textContent);
      check(since.startsWith('Before'), `the dialog reports changes since "${since}", not the snapshot it was opened from`);
      await click(browser, '[data-testid="report-chosen"]');
      await click(browser, `[data-testid="report-partnership"][data-id="${shown.id}"]`);
      check(
        await browser.execute(() => document.querySelector('[data-testid="report-save"]').disabled),
        'Save… is offered before a preview',
      );
      await click(browser, '[data-testid="report-preview-run"]');
      const preview = await poll(
        browser,
        () =>
          document.querySelector('[data-testid="report-preview"]')?.getAttribute('srcdoc') ??
          (document.querySelector('[data-testid="report-error"]') === null ? null : `error: ${document.querySelector('[data-testid="report-error"]').textContent}`),
        'the preview did not show',
        null,
        60_000,
      );
      check(!preview.startsWith('error: '), `the preview failed: ${preview}`);
      check(preview.includes(`<strong>Partnerships in scope:</strong> ${shown.name.replaceAll('&', '&amp;')}</p>`), 'the preview is not of the partnership chosen');
      const sandbox = await browser.execute(() => document.querySelector('[data-testid="report-preview"]').getAttribute('sandbox'));
      check(sandbox === '', `the preview's frame is sandboxed as "${sandbox}"`);
      await screenshot(browser, 'report-dialog.png');

      await click(browser, '[data-testid="report-save"]');
      const out = await poll(
        browser,
        () =>
          document.querySelector('[data-testid="report-done"]')?.dataset.out ??
          (document.querySelector('[data-testid="report-error"]') === null ? null : `error: ${document.querySelector('[data-testid="report-error"]').textContent}`),
        'saving the report said nothing',
        null,
        60_000,
      );
      check(!out.startsWith('error: '), `saving the report failed: ${out}`);
      check(path.dirname(out) === saves, `the report went to ${out}, not into ${saves}`);
      check(/ \d{4}-\d{2}-\d{2} report\.pdf$/.test(out), `the file is not named after the map and the day: ${out}`);

      await run('pdftoppm', ['-png', '-r', '60', out, path.join(artifacts, 'report-page')]);
      const pages = (await readdir(artifacts)).filter((f) => /^report-page-\d+\.png$/.test(f));
      check(pages.length >= 2, `pdftoppm rendered ${pages.length} pages`);

      const layout = (await run('pdftotext', ['-layout', '-enc', 'UTF-8', out, '-'])).stdout;
      for (const [category, label] of Object.entries(LABELS)) {
        const count = shown.tally[category] ?? 0;
        check(figure(layout, label) === count, `the report counts ${figure(layout, label)} ${category} links, the findings panel ${count}`);
      }
      const words = (text) => text.replace(/\s+/g, '');
      const text = words((await run('pdftotext', ['-enc', 'UTF-8', out, '-'])).stdout);
      for (const teams of shown.urgent.slice(0, 3)) {
        for (const team of teams.split(/ ↔ | – | — /)) check(text.includes(words(team)), `the report does not name ${team}, an urgent link of the findings`);
      }
      for (const [label, field] of [
        ['People joined', 'joined'],
        ['People left', 'left'],
        ['Ties gained', 'ties_gained'],
        ['Ties lost', 'ties_lost'],
      ]) {
        check(figure(layout, label) === diff[field], `the report counts ${figure(layout, label)} for "${label}", the CLI's diff ${diff[field]}`);
      }
    });
  });
};
