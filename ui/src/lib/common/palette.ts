// Colours as literal values, for what cannot use a CSS variable: the map
// canvas (sigma draws with WebGL), inline swatches computed from data, and
// tests that check contrast. Each is read from the custom properties app.css
// defines, so app.css stays the one place a colour is chosen (and the
// weak-link categories' lines and symbols, which categories.ts reads).
import appCss from '../../app.css?raw';

// `--name: value;` declarations of the stylesheet's :root block.
const tokens = new Map(
  [...appCss.matchAll(/^\s*--([\w-]+):\s*([^;]+);/gm)].map((match) => [match[1], match[2].trim()] as const),
);

/** The value app.css gives the custom property `--name`; throws for a name it does not define. */
export function token(name: string): string {
  const value = tokens.get(name);
  if (value === undefined) throw new Error(`app.css defines no colour --${name}`);
  return value;
}

/** The neutral grey of an organisation that has no colour of its own. */
export const noColour = token('no-colour');

/**
 * The swatch colour for an organisation: its own if it is a hex colour,
 * otherwise neutral grey, so a malformed value from an import never reaches CSS.
 */
export function swatchColour(colour: string | null): string {
  return colour !== null && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour) ? colour : noColour;
}
