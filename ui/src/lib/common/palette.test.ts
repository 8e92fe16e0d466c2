import { describe, expect, it } from 'vitest';
import appCss from '../../app.css?raw';
import { noColour, swatchColour, token } from './palette';

describe('token', () => {
  it('reads the colours app.css defines, and refuses a name it does not', () => {
    expect(token('accent')).toBe('#1d6b8f');
    expect(token('surface-glass')).toBe('rgb(255 255 255 / 0.94)');
    expect(appCss).toContain(`--no-colour: ${noColour};`);
    expect(() => token('no-such-colour')).toThrow('app.css defines no colour --no-such-colour');
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
