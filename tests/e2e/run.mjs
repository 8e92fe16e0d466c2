// End-to-end tests in Bridgework's real window, on the real backend.
//
// Drives the debug app binary (built by scripts/build-app, which embeds the
// UI) through WebdriverIO and tauri-driver under a private Xvfb display (see
// harness.mjs). Everything the app writes goes to a temporary folder:
// BRIDGEWORK_DATA_DIR and the XDG folders point there, so a run never touches
// the real data directory. Fixture maps are made with the real command-line
// binary. Screenshots go to artifacts/e2e/.
//
// The map is drawn by WebGL, which WebDriver cannot see into, so the tests
// read what it draws from the canvas's read-only test hook,
// `window.__bridgeworkMap` (ui/src/lib/map/test-hook.ts), and point, click and
// drag at the screen positions it gives.
//
// Usage: node tests/e2e/run.mjs [PAGE…]   (BRIDGEWORK_APP_BINARY and BRIDGEWORK_CLI_BINARY override the binaries)
// With page names (`data snapshots`), only the tests in pages/PAGE.mjs run,
// on a demo map the CLI writes; without, every test runs.
// Prints one line per test and closes with "e2e: N passed, N failed".
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import {
  drawn,
  hover,
  doubleClick,
  drag,
  largest,
  searchAndPick,
  text,
  waitForDetails,
  waitForMap,
  waitForOrganisations,
  writeCsv,
} from './window.mjs';
import {
  artifacts,
  binary,
  check,
  cli,
  leftoverApps,
  run,
  screenshot,
  startDriver,
  startXvfb,
  stopAll,
  windowTitles,
  withApp,
} from './harness.mjs';

/** The pages whose tests alone run, when any are named. */
const onlyPages = process.argv.slice(2);

// Must match DEMO_FILE_NAME in src-tauri/src/launch.rs.
const demoFileName = 'Demo map.bwmap';
// The demo map is a fictional system of eight partner organisations.
const demoOrganisations = 8;
// A whole run takes a minute or two; past this something hangs.
const runTimeoutMs = 9 * 60 * 1000;
// Names that would run script if any of them reached the page as HTML.
const hostileNames = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
];

/** A small map whose organisation, team and people have hostile names, made with the real CLI. */
async function hostileMap(folder) {
  const csv = path.join(folder, 'hostile-csv');
  await writeCsv(csv, {
    'organisations.csv': [
      ['id', 'name', 'kind'],
      ['H', hostileNames[0], 'acute'],
      ['C', 'Council', 'local-authority'],
    ],
    'teams.csv': [
      ['id', 'org_id', 'parent_team_id', 'name', 'function'],
      ['HT', 'H', '', hostileNames[1], 'discharge'],
      ['CT', 'C', '', 'Social care', 'discharge'],
    ],
    'people.csv': [
      ['id', 'team_id', 'name', 'role', 'level'],
      ['p1', 'HT', hostileNames[0], hostileNames[2], 'frontline'],
      ['p2', 'HT', hostileNames[2], 'Nurse', 'middle'],
      ['p3', 'CT', 'Sam Social', 'Social worker', 'frontline'],
    ],
    'ties.csv': [
      ['person_a', 'person_b', 'kind', 'strength', 'note'],
      ['p1', 'p3', 'works-with', '4', hostileNames[1]],
      ['p1', 'p2', 'advice', '3', ''],
    ],
  });
  const map = path.join(folder, 'Hostile names.bwmap');
  await run(cli, ['new', map]);
  await run(cli, ['import', map, csv]);
  return map;
}

