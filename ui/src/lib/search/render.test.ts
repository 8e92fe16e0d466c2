// Server-renders the panels (no DOM needed) to check what reaches the page:
// names as text, never markup, and the test ids end-to-end tests rely on.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SearchBox from './SearchBox.svelte';

const noop = () => {};

describe('SearchBox', () => {
  it('renders a labelled combobox', () => {
    const { body } = render(SearchBox, { props: { onPick: noop } });
    expect(body).toContain('role="combobox"');
    expect(body).toContain('data-testid="search-input"');
  });
});
