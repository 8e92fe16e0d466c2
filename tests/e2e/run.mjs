// End-to-end tests in Bridgework's real window, on the real backend.
//
// Starts Xvfb on a free display and tauri-driver on free ports, then drives
// the debug app binary (built by scripts/build-app, which embeds the UI)
// through WebdriverIO. Everything the app writes goes to a temporary folder:
// BRIDGEWORK_DATA_DIR and the XDG folders point there, so a run never touches
// the real data directory. Screenshots go to artifacts/e2e/. Every process
// started here is stopped by its process group id, and a last check makes
// sure no app process is left behind.
//
// Usage: node tests/e2e/run.mjs   (BRIDGEWORK_APP_BINARY overrides the binary)
// Prints one line per test and closes with "e2e: N passed, N failed".
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { remote } from 'webdriverio';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binary = path.resolve(
  root,
  process.env.BRIDGEWORK_APP_BINARY ?? path.join(process.env.CARGO_TARGET_DIR ?? 'target', 'debug', 'bridgework-app'),
);
const artifacts = path.join(root, 'artifacts', 'e2e');
// Must match DEMO_FILE_NAME in src-tauri/src/launch.rs.
const demoFileName = 'Demo map.bwmap';
// The demo map is a fictional system of eight partner organisations.
const demoOrganisations = 8;
// A whole run takes well under a minute; past this something hangs.
const runTimeoutMs = 5 * 60 * 1000;

const started = []; // every child process started here, for teardown
const run = promisify(execFile);

/** Starts a process in its own process group, so stopping the group also stops what it spawned. */
function start(command, args, options) {
  const child = spawn(command, args, { detached: true, ...options });
  // A program that is not installed fails to spawn; keep the error for the waits below to report.
  child.on('error', (error) => (child.failure = error));
  started.push(child);
  return child;
}

/** A wait that does not keep Node running once everything else is done. */
function idle(ms) {
  return sleep(ms, undefined, { ref: false });
}

function hasExited(child) {
  return child.failure !== undefined || child.exitCode !== null || child.signalCode !== null;
}

/** Stops a process group politely, then firmly. */
async function stop(child) {
  if (child.pid === undefined || hasExited(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), idle(5000).then(() => true)]);
  if (timedOut) {
    signal('SIGKILL');
    await exited;
  }
}

/** Starts Xvfb on a display it picks itself (-displayfd) and returns ":N". */
async function startXvfb() {
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  xvfb.stderr.on('data', (chunk) => (errors += chunk));
  return new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${errors.trim()}`)));
    xvfb.once('error', (error) => reject(new Error(`could not start Xvfb: ${error.message}`)));
    idle(10_000).then(() => reject(new Error('Xvfb did not report a display within 10 s')));
  });
}

/** A TCP port nothing listens on right now. */
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts tauri-driver and waits until it answers. */
async function startDriver(env, log) {
  const port = await freePort();
  const nativePort = await freePort();
  const driver = start('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  driver.stdout.pipe(log);
  driver.stderr.pipe(log);
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driver.failure) throw new Error(`could not start tauri-driver: ${driver.failure.message}`);
    if (hasExited(driver)) throw new Error(`tauri-driver exited with ${driver.exitCode}; see ${log.path}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return port;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`tauri-driver did not answer within 10 s; see ${log.path}`);
}

