// The Data page, on copies of the demo map, checked against the file with
// the real CLI's JSON export: a person's role is found by searching, edited
// and saved; an invalid level and date are refused beside their fields with
// the file left byte for byte as it was; a team is deleted with its sub-teams,
// people and ties (the confirmation says so), brought back with Ctrl+Z and
// deleted again with Ctrl+Shift+Z; a planted duplicate person is merged into
// their twin and the merge undone with the top bar's Undo button; Add tie
// takes people by name (a shared name lists its people, a misspelt one names
// the nearest).
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Key } from 'webdriverio';
import { check, run, screenshot, withApp } from '../harness.mjs';
import { click, fill, poll, waitForOrganisations } from '../window.mjs';

/** The map as the CLI exports it to JSON. */
async function exported(cli, map, out) {
  await run(cli, ['export', '--format', 'json', '--out', out, map]);
  return JSON.parse(await readFile(out, 'utf8'));
}

/** A tie as a set member: its two people in order, and its kind. */
const tieKey = (tie) => JSON.stringify([...[tie.person_a, tie.person_b].sort(), tie.kind]);

/** Opens the Data page at `tab` and waits for its table (or, for duplicates, its list). */
async function openTab(browser, tab) {
  await waitForOrganisations(browser);
  await click(browser, '[data-testid="page-tab-data"]');
  await poll(browser, () => document.querySelector('[data-testid="page-data"]') !== null, 'the Data page did not open');
  await click(browser, `[data-testid="data-tab-${tab}"]`);
  await poll(
    browser,
    (t) =>
      t === 'duplicates'
        ? document.querySelector('[data-testid="duplicate-pair"], [data-testid="duplicates-empty"]') !== null
        : document.querySelector(`[data-testid="data-table"][data-table="${t}"] [data-testid="data-row"]`) !== null,
    `the Data page's ${tab} tab showed nothing`,
    tab,
  );
}

/** Types `words` into the search box and waits until the rows are narrowed to include the row `key`. */
async function searchFor(browser, words, key) {
  await fill(browser, 'data-search', words);
  return poll(
    browser,
    (k) => {
      const label = document.querySelector('[data-testid="data-rows-label"]')?.textContent ?? '';
      const rows = [...document.querySelectorAll('[data-testid="data-row"]')];
      return label.includes('(of') && rows.some((r) => r.dataset.key === k) ? { label, rows: rows.length } : null;
    },
    `searching "${words}" did not narrow the rows to ${key}`,
    key,
  );
}

/** The cells of the row `key` shown now, by column, as their raw values; null when it is not shown. */
function rowValues(browser, key) {
  return browser.execute((k) => {
    const row = [...document.querySelectorAll('[data-testid="data-row"]')].find((r) => r.dataset.key === k);
    return row === undefined ? null : Object.fromEntries([...row.querySelectorAll('td[data-column]')].map((td) => [td.dataset.column, td.dataset.value]));
  }, key);
}

/** Clicks a button of the row `key`: 'data-edit' or 'data-delete'. */
function rowButton(browser, key, testid) {
  return browser.execute(
    (k, id) => {
      const row = [...document.querySelectorAll('[data-testid="data-row"]')].find((r) => r.dataset.key === k);
      row.querySelector(`[data-testid="${id}"]`).click();
    },
    key,
    testid,
  );
}

async function editRow(browser, key) {
  await rowButton(browser, key, 'data-edit');
  await poll(browser, () => document.querySelector('[data-testid="record-form"]') !== null, `Edit of ${key} opened no form`);
}

/** The app's undo/redo status line, once it says something starting with `start`. */
function historyStatus(browser, start, message) {
  return poll(
    browser,
    (s) => {
      const status = document.querySelector('[data-testid="history-status"]')?.textContent.trim() ?? '';
      return status.startsWith(s) ? status : null;
    },
    message,
    start,
  );
}

