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
const execFileAsync = promisify(execFile);
/** Runs a program to its end; a CLI's JSON of the demo map runs past execFile's 1 MB default. */
export const run = (file, args, options = {}) => execFileAsync(file, args, { maxBuffer: 64 * 1024 * 1024, ...options });

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

/**
 * tauri-driver on free ports, for every app launch of one run.
 *
 * An app that dies while its session starts (on a loaded machine GTK has
 * once failed to initialise) leaves the session request waiting until its
 * timeout, minutes later, and the run fails with a message that says
 * nothing. `withApp` watches the app's process instead: when it dies before
 * the session starts, the driver (with the request stuck in it) is replaced
 * and the launch tried once more; a second death fails at once, naming it.
 */
class Driver {
  constructor(env, log) {
    this.env = env;
    this.log = log;
    this.child = null;
    this.port = null;
  }

  async start() {
    const port = await freePort();
    const nativePort = await freePort();
    const driver = start('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    driver.stdout.pipe(this.log, { end: false });
    driver.stderr.pipe(this.log, { end: false });
    for (let attempt = 0; attempt < 100; attempt++) {
      if (driver.failure) throw new Error(`could not start tauri-driver: ${driver.failure.message}`);
      if (hasExited(driver)) throw new Error(`tauri-driver exited with ${driver.exitCode}; see ${this.log.path}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        if (response.ok) {
          this.child = driver;
          this.port = port;
          return;
        }
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    throw new Error(`tauri-driver did not answer within 10 s; see ${this.log.path}`);
  }

  /** Stops this driver, and the WebKit driver and app it started, and starts another. */
  async restart() {
    await stop(this.child);
    await this.start();
  }

  /** The app processes this driver's launches run as, alive now. */
  apps() {
    return leftoverApps(this.env.BRIDGEWORK_DATA_DIR);
  }
}

/** Starts tauri-driver and waits until it answers. */
export async function startDriver(env, log) {
  const driver = new Driver(env, log);
  await driver.start();
  return driver;
}

/** Raised when the app's process ends before its WebDriver session has started. */
class AppDied extends Error {}

/** The process's parent and state ("Z" for a zombie), or null when it is gone. */
async function processStatus(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may itself hold spaces and parentheses.
    const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, parent: Number(parent) };
  } catch {
    return null;
  }
}

/**
 * Resolves (with an `AppDied`) when an app process started after this call
 * ends while `stop()` has not been called; polls /proc every 250 ms.
 *
 * Only the app itself counts: WebKit forks it to start its helper
 * processes, and each fork runs the app's binary until it execs its own.
 */
function watchForAppDeath(driver, before) {
  let watching = true;
  const died = (async () => {
    const apps = new Set();
    while (watching) {
      const alive = new Set(await driver.apps());
      for (const pid of alive) {
        if (before.has(pid) || apps.has(pid)) continue;
        const status = await processStatus(pid);
        if (status !== null && !alive.has(status.parent)) apps.add(pid);
      }
      for (const pid of apps) {
        const status = await processStatus(pid);
        if ((status === null || status.state === 'Z') && watching) {
          return new AppDied(`the app (process ${pid}) ended before its window was ready; see ${driver.log.path}`);
        }
      }
      await idle(250);
    }
    return null;
  })();
  return { died, stop: () => (watching = false) };
}

/** Starts a WebDriver session, which launches the app with `args`; see {@link Driver}. */
async function startSession(driver, args) {
  for (let attempt = 1; ; attempt++) {
    const watch = watchForAppDeath(driver, new Set(await driver.apps()));
    const session = remote({
      hostname: '127.0.0.1',
      port: driver.port,
      // A session abandoned because its app died fails noisily in WebdriverIO's
      // log; every other failure reaches the test as an exception anyway.
      logLevel: 'silent',
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
    // When the app dies first, the request is abandoned and fails as its driver stops.
    session.catch(() => {});
    try {
      const outcome = await Promise.race([session, watch.died.then((death) => death ?? session)]);
      if (!(outcome instanceof AppDied)) return outcome;
      if (attempt === 2) throw outcome;
      console.log(`  note  ${outcome.message}: starting it again with a fresh driver`);
      await driver.restart();
    } finally {
      watch.stop();
    }
  }
}

/** Runs `body` against a fresh app window started with `args`; the session's end closes the app. */
export async function withApp(driver, args, body) {
  const browser = await startSession(driver, args);
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
