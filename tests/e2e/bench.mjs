// Times the desktop map in the real window, on the real backend: how long
// from launching the app on a map file to the first complete frame of its
// organisations, how long to open everyone of a 10,000-person map, and how
// long to open one organisation of a 100,000-person map. Not a test: it
// measures and prints (a table, or JSON with --json), and asserts nothing,
// because this machine is shared and timings vary.
//
// A frame is complete when sigma has drawn a frame after taking the scene
// (the canvas's test hook gives both times, see ui/src/lib/map/test-hook.ts).
// The launch figure is wall-clock from asking tauri-driver for a window to
// that frame, so it includes starting the app and its webview.
//
// Usage: node tests/e2e/bench.mjs SMALL.bwmap LARGE.bwmap [--runs N] [--json]
// (scripts/bench-app makes the maps and builds the release app first.)
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { artifacts, check, screenshot, startDriver, startXvfb, stopAll, withApp } from './harness.mjs';

const args = process.argv.slice(2);
const [small, large] = args.filter((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const json = args.includes('--json');
check(small && large, 'usage: node tests/e2e/bench.mjs SMALL.bwmap LARGE.bwmap [--runs N] [--json]');

/** Waits until the map shows nodes that satisfy `ready` in a complete frame; returns the page's times. */
async function waitForFrame(browser, ready, what, timeout = 120_000) {
  let state = null;
  await browser.waitUntil(
    async () => {
      state = await browser.execute(() => {
        const hook = window.__bridgeworkMap;
        if (hook === undefined) return null;
        const nodes = hook.nodes();
        const kinds = { organisation: 0, team: 0, person: 0 };
        for (const node of nodes) kinds[node.kind] += 1;
        return { kinds, edges: hook.edges().length, ...hook.timings(), origin: performance.timeOrigin };
      });
      return state !== null && ready(state.kinds) && state.rendered > state.sceneApplied;
    },
    { timeout, interval: 50, timeoutMsg: `${what} was not drawn within ${timeout / 1000} s` },
  );
  return state;
}

/** Clicks an element from inside the page and returns the page time of the click. */
function clickAt(browser, selector) {
  return browser.execute((s) => {
    document.querySelector(s).click();
    return performance.now();
  }, selector);
}

/** Double-clicks the largest organisation; returns the page time just before. */
async function openLargestOrganisation(browser) {
  const organisation = await browser.execute(() =>
    window.__bridgeworkMap.nodes().reduce((a, b) => (b.size > a.size ? b : a)),
  );
  const before = await browser.execute(() => performance.now());
  const at = { x: Math.round(organisation.clientX), y: Math.round(organisation.clientY), origin: 'viewport' };
  await browser.action('pointer').move(at).down().up().pause(60).down().up().perform();
  return { before, label: organisation.label };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  await mkdir(artifacts, { recursive: true });
  const temp = await mkdtemp(path.join(os.tmpdir(), 'bridgework-bench-'));
  const samples = { smallLaunch: [], smallEveryone: [], largeLaunch: [], largeDrill: [] };
  const sizes = {};
  try {
    const display = await startXvfb();
    const env = { ...process.env, DISPLAY: display, BRIDGEWORK_DATA_DIR: path.join(temp, 'data') };
    for (const name of ['XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME']) env[name] = path.join(temp, name);
    const driver = await startDriver(env, createWriteStream(path.join(artifacts, 'bench-driver.log')));
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`run ${run} of ${runs}…\n`);
      let launched = Date.now();
      await withApp(driver, ['--map', small], async (browser) => {
        const shown = await waitForFrame(browser, (k) => k.organisation > 0, 'the small map');
        samples.smallLaunch.push(shown.origin + shown.rendered - launched);
        const clicked = await clickAt(browser, '[data-testid="map-depth-people"]');
        const everyone = await waitForFrame(browser, (k) => k.person > 1000 && k.organisation === 0, 'everyone');
        samples.smallEveryone.push(everyone.rendered - clicked);
        sizes.everyone = { nodes: everyone.kinds.person + everyone.kinds.team, edges: everyone.edges };
        if (run === 1) await screenshot(browser, 'bench-everyone-10k.png');
      });
      launched = Date.now();
      await withApp(driver, ['--map', large], async (browser) => {
        const shown = await waitForFrame(browser, (k) => k.organisation > 0, 'the large map');
        samples.largeLaunch.push(shown.origin + shown.rendered - launched);
        const { before, label } = await openLargestOrganisation(browser);
        const drilled = await waitForFrame(browser, (k) => k.team > 0, `the teams of ${label}`);
        samples.largeDrill.push(drilled.rendered - before);
        sizes.drill = { organisation: label, teams: drilled.kinds.team, edges: drilled.edges };
        if (run === 1) await screenshot(browser, 'bench-drill-100k.png');
      });
    }
  } finally {
    await stopAll();
    await rm(temp, { recursive: true, force: true });
  }

  const seconds = (values) => Math.round(median(values)) / 1000;
  const report = {
    runs,
    small_map: small,
    large_map: large,
    small_launch_to_organisations_seconds: seconds(samples.smallLaunch),
    small_open_everyone_seconds: seconds(samples.smallEveryone),
    everyone: sizes.everyone,
    large_launch_to_organisations_seconds: seconds(samples.largeLaunch),
    large_open_one_organisation_seconds: seconds(samples.largeDrill),
    drill: sizes.drill,
    samples,
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`median of ${runs} runs, real window (Xvfb, software WebGL)`);
  console.log(`launch on ${path.basename(small)} to its organisations drawn   ${report.small_launch_to_organisations_seconds} s   target < 5 s`);
  console.log(
    `open everyone of it (${sizes.everyone.nodes} nodes, ${sizes.everyone.edges} edges), drawn   ${report.small_open_everyone_seconds} s   target < 5 s`,
  );
  console.log(`launch on ${path.basename(large)} to its organisations drawn   ${report.large_launch_to_organisations_seconds} s   target < 5 s`);
  console.log(
    `open ${sizes.drill.organisation} (${sizes.drill.teams} teams, ${sizes.drill.edges} edges), drawn   ${report.large_open_one_organisation_seconds} s   target < 1 s`,
  );
}

await main();
