// Pure display helpers: how numbers, kinds and colours of the map read on screen.

const numbers = new Intl.NumberFormat('en-GB');

/** A count as a British reader writes it: "1,204". */
export function formatCount(n: number): string {
  return numbers.format(n);
}

// The canonical spellings of bridgework_core::OrgKind, as a reader would say them.
const kindLabels: Record<string, string> = {
  acute: 'Acute trust',
  community: 'Community trust',
  'mental-health': 'Mental health trust',
  'primary-care': 'Primary care',
  'local-authority': 'Local authority',
  voluntary: 'Voluntary & community sector',
  hospice: 'Hospice',
  commissioner: 'Commissioner',
  other: 'Other',
};

/** A readable name for an organisation kind; an unknown kind is shown as stored. */
export function kindLabel(kind: string): string {
  return kindLabels[kind] ?? kind;
}

/** The neutral grey of an organisation that has no colour of its own. */
export const noColour = '#9aa3ad';

/**
 * The swatch colour for an organisation: its own if it is a hex colour,
 * otherwise neutral grey, so a malformed value from an import never reaches CSS.
 */
export function swatchColour(colour: string | null): string {
  return colour !== null && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour) ? colour : noColour;
}
