import { describe, expect, it } from 'vitest';
import { categoryStyle } from '../common/categories';
import {
  CATEGORY_EDGE_PIXELS,
  MAX_EDGE_PIXELS,
  MIN_EDGE_PIXELS,
  MISSING_EDGE_PIXELS,
  PATTERNED_PROGRAMS,
  PLAIN_EDGE_COLOUR,
  INTERNAL_EDGE_COLOUR,
  MAX_INTERNAL_EDGE_PIXELS,
  edgeStyle,
  edgeWidth,
  internalTieStyle,
} from './edge-style';
import { fragmentShader } from './dash-shader';

describe('edge styles', () => {
  it('widens edges with strength, from a floor to a ceiling', () => {
    expect(edgeWidth(0, 5)).toBe(MIN_EDGE_PIXELS);
    expect(edgeWidth(5, 5)).toBe(MAX_EDGE_PIXELS);
    expect(edgeWidth(1, 5)).toBeGreaterThan(MIN_EDGE_PIXELS);
    expect(edgeWidth(1, 0)).toBe(MIN_EDGE_PIXELS);
  });

  it('draws plain ties grey and solid, below weak links', () => {
    expect(edgeStyle({ ties: 3, strength: 2, category: null }, 4)).toEqual({
      color: PLAIN_EDGE_COLOUR,
      size: edgeWidth(2, 4),
      type: 'line',
      zIndex: 0,
      label: '',
    });
  });

  it('draws categorised links in their category colour, never thinner than the category floor', () => {
    const style = edgeStyle({ ties: 1, strength: 0.1, category: 'single-point-of-failure' }, 10);
    expect(style.color).toBe(categoryStyle('single-point-of-failure').colour);
    expect(style.size).toBe(CATEGORY_EDGE_PIXELS);
    expect(style.type).toBe('line');
    expect(style.label).toBe('①');
    expect(style.zIndex, 'a link that hangs by a thread is drawn above the other categories').toBe(2);
    expect(edgeStyle({ ties: 4, strength: 3, category: 'stale' }, 10).zIndex).toBe(1);
  });

  it('draws a link with no tie in its pattern, at a fixed width, on top', () => {
    expect(edgeStyle({ ties: 0, strength: 0, category: 'missing' }, 10)).toEqual({
      color: categoryStyle('missing').colour,
      size: MISSING_EDGE_PIXELS,
      type: 'missing',
      zIndex: 2,
      label: '✕',
    });
    expect(edgeStyle({ ties: 0, strength: 0, category: 'indirect-only' }, 10).type).toBe('indirect-only');
    expect(edgeStyle({ ties: 0, strength: 0, category: null }, 10).type).toBe('dashed');
  });

  it('draws a missing link dashed even when other ties share its edge (a closed organisation)', () => {
    const style = edgeStyle({ ties: 12, strength: 6, category: 'missing' }, 10);
    expect(style).toMatchObject({ type: 'missing', label: '✕', zIndex: 2 });
    expect(PATTERNED_PROGRAMS.find((p) => p.program === 'missing')?.dashes).toEqual([7, 5]);
    expect(style.size).toBe(edgeWidth(6, 10));
  });

  it('gives every category its own line pattern or symbol, so none is told by colour alone', () => {
    const categories = ['missing', 'indirect-only', 'single-point-of-failure', 'stale', 'thin', 'top-heavy', 'healthy'] as const;
    const looks = categories.map((category) => {
      const style = edgeStyle({ ties: 2, strength: 1, category }, 1);
      const program = PATTERNED_PROGRAMS.find((p) => p.program === style.type);
      return `${program === undefined ? 'solid' : program.dashes.join(' ')} ${style.label}`;
    });
    expect(new Set(looks).size).toBe(categories.length);
    expect(new Set(categories.map((category) => categoryStyle(category).symbol)).size).toBe(categories.length);
    // The two solid categories differ by symbol: one person (①) against several (✓).
    expect(looks.filter((look) => look.startsWith('solid '))).toEqual(['solid ①', 'solid ✓']);
  });

  it('gives every category a different colour', () => {
    const categories = ['missing', 'indirect-only', 'single-point-of-failure', 'stale', 'thin', 'top-heavy', 'healthy'] as const;
    const colours = new Set(categories.map((category) => edgeStyle({ ties: 2, strength: 1, category }, 1).color));
    expect(colours.size).toBe(categories.length);
    expect(colours.has(PLAIN_EDGE_COLOUR)).toBe(false);
  });
});

describe('the patterned programs’ fragment shaders', () => {
  it('leave out each gap of the pattern, by its place in the period', () => {
    const shader = fragmentShader([12, 4, 2, 4]);
    expect(shader).toContain('float place = mod(v_along, 22.0);');
    expect(shader).toContain('if ((place > 12.0 && place <= 16.0) || (place > 18.0 && place <= 22.0)) discard;');
  });

  it('refuse a pattern that is not dash and gap pairs', () => {
    expect(() => fragmentShader([])).toThrow('pairs');
    expect(() => fragmentShader([7, 5, 2])).toThrow('pairs');
  });
});

describe('internal ties', () => {
  it('are thin, light and under everything, however strong', () => {
    const style = internalTieStyle({ ties: 40, strength: 30, category: null }, 30);
    expect(style).toMatchObject({ color: INTERNAL_EDGE_COLOUR, size: MAX_INTERNAL_EDGE_PIXELS, zIndex: -1, label: '' });
    expect(internalTieStyle({ ties: 1, strength: 0.1, category: null }, 30).size).toBeLessThan(MAX_INTERNAL_EDGE_PIXELS);
    expect(INTERNAL_EDGE_COLOUR).not.toBe(PLAIN_EDGE_COLOUR);
  });

  it('keep a category when they have one', () => {
    const edge = { ties: 1, strength: 1, category: 'thin' as const };
    expect(internalTieStyle(edge, 5)).toEqual(edgeStyle(edge, 5));
  });
});
