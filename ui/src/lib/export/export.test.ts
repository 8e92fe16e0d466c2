import { describe, expect, it } from 'vitest';
import type { SceneFilters } from '../ipc';
import { closedDrill, expandOrganisation, expandTeam } from '../map/drill';
import { exportRequest, FORMATS, viewOfDrill, type ExportChoice, type ExportSubject } from './export';

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
  const view: ExportSubject = { kind: 'view', view: { level: 'organisation', open: ['acute'] }, filters, sizeBy: 'ties' };
  const choice = (over: Partial<ExportChoice>): ExportChoice => ({
    kind: 'picture',
    format: 'svg',
    networkLevel: 'shown',
    pngScale: 2,
    pseudonymise: false,
    minGroup: 5,
    ...over,
  });

  it('sends the view shown, its filters and sizes, for a picture of the open map', () => {
    expect(exportRequest(choice({ format: 'png', pngScale: 4 }), view)).toEqual({
      format: 'png',
      level: 'organisation',
      open: ['acute'],
      filters,
      size_by: 'ties',
      snapshot: null,
      as_of: null,
      png_scale: 4,
      pseudonymise: false,
      min_group: null,
    });
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
