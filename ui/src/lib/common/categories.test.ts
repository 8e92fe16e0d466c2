import { describe, expect, it } from 'vitest';
import categoryRs from '../../../../crates/bridgework-core/src/weak_links/category.rs?raw';
import type { Category } from '../ipc';
import { CATEGORY_ORDER, CATEGORY_STYLES, categoryStyle } from './categories';

// WCAG 2 contrast ratio of two #rrggbb colours.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('CATEGORY_STYLES', () => {
  it('covers every category, most urgent first, as the backend orders them', () => {
    expect(CATEGORY_ORDER).toEqual([
      'missing',
      'indirect-only',
      'single-point-of-failure',
      'stale',
      'thin',
      'top-heavy',
      'healthy',
    ]);
    expect(Object.keys(CATEGORY_STYLES).sort()).toEqual([...CATEGORY_ORDER].sort());
  });

  it('uses the backend’s meanings word for word', () => {
    // `Category::meaning` in bridgework-core, one arm per category.
    const meanings = new Map<string, string>();
    for (const match of categoryRs.matchAll(/Category::(\w+) => \{?\s*"([^"]+)"/g)) {
      meanings.set(match[1], match[2]);
    }
    const variant = (category: Category) =>
      category
        .split('-')
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join('');
    for (const category of CATEGORY_ORDER) {
      expect(meanings.get(variant(category)), category).toBe(CATEGORY_STYLES[category].meaning);
    }
  });

  it('has distinct colours, each readable as white text and on the page (≥ 4.5:1)', () => {
    const colours = CATEGORY_ORDER.map((category) => CATEGORY_STYLES[category].colour);
    expect(new Set(colours).size).toBe(colours.length);
    for (const colour of colours) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, '#f5f7f9'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives labels a person would say', () => {
    expect(categoryStyle('single-point-of-failure').label).toBe('Single point of failure');
    expect(categoryStyle('indirect-only').label).toBe('Indirect only');
    expect(categoryStyle('top-heavy').label).toBe('Top-heavy');
  });

  it('shows an unknown category from a newer backend as itself in grey', () => {
    const style = categoryStyle('brand-new' as Category);
    expect(style.label).toBe('brand-new');
    expect(contrast(style.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
