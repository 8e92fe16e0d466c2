import { describe, expect, it } from 'vitest';
import { formatCount } from './format';
import { kindLabel } from './labels';
import { noColour, swatchColour } from './palette';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(12345)).toBe('12,345');
  });
});

describe('kindLabel', () => {
  it('names known kinds and shows unknown ones as stored', () => {
    expect(kindLabel('mental-health')).toBe('Mental health trust');
    expect(kindLabel('guild')).toBe('guild');
  });
});

describe('swatchColour', () => {
  it('keeps hex colours and greys out anything else', () => {
    expect(swatchColour('#1F77B4')).toBe('#1F77B4');
    expect(swatchColour('#abc')).toBe('#abc');
    expect(swatchColour(null)).toBe(noColour);
    expect(swatchColour('red; background: url(x)')).toBe(noColour);
  });
});
