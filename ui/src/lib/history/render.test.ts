// Server-renders the undo and redo controls (no DOM needed) to check what
// reaches the page before the history is known.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import HistoryControls from './HistoryControls.svelte';

const noop = () => {};

describe('HistoryControls', () => {
  it('offers nothing to undo or redo before it knows', () => {
    const { body } = render(HistoryControls, { props: { info: null, onChanged: noop, onError: noop } });
    expect(body).toContain('aria-label="Nothing to undo"');
    expect(body).toContain('aria-label="Nothing to redo"');
    expect(body.match(/disabled/g)).toHaveLength(2);
    expect(body).toContain('role="status"');
  });
});