/** A person in post with a team and a plain name, to search for. */
function somePerson(map) {
  const person = map.people.find((p) => p.team_id && p.role && !p.left && /^[A-Za-z' -]+$/.test(p.name));
  check(person !== undefined, 'the demo map has no person to edit');
  return person;
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/**
 * A team with sub-teams, people and ties, and what deleting it takes: its
 * sub-teams at any depth, their people, those people's ties and the partner
 * links of any of the teams.
 */
function teamToDelete(map) {
  for (const team of map.teams) {
    const teams = new Set([team.id]);
    for (let grown = true; grown; ) {
      const before = teams.size;
      for (const t of map.teams) if (t.parent_team_id !== null && teams.has(t.parent_team_id)) teams.add(t.id);
      grown = teams.size > before;
    }
    const people = new Set(map.people.filter((p) => teams.has(p.team_id)).map((p) => p.id));
    const ties = map.ties.filter((t) => people.has(t.person_a) || people.has(t.person_b)).length;
    const links = map.partner_links.filter((l) => teams.has(l.team_a) || teams.has(l.team_b)).length;
    if (teams.size > 1 && people.size > 0 && ties > 0 && /^[A-Za-z&' -]+$/.test(team.name)) {
      return { team, subTeams: teams.size - 1, people: people.size, ties, links };
    }
  }
  check(false, 'the demo map has no team with sub-teams, people and ties');
}

const sizes = (map) => ({
  teams: map.teams.length,
  people: map.people.length,
  ties: map.ties.length,
  partner_links: map.partner_links.length,
});

export default async (test, { driver, demo, temp, cli }) => {
  await test('the Data page finds a person, edits their role and saves it to the file', async () => {
    const copy = path.join(temp, 'data-edit.bwmap');
    await copyFile(demo, copy);
    const before = await exported(cli, copy, path.join(temp, 'data-edit-before.json'));
    const person = somePerson(before);
    const role = 'Head of Data Stewardship';

    await withApp(driver, ['--map', copy], async (browser) => {
      await openTab(browser, 'people');
      const all = await browser.execute(() => document.querySelector('[data-testid="data-rows-label"]').textContent);
      check(all === `Rows 1–100 of ${before.people.length}`, `the people tab reads "${all}"`);
      await screenshot(browser, 'data-table.png');
      const found = await searchFor(browser, person.name, `person:${person.id}`);
      check(found.rows < 100, `searching "${person.name}" left ${found.rows} rows (${found.label})`);
      check((await rowValues(browser, `person:${person.id}`)).role === person.role, 'the row does not show the role the file holds');

      await editRow(browser, `person:${person.id}`);
      const shown = await browser.execute(() => document.querySelector('[data-testid="field-role"]').value);
      check(shown === person.role, `the form's role reads "${shown}", the file "${person.role}"`);
      await fill(browser, 'field-role', role);
      await click(browser, '[data-testid="record-save"]');
      await poll(
        browser,
        (r) =>
          document.querySelector('[data-testid="record-form"]') === null &&
          [...document.querySelectorAll('[data-testid="data-row"] td[data-column="role"]')].some((td) => td.dataset.value === r),
        'after saving, the table does not show the new role',
        role,
      );
      const status = await browser.execute(() => document.querySelector('[data-testid="data-status"]').textContent);
      check(status === `Edited the person "${person.name}"`, `the status reads "${status}"`);
    });

    const after = await exported(cli, copy, path.join(temp, 'data-edit-after.json'));
    const saved = after.people.find((p) => p.id === person.id);
    check(saved?.role === role, `the file holds the role "${saved?.role}"`);
    check(JSON.stringify({ ...saved, role: person.role }) === JSON.stringify(person), 'saving changed more than the role');
    check(after.people.length === before.people.length && after.ties.length === before.ties.length, 'saving changed other records');
  });

  await test('the Data page refuses an invalid level and date beside their fields and writes nothing', async () => {
    const copy = path.join(temp, 'data-invalid.bwmap');
    await copyFile(demo, copy);
    const person = somePerson(await exported(cli, copy, path.join(temp, 'data-invalid.json')));
    const bytes = await readFile(copy);

    await withApp(driver, ['--map', copy], async (browser) => {
      await openTab(browser, 'people');
      await searchFor(browser, person.name, `person:${person.id}`);
      await editRow(browser, `person:${person.id}`);
      // The level is chosen from a list, which holds no "Snr": add it, as a
      // value the vocabulary does not know would arrive, to reach the check.
      await browser.execute(() => {
        const option = document.createElement('option');
        option.value = option.textContent = 'Snr';
        document.querySelector('[data-testid="field-level"]').append(option);
      });
      await fill(browser, 'field-level', 'Snr', 'change');
      await fill(browser, 'field-joined', '31/02/2025');
      await click(browser, '[data-testid="record-save"]');
      const fields = await poll(
        browser,
        () => {
          const read = (key) => {
            const field = document.querySelector(`[data-testid="field-${key}"]`);
            const error = document.querySelector(`[data-testid="field-error-${key}"]`);
            if (field === null || error === null) return null;
            const described = (field.getAttribute('aria-describedby') ?? '').split(' ').includes(error.id);
            return { value: field.value, invalid: field.getAttribute('aria-invalid'), described, message: error.textContent };
          };
          const [level, joined] = [read('level'), read('joined')];
          return level !== null && joined !== null ? { level, joined } : null;
        },
        'the refused save gave no message beside the level and joined fields',
      );
      check(/Snr/.test(fields.level.message), `the level's message reads "${fields.level.message}"`);
      check(/31\/02\/2025/.test(fields.joined.message), `the joined message reads "${fields.joined.message}"`);
      for (const [key, field] of Object.entries(fields)) {
        check(field.invalid === 'true' && field.described, `the ${key} field is not marked invalid with its message: ${JSON.stringify(field)}`);
      }
      check(fields.level.value === 'Snr' && fields.joined.value === '31/02/2025', `the form lost what was typed: ${JSON.stringify(fields)}`);
      const summary = await browser.execute(() => document.querySelector('[data-testid="record-error"]')?.textContent ?? '');
      check(summary.includes('Nothing was saved'), `the form says "${summary}"`);
      check((await rowValues(browser, `person:${person.id}`)).level === (person.level ?? ''), 'the table shows the refused level');
      await browser.execute(() => document.querySelector('[data-testid="field-error-joined"]').scrollIntoView({ block: 'end' }));
      await screenshot(browser, 'data-invalid.png');
    });
    check(Buffer.compare(bytes, await readFile(copy)) === 0, 'the map file changed though the edit was refused');
  });

  await test('Add tie takes people by name: one name is taken, a shared name lists its people, an unknown one names the nearest', async () => {
    const copy = path.join(temp, 'data-tie.bwmap');
    await copyFile(demo, copy);
    const before = await exported(cli, copy, path.join(temp, 'data-tie-before.json'));
    const inPost = before.people.filter((p) => p.team_id && !p.left && /^[A-Za-z' -]+$/.test(p.name));
    const tied = new Set(before.ties.map((t) => JSON.stringify([t.person_a, t.person_b].sort())));
    // Two people with names of their own and no tie yet, and a third to share the first one's name.
    const [a, b] = inPost
      .filter((x) => x.name.length >= 12)
      .flatMap((x, i) => inPost.slice(i + 1, i + 40).map((y) => [x, y]))
      .find(([x, y]) => x.name !== y.name && !tied.has(JSON.stringify([x.id, y.id].sort())));
    const twin = inPost.find((p) => p.id !== a.id && p.id !== b.id && p.name !== a.name);

    await withApp(driver, ['--map', copy], async (browser) => {
      const errorAt = (field) =>
        poll(browser, (f) => document.querySelector(`[data-testid="field-error-${f}"]`)?.textContent ?? null, `no message beside ${field}`, field);
      await openTab(browser, 'ties');
      await click(browser, '[data-testid="data-add"]');
      await poll(browser, () => document.querySelector('[data-testid="record-form"]') !== null, 'Add tie opened no form');
      // A typo: refused, naming the nearest name.
      await fill(browser, 'field-person_a', a.name.slice(0, -1));
      await fill(browser, 'field-person_b', b.name.toUpperCase());
      await click(browser, '[data-testid="record-save"]');
      const typo = await errorAt('person_a');
      check(typo.includes(`the nearest name is ${a.name} (${a.id}`), `a misspelt name reads "${typo}"`);
      // Both by name, one in capitals: the form names whom each means, and saves their ids.
      await fill(browser, 'field-person_a', a.name);
      const means = await poll(
        browser,
        () => document.querySelector('[data-testid="field-person_a-name"]')?.textContent || null,
        `the form does not say whom "${a.name}" means`,
      );
      check(means.startsWith(`→ ${a.name}`), `under Person A the form reads "${means}"`);
      await click(browser, '[data-testid="record-save"]');
      await poll(browser, () => document.querySelector('[data-testid="record-form"]') === null, 'the tie by name was not saved');
      const status = await browser.execute(() => document.querySelector('[data-testid="data-status"]').textContent);
      check(status.startsWith('Added the tie'), `the status reads "${status}"`);

      // A name two people share lists both.
      await openTab(browser, 'people');
      await searchFor(browser, twin.name, `person:${twin.id}`);
      await editRow(browser, `person:${twin.id}`);
      await fill(browser, 'field-name', a.name);
      await click(browser, '[data-testid="record-save"]');
      await poll(browser, () => document.querySelector('[data-testid="record-form"]') === null, 'renaming the twin was not saved');
      await openTab(browser, 'ties');
      await click(browser, '[data-testid="data-add"]');
      await poll(browser, () => document.querySelector('[data-testid="record-form"]') !== null, 'Add tie opened no form');
      await fill(browser, 'field-person_a', a.name);
      await fill(browser, 'field-person_b', b.id);
      await click(browser, '[data-testid="record-save"]');
      const shared = await errorAt('person_a');
      check(
        shared.includes(`2 people are called "${a.name}"`) && shared.includes(`(${a.id},`) && shared.includes(`(${twin.id},`),
        `a shared name reads "${shared}"`,
      );
      await screenshot(browser, 'data-tie-by-name.png');
    });

    const after = await exported(cli, copy, path.join(temp, 'data-tie-after.json'));
    const added = after.ties.filter((t) => !before.ties.some((u) => u.person_a === t.person_a && u.person_b === t.person_b && u.kind === t.kind));
    check(
      added.length === 1 && [added[0].person_a, added[0].person_b].sort().join() === [a.id, b.id].sort().join(),
      `the file gained ${JSON.stringify(added)}`,
    );
  });

  await test('deleting a team takes its sub-teams, people and ties; Ctrl+Z brings them back and Ctrl+Shift+Z deletes them again', async () => {
    const copy = path.join(temp, 'data-delete.bwmap');
    await copyFile(demo, copy);
    const before = await exported(cli, copy, path.join(temp, 'data-delete-before.json'));
    const plan = teamToDelete(before);
    const { team } = plan;

    await withApp(driver, ['--map', copy], async (browser) => {
      await openTab(browser, 'teams');
      const depths = await browser.execute(() => [...document.querySelectorAll('[data-testid="data-row"]')].map((r) => Number(r.dataset.depth)));
      check(depths.some((d) => d > 0), 'the teams are not shown as a tree');
      await screenshot(browser, 'data-teams.png');
      await searchFor(browser, team.name, `team:${team.id}`);

      await rowButton(browser, `team:${team.id}`, 'data-delete');
      const question = await poll(
        browser,
        () => document.querySelector('[data-testid="confirm-dialog"][open] [data-testid="confirm-question"]')?.textContent ?? null,
        'Delete asked no question',
      );
      for (const part of [
        `Delete the team "${team.name}" with its `,
        count(plan.subTeams, 'sub-team', 'sub-teams'),
        count(plan.people, 'person', 'people'),
        count(plan.ties, 'tie', 'ties'),
      ]) {
        check(question.includes(part), `the question "${question}" does not say "${part}"`);
      }
      await screenshot(browser, 'data-delete-confirm.png');
      await click(browser, '[data-testid="confirm-yes"]');
      await poll(
        browser,
        (k) =>
          document.querySelector('[data-testid="confirm-dialog"]') === null &&
          ![...document.querySelectorAll('[data-testid="data-row"]')].some((r) => r.dataset.key === k) &&
          document.querySelector('[data-testid="data-status"]').textContent.startsWith('Deleted the team'),
        `${team.name} is still in the table after deleting it`,
        `team:${team.id}`,
      );
      const deleted = await exported(cli, copy, path.join(temp, 'data-delete-after.json'));
      const expected = {
        teams: before.teams.length - 1 - plan.subTeams,
        people: before.people.length - plan.people,
        ties: before.ties.length - plan.ties,
        partner_links: before.partner_links.length - plan.links,
      };
      check(JSON.stringify(sizes(deleted)) === JSON.stringify(expected), `after the delete the file holds ${JSON.stringify(sizes(deleted))}, expected ${JSON.stringify(expected)}`);

      // In a text field Ctrl+Z is the field's own undo, not the map's.
      await browser.execute(() => document.querySelector('[data-testid="data-search"]').focus());
      await browser.keys([Key.Ctrl, 'z']);
      await sleep(1000);
      const ignored = await browser.execute(() => document.querySelector('[data-testid="history-status"]').textContent.trim());
      check(ignored === '', `Ctrl+Z in the search box undid an edit: ${ignored}`);

      // With the focus on the page, Ctrl+Z undoes the delete.
      await browser.execute(() => document.activeElement?.blur());
      await browser.keys([Key.Ctrl, 'z']);
      await historyStatus(browser, `Undid: Deleted the team "${team.name}"`, 'Ctrl+Z did not undo the delete');
      await poll(
        browser,
        (k) => [...document.querySelectorAll('[data-testid="data-row"]')].some((r) => r.dataset.key === k),
        `${team.name} did not come back to the table`,
        `team:${team.id}`,
      );
      const undone = await exported(cli, copy, path.join(temp, 'data-delete-undone.json'));
      check(JSON.stringify(sizes(undone)) === JSON.stringify(sizes(before)), `after undo the file holds ${JSON.stringify(sizes(undone))}, before ${JSON.stringify(sizes(before))}`);
      const tiesBefore = new Set(before.ties.map(tieKey));
      check(undone.ties.every((t) => tiesBefore.has(tieKey(t))), 'undo brought back different ties');

      await browser.keys([Key.Ctrl, Key.Shift, 'z']);
      await historyStatus(browser, `Redid: Deleted the team "${team.name}"`, 'Ctrl+Shift+Z did not redo the delete');
      await poll(
        browser,
        (k) => ![...document.querySelectorAll('[data-testid="data-row"]')].some((r) => r.dataset.key === k),
        `${team.name} is still in the table after redo`,
        `team:${team.id}`,
      );
      const redone = await exported(cli, copy, path.join(temp, 'data-delete-redone.json'));
      check(JSON.stringify(sizes(redone)) === JSON.stringify(expected), `after redo the file holds ${JSON.stringify(sizes(redone))}`);
    });
  });

  await test('a duplicate person is merged into their twin with their ties, and Undo in the top bar restores both', async () => {
    const copy = path.join(temp, 'data-duplicates.bwmap');
    await copyFile(demo, copy);
    const before = await exported(cli, copy, path.join(temp, 'data-duplicates-before.json'));

    await withApp(driver, ['--map', copy], async (browser) => {
      await openTab(browser, 'duplicates');
      const fresh = await browser.execute(() => document.querySelector('[data-testid="undo-button"]').getAttribute('aria-label'));
      check(fresh === 'Nothing to undo', `before any edit the Undo button says "${fresh}"`);
      const pairs = await browser.execute(() =>
        [...document.querySelectorAll('[data-testid="duplicate-pair"]')].map((p) => ({
          a: p.dataset.a,
          b: p.dataset.b,
          reason: p.querySelector('[data-testid="duplicate-reason"]').textContent,
        })),
      );
      check(pairs.length > 0, 'the demo map\'s planted duplicate is not listed');
      const { a, b, reason } = pairs[0];
      check(reason.length > 'Why: '.length, 'the pair gives no reason');
      const theirs = before.ties.filter((t) => (t.person_a === b || t.person_b === b) && t.person_a !== a && t.person_b !== a);
      check(theirs.length > 0, `${b} has no ties to move`);
      await screenshot(browser, 'data-duplicates.png');

      await click(browser, `[data-testid="duplicate-pair"][data-a="${a}"][data-b="${b}"] [data-testid="merge-keep-a"]`);
      const summary = await poll(
        browser,
        (pair) => {
          const status = document.querySelector('[data-testid="data-status"]').textContent;
          const listed = document.querySelector(`[data-testid="duplicate-pair"][data-a="${pair.a}"][data-b="${pair.b}"]`);
          return status.startsWith('Merged') && listed === null ? status : null;
        },
        'merging did not finish, or the pair is still listed',
        { a, b },
      );
      const names = Object.fromEntries(before.people.map((p) => [p.id, p.name]));
      check(summary.startsWith(`Merged "${names[b]}" into "${names[a]}"`), `the status reads "${summary}"`);

      const merged = await exported(cli, copy, path.join(temp, 'data-duplicates-merged.json'));
      check(!merged.people.some((p) => p.id === b), `${b} is still in the file`);
      check(merged.people.some((p) => p.id === a), `${a} is gone from the file`);
      check(!merged.ties.some((t) => t.person_a === b || t.person_b === b), `ties still name ${b}`);
      const mergedTies = new Set(merged.ties.map(tieKey));
      const moved = (t) => tieKey({ ...t, person_a: t.person_a === b ? a : t.person_a, person_b: t.person_b === b ? a : t.person_b });
      check(theirs.every((t) => mergedTies.has(moved(t))), `not every tie of ${b} moved to ${a}`);

      const label = await poll(
        browser,
        () => {
          const button = document.querySelector('[data-testid="undo-button"]');
          return button !== null && !button.disabled ? button.getAttribute('aria-label') : null;
        },
        'the Undo button is not enabled after the merge',
      );
      check(label === `Undo: ${summary}`, `the Undo button says "${label}"`);
      await click(browser, '[data-testid="undo-button"]');
      await historyStatus(browser, `Undid: ${summary}`, 'Undo did not take the merge back');
      await poll(
        browser,
        (pair) =>
          [...document.querySelectorAll('[data-testid="duplicate-pair"]')].some(
            (p) => [p.dataset.a, p.dataset.b].sort().join() === [pair.a, pair.b].sort().join(),
          ),
        'the pair is not listed again after undo',
        { a, b },
      );
      const restored = await exported(cli, copy, path.join(temp, 'data-duplicates-restored.json'));
      const ids = (map) => JSON.stringify(map.people.map((p) => p.id).sort());
      check(ids(restored) === ids(before), 'undo did not bring back the same people');
      const keys = (map) => JSON.stringify(map.ties.map(tieKey).sort());
      check(keys(restored) === keys(before), 'undo did not bring back the same ties');
      check(
        JSON.stringify(restored.people.find((p) => p.id === a)) === JSON.stringify(before.people.find((p) => p.id === a)),
        `undo did not restore ${a} as it was`,
      );
    });
  });
};