/** Runs `body` against a fresh app window started with `args`; the session's end closes the app. */
async function withApp(port, args, body) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    connectionRetryCount: 0,
    capabilities: {
      'tauri:options': { application: binary, args },
      // WebKitWebDriver speaks classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
    },
  });
  try {
    await body(browser);
  } finally {
    await browser.deleteSession();
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The number a summary figure shows, e.g. "1,204" → 1204. */
async function figure(browser, key) {
  const text = await browser.$(`[data-testid="figure-${key}"] dd`).getText();
  return Number(text.replaceAll(',', ''));
}

/** Saves a screenshot of the window's page into artifacts/e2e/. */
async function screenshot(browser, name) {
  // The first screenshot after a change can lag a frame behind it.
  await sleep(500);
  await browser.saveScreenshot(path.join(artifacts, name));
}

/** Waits until the page has either shown the map or said why it could not. */
async function waitForOutcome(browser) {
  await browser.waitUntil(
    async () => (await browser.$('[data-testid="map-name"], [data-testid="error"]').isExisting()),
    { timeout: 30_000, timeoutMsg: 'the page neither showed a map nor an error within 30 s' },
  );
}

/** Waits for the map to be shown and checks what every open map shows. */
async function expectMap(browser, file) {
  await waitForOutcome(browser);
  const error = browser.$('[data-testid="error"]');
  if (await error.isExisting()) {
    throw new Error(`the page shows an error: ${(await error.getText()).replaceAll('\n', ' ')}`);
  }
  const name = browser.$('[data-testid="map-name"]');
  // textContent, not getText: WebKit's WebDriver reads an ellipsis-styled line as empty.
  const shownFile = await browser.$('[data-testid="map-file"]').getProperty('textContent');
  check(shownFile === file, `the window shows the file ${shownFile}, expected ${file}`);
  const organisations = await browser.$$('[data-testid="organisation"]');
  check(
    organisations.length === demoOrganisations,
    `${organisations.length} organisations listed, expected ${demoOrganisations}`,
  );
  check((await figure(browser, 'organisations')) === demoOrganisations, 'the organisations figure is wrong');
  const people = await figure(browser, 'people_in_post');
  check(people > 0, `the people-in-post figure is ${people}`);
  for (const organisation of await browser.$$('[data-testid="organisation-name"]')) {
    check((await organisation.getText()).trim() !== '', 'an organisation is listed without a name');
  }
  return name.getText();
}

/** The titles of the top-level X windows whose title mentions Bridgework. */
async function windowTitles(display) {
  try {
    const { stdout } = await run('xdotool', ['search', '--name', 'Bridgework', 'getwindowname', '%@'], {
      env: { ...process.env, DISPLAY: display },
    });
    return stdout.split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when no window matches.
  }
}

/** Processes running the app binary with this run's data dir: ours, and still alive. */
async function leftoverApps(dataDir) {
  const leftovers = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if ((await readlink(`/proc/${pid}/exe`)) !== binary) continue;
      const environ = await readFile(`/proc/${pid}/environ`, 'utf8');
      if (environ.split('\0').includes(`BRIDGEWORK_DATA_DIR=${dataDir}`)) leftovers.push(Number(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  return leftovers;
}

async function main() {
  check(existsSync(binary), `no app binary at ${binary}: build it with ./scripts/build-app`);
  await mkdir(artifacts, { recursive: true });
  const temp = await mkdtemp(path.join(os.tmpdir(), 'bridgework-e2e-'));
  const dataDir = path.join(temp, 'data');
  const results = [];
  const test = async (name, body) => {
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
    await Promise.all(started.map(stop));
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
    };
    delete env.BRIDGEWORK_MAP;
    delete env.WAYLAND_DISPLAY;
    const port = await startDriver(env, log);
    const demo = path.join(dataDir, demoFileName);

    await test('first launch creates the demo map in the data dir and shows it', async () => {
      check(!existsSync(demo), 'the demo map exists before first launch');
      await withApp(port, [], async (browser) => {
        const name = await expectMap(browser, demo);
        check(existsSync(demo), `first launch did not create ${demo}`);
        // A swatch without a colour would mean the CSP blocked Svelte's style binding.
        for (const swatch of await browser.$$('[data-testid="organisation"] .swatch')) {
          const colour = (await swatch.getCSSProperty('background-color')).parsed?.hex;
          check(colour && colour !== '#000000', 'an organisation has no colour swatch');
        }
        // The native window title is set after the map opens; give it a moment.
        let titles = [];
        for (let attempt = 0; attempt < 50 && !titles.includes(`${name} — Bridgework`); attempt++) {
          titles = await windowTitles(display);
          await sleep(100);
        }
        check(titles.includes(`${name} — Bridgework`), `window titles: ${JSON.stringify(titles)}`);
        await screenshot(browser, 'first-launch.png');
      });
    });

    await test('--map opens the given file', async () => {
      const copy = path.join(temp, 'elsewhere', 'Copied map.bwmap');
      await mkdir(path.dirname(copy), { recursive: true });
      await copyFile(demo, copy);
      await withApp(port, ['--map', copy], (browser) => expectMap(browser, copy));
    });

    await test('the content security policy blocks inline script and inline style', async () => {
      await withApp(port, ['--map', demo], async (browser) => {
        await waitForOutcome(browser);
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

    await test('a map that cannot be opened says why and is not created', async () => {
      const missing = path.join(temp, 'missing.bwmap');
      await withApp(port, ['--map', missing], async (browser) => {
        await waitForOutcome(browser);
        const error = browser.$('[data-testid="error"]');
        check(await error.isExisting(), 'a missing map was shown as if it opened');
        const text = await error.getText();
        check(text.includes('not-found'), `the error does not give its code: ${text}`);
        await screenshot(browser, 'missing-map.png');
      });
      check(!existsSync(missing), 'opening a missing map created it');
    });

    await Promise.all(started.map(stop));
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
