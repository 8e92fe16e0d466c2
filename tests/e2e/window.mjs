// What tests do in the app window: read what the map draws through the
// canvas's test hook, point, click and drag at nodes, read the panels, and
// write CSV files for the CLI to import. Shared by run.mjs and the page
// tests in pages/.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { check } from './harness.mjs';

/** What the map draws now, from the canvas's test hook; null before the canvas exists. */
export function drawn(browser) {
  return browser.execute(() =>
    window.__bridgeworkMap === undefined
      ? null
      : { nodes: window.__bridgeworkMap.nodes(), edges: window.__bridgeworkMap.edges() },
  );
}

/** Waits until what the map draws satisfies `ready`, and returns it. */
export async function waitForMap(browser, ready, message, timeout = 30_000) {
  let last = null;
  try {
    await browser.waitUntil(
      async () => {
        const error = await browser.$('[data-testid="error"]');
        if (await error.isExisting()) {
          throw new Error(`the page shows an error: ${(await error.getText()).replaceAll('\n', ' ')}`);
        }
        last = await drawn(browser);
        return last !== null && ready(last);
      },
      { timeout, interval: 200 },
    );
  } catch (error) {
    if (String(error?.message).startsWith('the page shows')) throw error;
    const summary = last === null ? 'no map drawn' : `${last.nodes.length} nodes drawn`;
    const page = await browser
      .execute(() => `${document.readyState}: ${document.body?.innerText.slice(0, 160).replaceAll('\n', ' | ')}`)
      .catch((e) => `unreadable: ${e.message}`);
    throw new Error(`${message} (${summary}; the page reads ${page})`);
  }
  return last;
}

/** Waits for the organisation level of an open map. */
export function waitForOrganisations(browser) {
  return waitForMap(
    browser,
    (map) => map.nodes.length > 0 && map.nodes.every((node) => node.kind === 'organisation'),
    'the map did not show its organisations within 30 s',
  );
}

/** The largest visible node of a kind: the easiest to hit with the pointer. */
export function largest(map, kind) {
  const nodes = map.nodes.filter((node) => node.kind === kind && !node.hidden);
  check(nodes.length > 0, `no ${kind} is drawn`);
  return nodes.reduce((a, b) => (b.size > a.size ? b : a));
}

/** Moves the pointer to a point of the window, in CSS pixels. */
export function pointAt(browser, x, y) {
  return browser.action('pointer').move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' });
}

/**
 * Where `node` is drawn once the camera has come to rest (two reads 150 ms
 * apart agree): a view just drawn may still be moving into its frame, and a
 * click aimed at where a node was misses it.
 */
async function atRest(browser, node) {
  let last = node;
  for (let read = 0; read < 20; read++) {
    await sleep(150);
    const now = (await drawn(browser))?.nodes.find((n) => n.key === node.key);
    if (now === undefined) return last;
    if (Math.abs(now.clientX - last.clientX) < 0.5 && Math.abs(now.clientY - last.clientY) < 0.5) return now;
    last = now;
  }
  return last;
}

export async function doubleClick(browser, node) {
  const at = await atRest(browser, node);
  await pointAt(browser, at.clientX, at.clientY).down().up().pause(60).down().up().perform();
}

export async function hover(browser, node) {
  // Two moves: sigma only notices a node under a pointer that moved onto it.
  await pointAt(browser, node.clientX - 3, node.clientY - 3).pause(50).perform();
  await pointAt(browser, node.clientX, node.clientY).perform();
}

/** Drags a node by (dx, dy) pixels in small steps, as a hand would. */
export async function drag(browser, node, dx, dy) {
  let action = pointAt(browser, node.clientX, node.clientY).down().pause(100);
  for (let step = 1; step <= 10; step++) {
    action = action.move({
      x: Math.round(node.clientX + (dx * step) / 10),
      y: Math.round(node.clientY + (dy * step) / 10),
      origin: 'viewport',
      duration: 20,
    });
  }
  await action.pause(100).up().perform();
}

/** The text of an element, read as the DOM has it (WebKit's getText reads ellipsised lines as empty). */
export function text(browser, testid) {
  return browser.$(`[data-testid="${testid}"]`).getProperty('textContent');
}

/** Types into the search box and picks the suggestion for `key`. */
export async function searchAndPick(browser, query, key) {
  const input = browser.$('[data-testid="search-input"]');
  await input.click();
  await input.setValue(query);
  const option = browser.$(`[data-testid="search-option"][data-key="${key}"]`);
  await option.waitForExist({ timeout: 10_000, timeoutMsg: `no suggestion for ${key} after typing "${query}"` });
  const label = await option.$('[data-testid="search-option-label"]').getProperty('textContent');
  await option.click();
  return label;
}

/** Waits until the details panel names `name`. */
export async function waitForDetails(browser, name) {
  await browser.waitUntil(async () => (await text(browser, 'details-name').catch(() => null)) === name, {
    timeout: 10_000,
    timeoutMsg: `the details panel does not show ${name}`,
  });
}

/** Writes CSV files for the CLI to import. `tables` maps a file name to rows (the first is the header). */
export async function writeCsv(folder, tables) {
  await mkdir(folder, { recursive: true });
  const cell = (value) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  for (const [name, rows] of Object.entries(tables)) {
    await writeFile(path.join(folder, name), rows.map((row) => row.map(cell).join(',')).join('\n') + '\n');
  }
}

/** Polls `read` (run in the page) until it returns something other than null/false. */
export async function poll(browser, read, message, arg = null, timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await browser.execute(read, arg);
    if (value !== null && value !== false && value !== undefined) return value;
    if (Date.now() > until) throw new Error(message);
    await sleep(150);
  }
}

/** Clicks the element `selector` finds, from inside the page. */
export function click(browser, selector) {
  return browser.execute((s) => {
    const element = document.querySelector(s);
    if (element === null) throw new Error(`nothing matches ${s}`);
    element.click();
  }, selector);
}

/** Sets an input's or select's value as a person would, so Svelte's bindings see it. */
export function fill(browser, testid, value, event = 'input') {
  return browser.execute(
    (id, v, e) => {
      const element = document.querySelector(`[data-testid="${id}"]`);
      element.value = v;
      element.dispatchEvent(new Event(e, { bubbles: true }));
    },
    testid,
    value,
    event,
  );
}

/** A CSV file's rows (the first is the header); the export quotes only what needs it. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

