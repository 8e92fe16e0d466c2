import { describe, expect, it } from 'vitest';
import type { SceneFilters } from '../ipc';
import { closedDrill, expandOrganisation, expandTeam } from '../map/drill';
import {
  exportRequest,
  FORMATS,
  PNG_SCALES,
  pngScaleLabel,
  pngWidth,
  viewOfDrill,
  type ExportChoice,
  type ExportSubject,
} from './export';

const filters: SceneFilters = {
  organisations: ['acute'],
  levels: ['frontline'],
  tie_kinds: [],
  min_strength: 0.4,
  contact_within_days: 90,
};

const acute = { id: 'acute', key: 'org:acute', label: 'Acute' };
const council = { id: 'council', key: 'org:council', label: 'Council' };
const ward = { id: 'ward-7', key: 'team:ward-7', label: 'Ward 7', organisation: 'acute' };

describe('viewOfDrill', () => {
  it('is the organisation level with nothing open', () => {
    expect(viewOfDrill(closedDrill, ['acute', 'council'])).toEqual({ level: 'organisation', open: [] });
  });

  it('opens the organisations and teams the canvas has open', () => {
    const drill = expandTeam(expandOrganisation(closedDrill, acute), ward);
    expect(viewOfDrill(drill, ['acute', 'council'])).toEqual({ level: 'organisation', open: ['acute', 'ward-7'] });
  });

  it('is the team level, with its teams opened, when every organisation is open', () => {
    const drill = expandTeam(expandOrganisation(expandOrganisation(closedDrill, council), acute), ward);
    expect(viewOfDrill(drill, ['acute', 'council'])).toEqual({ level: 'team', open: ['ward-7'] });
  });

  it('is not the team level for a map with no organisations', () => {
    expect(viewOfDrill(closedDrill, [])).toEqual({ level: 'organisation', open: [] });
  });
});

describe('exportRequest', () => {
  const view: ExportSubject = {
    kind: 'view',
    view: { level: 'organisation', open: ['acute'] },
    filters,
    sizeBy: 'ties',
    focus: { node: 'org:acute', steps: 2 },
  };
  const choice = (over: Partial<ExportChoice>): ExportChoice => ({
    kind: 'picture',
    format: 'svg',
    networkLevel: 'shown',
    pngScale: 2,
    page: 'fitted',
    pseudonymise: false,
    minGroup: 5,
    ...over,
  });

  it('sends the view shown, its filters, sizes and focus, and the page, for a picture of the open map', () => {
    expect(exportRequest(choice({ format: 'png', pngScale: 4, page: 'a4-portrait' }), view)).toEqual({
      format: 'png',
      level: 'organisation',
      open: ['acute'],
      filters,
      size_by: 'ties',
      snapshot: null,
      as_of: null,
      png_scale: 4,
      focus: { node: 'org:acute', steps: 2 },
      page: 'a4-portrait',
      pseudonymise: false,
      min_group: null,
    });
  });

  it('sends no focus and the fitted page for a network or the tables: they hold the whole view', () => {
    for (const kind of ['network', 'tables'] as const) {
      const request = exportRequest(choice({ kind, format: kind === 'network' ? 'gexf' : 'xlsx', page: 'a3-landscape' }), view);
      expect([request.focus, request.page]).toEqual([null, 'fitted']);
    }
  });

  it('says a PNG resolution with the width it gives on the page chosen', () => {
    const labels = PNG_SCALES.map((option) => pngScaleLabel(option, 'fitted'));
    expect(labels).toEqual([
      '96 dpi, screen (1280 pixels wide)',
      '192 dpi, sharp on any screen (2560 pixels wide)',
      '300 dpi, print (4000 pixels wide)',
    ]);
    // A4 upright at 300 dpi: 8.27 inches, 2481 pixels (the page's 794 pixels at 96 dpi, scaled).
    expect(pngWidth('a4-portrait', 300 / 96)).toBe(2481);
  });

  it('asks for a pseudonymised export with its minimum group size only when pseudonymising', () => {
    const request = exportRequest(choice({ kind: 'tables', format: 'csv', pseudonymise: true, minGroup: 8 }), view);
    expect([request.pseudonymise, request.min_group]).toEqual([true, 8]);
    const plain = exportRequest(choice({ kind: 'tables', format: 'csv', minGroup: 8 }), view);
    expect([plain.pseudonymise, plain.min_group]).toEqual([false, null]);
  });

  it('exports a network at the level chosen, with nothing opened beyond it', () => {
    const request = exportRequest(choice({ kind: 'network', format: 'gexf', networkLevel: 'person' }), view);
    expect([request.level, request.open, request.filters]).toEqual(['person', [], filters]);
    const shown = exportRequest(choice({ kind: 'network', format: 'graphml' }), view);
    expect([shown.level, shown.open]).toEqual(['organisation', ['acute']]);
  });

  it('names a snapshot by its id and shows it whole, without the map’s filters', () => {
    const request = exportRequest(choice({ format: 'pdf' }), { kind: 'snapshot', id: 3, name: 'Q3' });
    expect(request).toMatchObject({ snapshot: '3', level: 'organisation', open: [], size_by: 'people', as_of: null });
    expect(request.filters).toEqual({
      organisations: [],
      levels: [],
      tie_kinds: [],
      min_strength: 0,
      contact_within_days: null,
    });
  });

  it('offers every format once', () => {
    const formats = Object.values(FORMATS).flatMap((choices) => choices.map((c) => c.format));
    expect([...formats].sort()).toEqual(['csv', 'gexf', 'graphml', 'json', 'pdf', 'png', 'svg', 'xlsx']);
  });
});
