import { describe, expect, it } from 'vitest';
import { categoryStyle } from '../common/categories';
import {
  CATEGORY_EDGE_PIXELS,
  MAX_EDGE_PIXELS,
  MIN_EDGE_PIXELS,
  MISSING_EDGE_PIXELS,
  PLAIN_EDGE_COLOUR,
  edgeStyle,
  edgeWidth,
} from './edge-style';

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
    });
  });

  it('draws categorised links in their category colour, never thinner than the category floor', () => {
    const style = edgeStyle({ ties: 1, strength: 0.1, category: 'single-point-of-failure' }, 10);
    expect(style.color).toBe(categoryStyle('single-point-of-failure').colour);
    expect(style.size).toBe(CATEGORY_EDGE_PIXELS);
    expect(style.type).toBe('line');
    expect(style.zIndex).toBe(1);
  });

  it('draws a link with no tie dashed, at a fixed width, on top', () => {
    const style = edgeStyle({ ties: 0, strength: 0, category: 'missing' }, 10);
    expect(style).toEqual({
      color: categoryStyle('missing').colour,
      size: MISSING_EDGE_PIXELS,
      type: 'dashed',
      zIndex: 2,
    });
  });

  it('gives every category a different colour', () => {
    const categories = ['missing', 'indirect-only', 'single-point-of-failure', 'stale', 'thin', 'top-heavy', 'healthy'] as const;
    const colours = new Set(categories.map((category) => edgeStyle({ ties: 2, strength: 1, category }, 1).color));
    expect(colours.size).toBe(categories.length);
    expect(colours.has(PLAIN_EDGE_COLOUR)).toBe(false);
  });
});
