import { describe, expect, it } from 'vitest';
import { MAX_NODE_PIXELS, MIN_NODE_PIXELS, nodeColour, nodePixelSize, zoomToSizeRatio } from './node-style';

describe('nodePixelSize', () => {
  it('maps the largest value to the largest disc of its kind and nothing to the floor', () => {
    expect(nodePixelSize('organisation', 40, 40)).toBe(MAX_NODE_PIXELS.organisation);
    expect(nodePixelSize('person', 40, 40)).toBe(MAX_NODE_PIXELS.person);
    expect(nodePixelSize('team', 0, 40)).toBe(MIN_NODE_PIXELS);
    expect(nodePixelSize('team', 5, 0)).toBe(MIN_NODE_PIXELS);
    expect(nodePixelSize('team', Number.NaN, 10)).toBe(MIN_NODE_PIXELS);
  });

  it('keeps people smaller than the groups they make up', () => {
    expect(MAX_NODE_PIXELS.person).toBeLessThan(MAX_NODE_PIXELS.team);
    expect(MAX_NODE_PIXELS.team).toBeLessThan(MAX_NODE_PIXELS.organisation);
  });

  it('lets area, not radius, follow the value', () => {
    const quarter = nodePixelSize('organisation', 10, 40) - MIN_NODE_PIXELS;
    const whole = nodePixelSize('organisation', 40, 40) - MIN_NODE_PIXELS;
    expect(quarter / whole).toBeCloseTo(0.5);
  });

  it('never exceeds the largest disc', () => {
    expect(nodePixelSize('team', 80, 40)).toBe(MAX_NODE_PIXELS.team);
  });
});

describe('zoomToSizeRatio', () => {
  it('follows the square root of the zoom, growing sizes at most 2.5 times', () => {
    expect(zoomToSizeRatio(1)).toBe(1);
    expect(zoomToSizeRatio(4)).toBe(2);
    expect(zoomToSizeRatio(0.25)).toBe(0.5);
    expect(zoomToSizeRatio(0.001)).toBe(0.4);
  });
});

describe('nodeColour', () => {
  it('keeps hex colours and greys out anything else', () => {
    expect(nodeColour('#1d6b8f')).toBe('#1d6b8f');
    expect(nodeColour('red; background: url(x)')).toBe('#9aa3ad');
  });
});
