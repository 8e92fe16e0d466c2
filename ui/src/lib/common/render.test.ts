// Server-renders the panels (no DOM needed) to check what reaches the page:
// names as text, never markup, and the test ids end-to-end tests rely on.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ProgressOverlay from './ProgressOverlay.svelte';

const noop = () => {};

describe('ProgressOverlay', () => {
  it('show nothing without a report, and an indeterminate bar without a total', () => {
    expect(render(ProgressOverlay, { props: { report: null, onCancel: noop } }).body).not.toContain('progress-overlay');
    const { body } = render(ProgressOverlay, { props: { report: { stage: 'betweenness', done: 0, total: 0 }, onCancel: noop } });
    expect(body).toContain('data-testid="progress-cancel"');
    expect(body).toContain('Measuring who brokers between people');
    expect(body).not.toContain('aria-valuenow');
  });
});
