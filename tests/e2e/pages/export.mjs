// Export from the window: on a copy of the demo map with one organisation
// opened, the current view exported as SVG equals, byte for byte, the SVG
// the CLI exports for the same view, and its discs sit where the canvas
// draws its nodes (up to the picture's scale and offset, y pointing down on
// the page); a PDF of the view is rendered with pdftoppm into artifacts/e2e/
// for a person to look at.
//
// WebDriver cannot drive the native Save dialog: the harness sets
// BRIDGEWORK_TEST_SAVE_DIR (`saves`), and the app, for tests only, then
// saves under the name it would have suggested, in that folder.
import { copyFile, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { artifacts, check, run, screenshot, withApp } from '../harness.mjs';
import { click, doubleClick, largest, poll, waitForMap, waitForOrganisations } from '../window.mjs';

/** Exports the view in `format` from the open Export dialog; resolves to the file written. */
async function exportAs(browser, format) {
  await click(browser, '[data-testid="map-export"]');
  await poll(browser, () => document.querySelector('[data-testid="export-dialog"]') !== null, 'the Export dialog did not open');
  await click(browser, '[data-testid="export-kind-picture"]');
  await click(browser, `[data-testid="export-format-${format}"]`);
  await click(browser, '[data-testid="export-run"]');
  const out = await poll(
    browser,
    () =>
      document.querySelector('[data-testid="export-done"]')?.dataset.out ??
      (document.querySelector('[data-testid="export-error"]') === null ? null : `error: ${document.querySelector('[data-testid="export-error"]').textContent}`),
    `exporting as ${format} said nothing`,
    null,
    60_000,
  );
  check(!out.startsWith('error: '), `exporting as ${format} failed: ${out}`);
  return out;
}

/** The discs of an exported SVG: key → centre on the page. */
function discs(svg) {
  const found = new Map();
  for (const match of svg.matchAll(/<circle data-key="([^"]*)" cx="([^"]*)" cy="([^"]*)"/g)) {
    found.set(match[1].replaceAll('&amp;', '&'), { x: Number(match[2]), y: Number(match[3]) });
  }
  return found;
}

export default async (test, { driver, demo, temp, cli, saves }) => {
  await test('the view exported from the window is the SVG the CLI exports, with the canvas’s positions; its PDF renders', async () => {
    const map = path.join(temp, 'export.bwmap');
    await copyFile(demo, map);
    await withApp(driver, ['--map', map], async (browser) => {
      const organisation = largest(await waitForOrganisations(browser), 'organisation');
      await doubleClick(browser, organisation);
      const shown = await waitForMap(
        browser,
        (m) => m.nodes.some((n) => n.kind === 'team') && !m.nodes.some((n) => n.key === organisation.key),
        `double-clicking ${organisation.label} did not open it`,
      );
      const out = await exportAs(browser, 'svg');
      check(path.dirname(out) === saves, `the SVG went to ${out}, not into ${saves}`);
      check(/ \d{4}-\d{2}-\d{2}\.svg$/.test(out), `the file is not named after the map and the day: ${out}`);
      await screenshot(browser, 'export-dialog.png');

      const fromApp = await readFile(out);
      const id = organisation.key.slice(organisation.key.indexOf(':') + 1);
      const cliOut = path.join(temp, 'cli-view.svg');
      await run(cli, ['export', map, '--format', 'svg', '--open', id, '--out', cliOut]);
      const fromCli = await readFile(cliOut);
      check(fromApp.equals(fromCli), `the app's SVG (${fromApp.length} bytes) differs from the CLI's (${fromCli.length} bytes)`);

      // Page = offset + scale · layout, with y flipped: fit it on the two nodes furthest apart in x, check every node.
      const placed = discs(fromApp.toString('utf8'));
      const nodes = shown.nodes;
      check(
        JSON.stringify([...placed.keys()].sort()) === JSON.stringify(nodes.map((n) => n.key).sort()),
        `the picture's nodes differ from the canvas's: ${placed.size} against ${nodes.length}`,
      );
      const byX = [...nodes].sort((a, b) => a.x - b.x);
      const [a, b] = [byX[0], byX.at(-1)];
      const scale = (placed.get(b.key).x - placed.get(a.key).x) / (b.x - a.x);
      check(scale > 0, `the picture's scale is ${scale}`);
      const offset = { x: placed.get(a.key).x - scale * a.x, y: placed.get(a.key).y + scale * a.y };
      for (const node of nodes) {
        const disc = placed.get(node.key);
        const [x, y] = [offset.x + scale * node.x, offset.y - scale * node.y];
        check(
          Math.abs(disc.x - x) < 0.05 && Math.abs(disc.y - y) < 0.05,
          `${node.key} is at (${disc.x}, ${disc.y}) in the picture, (${x.toFixed(2)}, ${y.toFixed(2)}) from the canvas`,
        );
      }

      await click(browser, '[data-testid="export-close"]');
      const pdf = await exportAs(browser, 'pdf');
      check((await readFile(pdf)).subarray(0, 5).toString() === '%PDF-', `${pdf} is not a PDF`);
      await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(artifacts, 'export-pdf-page-1')]);
      const rendered = (await readdir(artifacts)).filter((f) => f === 'export-pdf-page-1.png');
      check(rendered.length === 1, 'pdftoppm rendered no page');
    });
  });
};