/** A person in post with a team and a role, read from the demo map through the CLI's JSON export. */
async function somePerson(demo, folder) {
  const out = path.join(folder, 'demo.json');
  await run(cli, ['export', '--format', 'json', '--out', out, demo]);
  const exported = JSON.parse(await readFile(out, 'utf8'));
  const person = exported.people.find((p) => p.team_id && p.role && !p.left && /^[A-Za-z' -]+$/.test(p.name));
  check(person !== undefined, 'the demo map has no person to search for');
  return person;
}

async function main() {
  check(existsSync(binary), `no app binary at ${binary}: build it with ./scripts/build-app`);
  check(existsSync(cli), `no command-line binary at ${cli}: build it with cargo build`);
  await mkdir(artifacts, { recursive: true });
  const temp = await mkdtemp(path.join(os.tmpdir(), 'bridgework-e2e-'));
  const dataDir = path.join(temp, 'data');
  // Where the app saves exports in place of its Save dialog, which WebDriver cannot drive (test-only; see src-tauri/src/dialogs.rs).
  const saves = path.join(temp, 'saves');
  const results = [];
  // Tests register in order; only those of the pages named run (all when none are).
  let selected = onlyPages.length === 0;
  const test = async (name, body) => {
    if (!selected) return;
    try {
      await body();
      results.push(true);
      console.log(`  ok    ${name}`);
    } catch (error) {
      results.push(false);
      console.log(`  FAIL  ${name}\n        ${String(error?.message ?? error).split('\n')[0]}`);
    }
  };

  const teardown = async () => {
    await stopAll();
    await rm(temp, { recursive: true, force: true });
  };
  const guard = setTimeout(async () => {
    console.log(`e2e: gave up after ${runTimeoutMs / 1000} s`);
    await teardown();
    process.exit(1);
  }, runTimeoutMs);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await teardown();
      process.exit(1);
    });
  }

  try {
    const display = await startXvfb();
    const log = createWriteStream(path.join(artifacts, 'tauri-driver.log'));
    const env = {
      ...process.env,
      DISPLAY: display,
      BRIDGEWORK_DATA_DIR: dataDir,
      // WebKit keeps its caches and storage under these; keep them in the temporary folder too.
      XDG_DATA_HOME: path.join(temp, 'xdg-data'),
      XDG_CONFIG_HOME: path.join(temp, 'xdg-config'),
      XDG_CACHE_HOME: path.join(temp, 'xdg-cache'),
      BRIDGEWORK_TEST_SAVE_DIR: saves,
    };
    await mkdir(saves, { recursive: true });
    delete env.BRIDGEWORK_MAP;
    delete env.WAYLAND_DISPLAY;
    const driver = await startDriver(env, log);
    const demo = path.join(dataDir, demoFileName);

    await test('first launch creates the demo map and draws its organisations, titled with its name and file', async () => {
      check(!existsSync(demo), 'the demo map exists before first launch');
      await withApp(driver, [], async (browser) => {
        const map = await waitForOrganisations(browser);
        check(existsSync(demo), `first launch did not create ${demo}`);
        check(map.nodes.length === demoOrganisations, `${map.nodes.length} organisations drawn, expected ${demoOrganisations}`);
        check(map.edges.length > 0, 'no ties are drawn between the organisations');
        check((await text(browser, 'map-file')) === demo, 'the window does not show the map file');
        const name = await text(browser, 'map-name');
        const title = `${name} — ${demo} — Bridgework`;
        let titles = [];
        for (let attempt = 0; attempt < 50 && !titles.includes(title); attempt++) {
          titles = await windowTitles(display);
          await sleep(100);
        }
        check(titles.includes(title), `window titles: ${JSON.stringify(titles)}`);
        check(await browser.$('[data-testid="map-legend"]').isExisting(), 'the map has no legend');
        await screenshot(browser, 'first-launch.png');
      });
    });

    await test('an organisation opens into its teams and a team into its people, and back out', async () => {
      await withApp(driver, ['--map', demo], async (browser) => {
        const organisations = await waitForOrganisations(browser);
        const organisation = largest(organisations, 'organisation');
        await doubleClick(browser, organisation);
        const teams = await waitForMap(
          browser,
          (map) => map.nodes.some((n) => n.kind === 'team') && !map.nodes.some((n) => n.key === organisation.key),
          `double-clicking ${organisation.label} did not open it into its teams`,
        );
        check(
          teams.nodes.filter((n) => n.kind === 'organisation').length === demoOrganisations - 1,
          'the other organisations should stay closed',
        );
        check(await browser.$('[data-testid="crumb-organisation"]').isExisting(), 'the breadcrumb does not name the organisation');
        await screenshot(browser, 'drill-organisation.png');

        // Wait for the camera to settle on the opened organisation before aiming at a team.
        await sleep(800);
        const team = largest(await drawn(browser), 'team');
        await doubleClick(browser, team);
        await waitForMap(
          browser,
          (map) => map.nodes.some((n) => n.kind === 'person') && !map.nodes.some((n) => n.key === team.key),
          `double-clicking ${team.label} did not open it into its people`,
        );
        check(await browser.$('[data-testid="crumb-team"]').isExisting(), 'the breadcrumb does not name the team');
        await screenshot(browser, 'drill-team.png');

        await browser.$('[data-testid="map-back"]').click();
        await waitForMap(
          browser,
          (map) => !map.nodes.some((n) => n.kind === 'person') && map.nodes.some((n) => n.key === team.key),
          'backing out did not close the team again',
        );

        await browser.execute(() => document.querySelector('[data-testid="map-depth-teams"]').click());
        await waitForMap(
          browser,
          (map) => map.nodes.length > 0 && map.nodes.every((n) => n.kind === 'team'),
          'Open all: Teams did not open every organisation',
        );
        check((await text(browser, 'crumb-root')) === 'Every organisation open', 'the breadcrumb does not say every organisation is open');
      });
    });

    await test('searching a person opens the way to them and shows their details', async () => {
      const person = await somePerson(demo, temp);
      const key = `person:${person.id}`;
      await withApp(driver, ['--map', demo], async (browser) => {
        await waitForOrganisations(browser);
        const label = await searchAndPick(browser, person.name, key);
        check(label === person.name, `the suggestion reads ${label}`);
        await waitForDetails(browser, person.name);
        check((await text(browser, 'details-role')).includes(person.role), 'the details panel does not give the role');
        check((await browser.$$('[data-testid="details-tie"]')).length > 0, 'the details panel lists no ties');
        const map = await waitForMap(
          browser,
          (m) => m.nodes.some((n) => n.key === key && n.highlighted),
          `${person.name} is not drawn and highlighted on the map`,
        );
        check(map.nodes.some((n) => n.kind === 'team'), 'the person\'s organisation was not opened');
        await screenshot(browser, 'search-details.png');
      });
    });

    await test('unticking an organisation in the filters hides it and its ties', async () => {
      await withApp(driver, ['--map', demo], async (browser) => {
        const before = await waitForOrganisations(browser);
        const hidden = before.nodes[0];
        const id = hidden.key.slice('org:'.length);
        await browser.$(`[data-testid="filter-org-${id}"]`).click();
        const after = await waitForMap(
          browser,
          (map) => map.nodes.length === before.nodes.length - 1 && !map.nodes.some((n) => n.key === hidden.key),
          `unticking ${hidden.label} did not hide it`,
        );
        check(
          after.edges.every((e) => e.source !== hidden.key && e.target !== hidden.key),
          'ties of the hidden organisation are still drawn',
        );
        await screenshot(browser, 'filtered.png');
      });
    });

    await test('a dragged node stays where it was left after closing and reopening the map', async () => {
      let placed;
      await withApp(driver, ['--map', demo], async (browser) => {
        const before = await waitForOrganisations(browser);
        const node = largest(before, 'organisation');
        await drag(browser, node, 90, 60);
        const after = await waitForMap(
          browser,
          (map) => {
            const moved = map.nodes.find((n) => n.key === node.key);
            return moved !== undefined && Math.hypot(moved.x - node.x, moved.y - node.y) > 1;
          },
          `dragging ${node.label} did not move it`,
        );
        // Let the save and the redraw around the new place finish.
        await sleep(1000);
        placed = (await drawn(browser)).nodes.find((n) => n.key === node.key);
        check(Math.hypot(placed.x - node.x, placed.y - node.y) > 1, 'the node went back after the drag');
        check(after.nodes.length === before.nodes.length, 'dragging changed what is drawn');
        await screenshot(browser, 'dragged.png');
      });
      await withApp(driver, ['--map', demo], async (browser) => {
        const reopened = await waitForOrganisations(browser);
        const node = reopened.nodes.find((n) => n.key === placed.key);
        check(
          Math.abs(node.x - placed.x) < 1e-6 && Math.abs(node.y - placed.y) < 1e-6,
          `${placed.key} reopened at (${node.x}, ${node.y}), left at (${placed.x}, ${placed.y})`,
        );
      });
    });

    await test('hostile names show as text in the map, tooltip, search and details, and never run', async () => {
      const map = await hostileMap(temp);
      await withApp(driver, ['--map', map], async (browser) => {
        await waitForOrganisations(browser);
        const label = await searchAndPick(browser, 'svg onload', 'person:p2');
        check(label === hostileNames[2], `the suggestion reads ${label}`);
        await waitForDetails(browser, hostileNames[2]);
        const shown = await waitForMap(
          browser,
          (m) => m.nodes.some((n) => n.key === 'person:p1') && m.nodes.some((n) => n.key === 'person:p2'),
          'searching did not open the hostile team',
        );
        const p1 = shown.nodes.find((n) => n.key === 'person:p1');
        check(p1.label === hostileNames[0], `the map labels p1 ${p1.label}`);
        await sleep(800);
        await hover(browser, (await drawn(browser)).nodes.find((n) => n.key === 'person:p1'));
        const tooltip = browser.$('[data-testid="map-tooltip"]');
        await tooltip.waitForExist({ timeout: 5000, timeoutMsg: 'hovering a person shows no tooltip' });
        check((await tooltip.getProperty('textContent')).includes(hostileNames[0]), 'the tooltip does not show the name as text');
        await screenshot(browser, 'hostile-names.png');
        const verdict = await browser.execute(() => ({
          pwned: window.__pwned ?? null,
          images: document.querySelectorAll('img[src="x"]').length,
          scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
          onload: document.querySelectorAll('[onload], [onerror]').length,
        }));
        check(verdict.pwned === null, `a hostile name ran as script (window.__pwned = ${verdict.pwned})`);
        check(verdict.images + verdict.scripts + verdict.onload === 0, `a hostile name became markup: ${JSON.stringify(verdict)}`);
      });
    });

    await test('opening a large map shows its progress and can be cancelled', async () => {
      const large = path.join(temp, 'Large map.bwmap');
      await run(cli, ['demo', '--people', '40000', '--out', large]);
      await withApp(driver, ['--map', large], async (browser) => {
        // Polled in the page, which answers between frames while the backend works.
        let stage = null;
        await browser.waitUntil(
          async () =>
            (stage = await browser.execute(
              () => document.querySelector('[data-testid="progress-stage"]')?.textContent ?? null,
            )) !== null,
          { timeout: 20_000, interval: 50, timeoutMsg: 'opening a 40,000-person map showed no progress' },
        );
        check(stage.trim() !== '', 'the progress shows no stage');
        await screenshot(browser, 'progress.png');
        await browser.execute(() => document.querySelector('[data-testid="progress-cancel"]').click());
        let message = null;
        await browser.waitUntil(
          async () =>
            (message = await browser.execute(
              () => document.querySelector('[data-testid="error"]')?.textContent ?? null,
            )) !== null,
          { timeout: 30_000, timeoutMsg: 'cancelling the open said nothing' },
        );
        check(/stopped/i.test(message), `after cancelling, the page says: ${message}`);
        check(((await drawn(browser))?.nodes.length ?? 0) === 0, 'the cancelled map was drawn anyway');
        check((await text(browser, 'map-name')) === 'No map open', 'the cancelled map is named as open');
      });
    });

    await test('the content security policy blocks inline script and inline style', async () => {
      await withApp(driver, ['--map', demo], async (browser) => {
        await waitForOrganisations(browser);
        // Scripts run through WebDriver are exempt from the CSP, but what they add to the page is not.
        const breached = await browser.execute(async () => {
          const script = document.createElement('script');
          script.textContent = 'window.cspBreached = true';
          document.body.append(script);
          const probe = document.createElement('p');
          probe.setAttribute('style', 'color: rgb(1, 2, 3)');
          document.body.append(probe);
          await new Promise((resolve) => setTimeout(resolve, 100));
          return { script: window.cspBreached === true, style: getComputedStyle(probe).color === 'rgb(1, 2, 3)' };
        });
        check(!breached.script, 'an inline script ran');
        check(!breached.style, 'an inline style attribute applied');
      });
    });

    await test('--map opens the given file', async () => {
      const copy = path.join(temp, 'elsewhere', 'Copied map.bwmap');
      await mkdir(path.dirname(copy), { recursive: true });
      await copyFile(demo, copy);
      await withApp(driver, ['--map', copy], async (browser) => {
        await waitForOrganisations(browser);
        check((await text(browser, 'map-file')) === copy, 'the window does not show the copy');
      });
    });

    await test('a map that cannot be opened says why and is not created', async () => {
      const missing = path.join(temp, 'missing.bwmap');
      await withApp(driver, ['--map', missing], async (browser) => {
        // Polled in the page: WebKit's driver can keep answering "no such
        // element" for an element looked up before the page first rendered.
        let message = null;
        await browser.waitUntil(
          async () => (message = await browser.execute(() => document.querySelector('[data-testid="error"]')?.textContent ?? null)) !== null,
          { timeout: 30_000, timeoutMsg: 'a missing map was not reported' },
        );
        check(message.includes(missing), `the error does not name the file: ${message}`);
        check(((await drawn(browser))?.nodes.length ?? 0) === 0, 'a map is drawn for a missing file');
        await screenshot(browser, 'missing-map.png');
      });
      check(!existsSync(missing), 'opening a missing map created it');
    });

    // Each page's tests live in pages/NAME.mjs, whose default export takes
    // what a test needs: (test, { driver, demo, temp, cli, saves }).
    const pages = path.join(path.dirname(new URL(import.meta.url).pathname), 'pages');
    // The first test made the demo map; when it did not run, the CLI makes it.
    if (!existsSync(demo)) {
      await mkdir(dataDir, { recursive: true });
      await run(cli, ['demo', '--out', demo]);
    }
    for (const file of (await readdir(pages).catch(() => [])).filter((f) => f.endsWith('.mjs')).sort()) {
      selected = onlyPages.length === 0 || onlyPages.includes(path.basename(file, '.mjs'));
      const { default: register } = await import(pathToFileURL(path.join(pages, file)).href);
      await register(test, { driver, demo, temp, cli, saves });
    }

    selected = true;
    await test('an app that dies while starting fails its launch at once, named, instead of hanging', async () => {
      // No X display by that name: GTK fails to initialise, as it once did on a loaded machine.
      const broken = await startDriver({ ...env, DISPLAY: ':bridgework-no-display' }, log);
      const began = Date.now();
      let failure = null;
      await withApp(broken, [], async () => {}).catch((error) => (failure = error));
      const seconds = (Date.now() - began) / 1000;
      check(failure !== null, 'the app started without a display');
      check(/ended before its window was ready/.test(failure.message), `the failure does not say the app died: ${failure.message}`);
      check(seconds < 60, `the failed launch took ${seconds} s to report`);
    });
    await stopAll();
    await test('no app process is left behind', async () => {
      const leftovers = await leftoverApps(dataDir);
      for (const pid of leftovers) process.kill(pid, 'SIGKILL');
      check(leftovers.length === 0, `app processes left running: ${leftovers.join(', ')}`);
    });
  } catch (error) {
    results.push(false);
    console.log(`  FAIL  setting up: ${error?.message ?? error}`);
  } finally {
    clearTimeout(guard);
    await teardown();
  }

  const passed = results.filter(Boolean).length;
  const failed = results.length - passed;
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
