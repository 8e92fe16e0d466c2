import { describe, expect, it } from 'vitest';
import { formatCount, kindLabel, mapFigures, noColour, swatchColour } from './format';
import type { MapInfo } from './ipc';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(12345)).toBe('12,345');
  });
});

describe('mapFigures', () => {
  it('lists the six figures in reading order, grouping thousands and agreeing with one', () => {
    const info: MapInfo = {
      file: '/tmp/a.bwmap',
      name: 'A',
      schema_version: 1,
      organisations: 8,
      teams: 1,
      people: 250,
      people_in_post: 240,
      ties: 1200,
      partner_links: 0,
      partnerships: 3,
      snapshots: 0,
    };
    expect(mapFigures(info)).toEqual([
      { key: 'organisations', label: 'organisations', value: '8' },
      { key: 'teams', label: 'team', value: '1' },
      { key: 'people_in_post', label: 'people in post', value: '240' },
      { key: 'ties', label: 'ties', value: '1,200' },
      { key: 'partner_links', label: 'partner links', value: '0' },
      { key: 'partnerships', label: 'partnerships', value: '3' },
    ]);
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
