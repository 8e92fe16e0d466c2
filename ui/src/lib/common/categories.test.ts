import { describe, expect, it } from 'vitest';
import categoryRs from '../../../../crates/bridgework-core/src/weak_links/category.rs?raw';
import type { Category } from '../ipc';
import { CATEGORY_ORDER, CATEGORY_STYLES, categoryStyle, dashesOf, hiddenLinksInWords } from './categories';

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

// Colour vision deficiency simulated as Machado, Oliveira and Fernandes (2009)
// do at full severity: a matrix on linear RGB. Colours then compared in
// CIELAB (D65), where a ΔE of about 2 is just noticeable and 20 is plain.
const LINEAR = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const SIMULATIONS: Record<string, number[][]> = {
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};
function seenAs(hex: string, matrix: number[][]): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => LINEAR(parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = matrix.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
function deltaE(a: [number, number, number], b: [number, number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
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

  it('keeps every two colours plainly apart (ΔE ≥ 20) with deuteranopia or protanopia too', () => {
    for (const [vision, matrix] of Object.entries(SIMULATIONS)) {
      for (const [i, a] of CATEGORY_ORDER.entries()) {
        for (const b of CATEGORY_ORDER.slice(i + 1)) {
          const apart = deltaE(seenAs(CATEGORY_STYLES[a].colour, matrix), seenAs(CATEGORY_STYLES[b].colour, matrix));
          expect(apart, `${a} against ${b} with ${vision}`).toBeGreaterThanOrEqual(20);
        }
      }
    }
  });

  it('tells a red from a green only with full colour vision, which the test can see', () => {
    // The simulation itself: red and green, far apart for most people, come
    // close with deuteranopia; so the test above can fail.
    const normal = deltaE(seenAs('#d62728', SIMULATIONS['normal vision']), seenAs('#2ca02c', SIMULATIONS['normal vision']));
    const deutan = deltaE(seenAs('#d62728', SIMULATIONS.deuteranopia), seenAs('#2ca02c', SIMULATIONS.deuteranopia));
    expect(normal).toBeGreaterThan(80);
    expect(deutan).toBeLessThan(normal / 2);
  });

  it('gives each category its own symbol, and no two the same line and symbol', () => {
    const symbols = CATEGORY_ORDER.map((category) => CATEGORY_STYLES[category].symbol);
    expect(symbols).toEqual(['✕', '↝', '①', '◷', '②', '▲', '✓']);
    expect(CATEGORY_STYLES.missing.dashes, 'dashed').toEqual([7, 5]);
    expect(CATEGORY_STYLES['indirect-only'].dashes, 'dotted').toEqual([2, 4]);
    const looks = CATEGORY_ORDER.map((c) => `${CATEGORY_STYLES[c].dashes.join(' ')} ${CATEGORY_STYLES[c].symbol}`);
    expect(new Set(looks).size).toBe(CATEGORY_ORDER.length);
    expect(dashesOf('none')).toEqual([]);
    expect(() => dashesOf('7 5 2')).toThrow('dash and gap lengths in pairs');
  });

  it('says in words what an edge to a closed organisation hides', () => {
    expect(
      hiddenLinksInWords([
        { category: 'single-point-of-failure', links: 5 },
        { category: 'missing', links: 2 },
        { category: 'healthy', links: 5 },
      ]),
    ).toBe('12 partner team links: 5 single points of failure, 2 missing, 5 healthy');
    expect(hiddenLinksInWords([{ category: 'single-point-of-failure', links: 1 }])).toBe(
      '1 partner team link: 1 single point of failure',
    );
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
