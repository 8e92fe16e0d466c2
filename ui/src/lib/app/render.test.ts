// Server-renders the app frame's small parts (no DOM needed) to check what
// reaches the page.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { fixtureInfo } from '../map/fixture';
import RecoveredNotice from './RecoveredNotice.svelte';

describe('RecoveredNotice', () => {
  it('says nothing for a map that opened cleanly, or before one is open', () => {
    expect(render(RecoveredNotice, { props: { info: fixtureInfo } }).body).not.toContain('Recovered');
    expect(render(RecoveredNotice, { props: { info: null } }).body).not.toContain('Recovered');
  });

  it('tells the user a crash was rolled back and what to check', () => {
    const rendered = render(RecoveredNotice, { props: { info: { ...fixtureInfo, recovered: true } } });
    const body = rendered.body.replace(/\s+/g, ' ');
    expect(body).toContain('role="status"');
    expect(body).toContain('a change cut off by a crash was rolled back');
    expect(body).toContain('Check that your last edit or import is there.');
  });
});
