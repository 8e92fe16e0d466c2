// What the Export dialog offers and the request it sends: pure, so the
// choices and the view they describe are tested without a window.
import type { ExportFocus, ExportFormat, ExportRequest, PageSize, SceneFilters, SizeMetric, ViewLevel } from '../ipc';
import type { DrillState } from '../map/drill';

/** The three things an export can be. */
export type ExportKind = 'picture' | 'network' | 'tables';

export interface FormatChoice {
  format: ExportFormat;
  label: string;
}

/** The formats of each kind, the first the one offered first. */
export const FORMATS: Record<ExportKind, readonly FormatChoice[]> = {
  picture: [
    { format: 'pdf', label: 'PDF (a vector page, for print and board packs)' },
    { format: 'svg', label: 'SVG (vector, for the web and slides)' },
    { format: 'png', label: 'PNG (an image, for documents and e-mail)' },
  ],
  network: [
    { format: 'gexf', label: 'GEXF (Gephi, with positions and colours)' },
    { format: 'graphml', label: 'GraphML (NetworkX, igraph, yEd, Gephi)' },
  ],
  tables: [
    { format: 'xlsx', label: 'Excel workbook (.xlsx)' },
    { format: 'csv', label: 'A folder of CSV files' },
    { format: 'json', label: 'JSON' },
  ],
};

export const KIND_LABELS: Record<ExportKind, string> = {
  picture: 'Picture of this view',
  network: 'Network',
  tables: 'Tables',
};

/** The pages a picture is drawn on: the first as wide as the screen's picture, the rest paper. */
export const PAGE_SIZES: readonly { page: PageSize; label: string }[] = [
  { page: 'fitted', label: 'As on screen (1280 pixels wide)' },
  { page: 'a4-landscape', label: 'A4 landscape' },
  { page: 'a4-portrait', label: 'A4 portrait' },
  { page: 'a3-landscape', label: 'A3 landscape' },
  { page: 'a3-portrait', label: 'A3 portrait' },
];

/** A page's width: the fitted page's 1280 pixels, or the paper's millimetres as pixels at 96 to the inch. */
const PAGE_WIDTH: Record<PageSize, number> = {
  fitted: 1280,
  'a4-landscape': (297 / 25.4) * 96,
  'a4-portrait': (210 / 25.4) * 96,
  'a3-landscape': (420 / 25.4) * 96,
  'a3-portrait': (297 / 25.4) * 96,
};

/** A PNG's resolutions on offer, as scales of the picture's pixels (96 to the inch). */
export const PNG_SCALES: readonly { scale: number; dpi: number; use: string }[] = [
  { scale: 1, dpi: 96, use: 'screen' },
  { scale: 2, dpi: 192, use: 'sharp on any screen' },
  { scale: 300 / 96, dpi: 300, use: 'print' },
];

/** A PNG's width in pixels for `page` at `scale`, as the renderer rounds it. */
export function pngWidth(page: PageSize, scale: number): number {
  return Math.round(Math.ceil(PAGE_WIDTH[page]) * scale);
}

/** How a resolution reads in the dialog: "192 dpi, sharp on any screen (2560 pixels wide)". */
export function pngScaleLabel(option: (typeof PNG_SCALES)[number], page: PageSize): string {
  return `${option.dpi} dpi, ${option.use} (${pngWidth(page, option.scale)} pixels wide)`;
}

/** The level a network is exported at: the view shown, or everything at one level. */
export type NetworkLevel = 'shown' | ViewLevel;

/** What the map shows, as an export names it: a level and the nodes opened beyond it. */
export interface ExportView {
  level: ViewLevel;
  /** Organisations and teams opened, by spreadsheet id. */
  open: string[];
}

/**
 * The view the canvas shows for `drill`. With every one of the map's
 * `organisations` open, it is the team level (with the teams opened), so the
 * picture's caption says "Teams of every organisation" rather than naming
 * each one.
 */
export function viewOfDrill(drill: DrillState, organisations: readonly string[]): ExportView {
  const open = new Set(drill.organisations.map((organisation) => organisation.id));
  const everyOrganisation = organisations.length > 0 && organisations.every((id) => open.has(id));
  const teams = drill.teams.map((team) => team.id);
  if (everyOrganisation) return { level: 'team', open: teams };
  return { level: 'organisation', open: [...drill.organisations.map((organisation) => organisation.id), ...teams] };
}

/** What the person chose in the dialog. */
export interface ExportChoice {
  kind: ExportKind;
  format: ExportFormat;
  networkLevel: NetworkLevel;
  pngScale: number;
  /** The page a picture is drawn on. */
  page: PageSize;
  /** People named by pseudonyms, with no email or phone. */
  pseudonymise: boolean;
  /** When pseudonymising: teams of fewer people than this are folded. */
  minGroup: number;
}

/** The minimum group size the dialog offers first (the backend's default). */
export const DEFAULT_MIN_GROUP = 5;

/**
 * What is exported: the map as shown (with the canvas's focus, if any: a
 * picture dims what lies beyond it), or a snapshot (by id) at its
 * organisation level.
 */
export type ExportSubject =
  | { kind: 'view'; view: ExportView; filters: SceneFilters; sizeBy: SizeMetric; focus: ExportFocus | null }
  | { kind: 'snapshot'; id: number; name: string };

const noFilters = (): SceneFilters => ({
  organisations: [],
  levels: [],
  tie_kinds: [],
  min_strength: 0,
  contact_within_days: null,
});

/** The request the Export dialog sends for `choice` of `subject`. */
export function exportRequest(choice: ExportChoice, subject: ExportSubject): ExportRequest {
  const shown: ExportView =
    subject.kind === 'view' ? subject.view : { level: 'organisation', open: [] };
  const view: ExportView =
    choice.kind === 'network' && choice.networkLevel !== 'shown' ? { level: choice.networkLevel, open: [] } : shown;
  return {
    format: choice.format,
    level: view.level,
    open: view.open,
    filters: subject.kind === 'view' ? subject.filters : noFilters(),
    size_by: subject.kind === 'view' ? subject.sizeBy : 'people',
    snapshot: subject.kind === 'snapshot' ? String(subject.id) : null,
    as_of: null,
    png_scale: choice.pngScale,
    focus: choice.kind === 'picture' && subject.kind === 'view' ? subject.focus : null,
    page: choice.kind === 'picture' ? choice.page : 'fitted',
    pseudonymise: choice.pseudonymise,
    // An emptied number field is the backend's default.
    min_group: choice.pseudonymise && Number.isFinite(choice.minGroup) ? Math.max(1, Math.floor(choice.minGroup)) : null,
  };
}
