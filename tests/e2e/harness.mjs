// What every end-to-end test needs around the real app window: a private X
// display (Xvfb), tauri-driver on free ports, a WebDriver session per app
// launch, screenshots into artifacts/e2e/, and teardown of every process
// started, by process group, so nothing outlives a run.
import { execFile, spawn } from 'node:child_process';
import { readdir, readFile, readlink } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { remote } from 'webdriverio';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const target = process.env.CARGO_TARGET_DIR ?? 'target';
/** The app built by scripts/build-app (the UI embedded). */
export const binary = path.resolve(root, process.env.BRIDGEWORK_APP_BINARY ?? path.join(target, 'debug', 'bridgework-app'));
/** The command-line binary `cargo test` builds, used to make fixture maps. */
export const cli = path.resolve(root, process.env.BRIDGEWORK_CLI_BINARY ?? path.join(target, 'debug', 'bridgework'));
export const artifacts = path.join(root, 'artifacts', 'e2e');

/** Every child process started here, for teardown. */
export const started = [];
export const run = promisify(execFile);

/** Starts a process in its own process group, so stopping the group also stops what it spawned. */
export function start(command, args, options) {
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
export async function stop(child) {
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
export async function startXvfb() {
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
export async function startDriver(env, log) {
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
export async function withApp(port, args, body) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    connectionRetryCount: 0,
    // Starting a session starts the app and WebKit; on a loaded two-core
    // machine that has taken longer than WebdriverIO's two-minute default.
    connectionRetryTimeout: 300_000,
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

export function check(condition, message) {
  if (!condition) throw new Error(message);
}


/** Saves a screenshot of the window's page into artifacts/e2e/. */
export async function screenshot(browser, name) {
  // The first screenshot after a change can lag a frame behind it.
  await sleep(500);
  await browser.saveScreenshot(path.join(artifacts, name));
}



/** The titles of the top-level X windows whose title mentions Bridgework. */
export async function windowTitles(display) {
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
export async function leftoverApps(dataDir) {
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

/** Stops every process started here. */
export async function stopAll() {
  await Promise.all(started.map(stop));
}
