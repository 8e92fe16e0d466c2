// What the person level tells, as every part of the map shows it: a person a
// partner link depends on and a cut point each get a ring round their disc
// and a symbol before their name, a tie that is a bridge is drawn darker and
// wider. Colours and symbols are app.css's (`--mark-…`, `--symbol-…`,
// `--edge-bridge`), which the exported picture reads too.
import type { MarkKind, PersonMark, SceneEdge, SceneNode } from '../ipc';
import { token } from '../common/palette';

export interface MarkStyle {
  /** What the legend and the table call it. */
  label: string;
  /** What it means, in one plain sentence. */
  meaning: string;
  /** The ring's colour, `#rrggbb`. */
  colour: string;
  /** Before the person's name on the map, in the legend and in the table. */
  symbol: string;
}

/** Every mark kind, most urgent first (the backend's order). */
export const MARK_ORDER: readonly MarkKind[] = ['only-contact', 'cut-point'];

const MEANINGS: Record<MarkKind, Pick<MarkStyle, 'label' | 'meaning'>> = {
  'only-contact': {
    label: 'Only contact',
    meaning: 'Every direct tie between two partner teams goes through this person: if they leave, the teams lose touch.',
  },
  'cut-point': {
    label: 'Cut point',
    meaning: 'If this person leaves, some people lose every route to the rest of the network.',
  },
};

/** How `kind` reads and looks. */
export function markStyle(kind: MarkKind): MarkStyle {
  return {
    ...MEANINGS[kind],
    colour: token(`mark-${kind}`),
    symbol: token(`symbol-${kind}`).replace(/^'(.*)'$/, '$1'),
  };
}

/** The colour of a tie that is a bridge. */
export const BRIDGE_EDGE_COLOUR = token('edge-bridge');
export const BRIDGE_MEANING = 'A bridge: the only route between the two parts of the network it joins.';

/** A person's name with the symbol of their most urgent mark before it: "① Ella Brown". */
export function markedLabel(label: string, marks: readonly PersonMark[]): string {
  return marks.length === 0 ? label : `${markStyle(marks[0].kind).symbol} ${label}`;
}

/** What a person's marks say, one sentence each: "Ella Brown: the only contact between …". */
export function marksInWords(name: string, marks: readonly PersonMark[]): string[] {
  return marks.map((mark) => `${markStyle(mark.kind).symbol} ${name}: ${mark.reason}`);
}

/** One row of the legend's person part. */
export interface MarkLegendEntry {
  key: MarkKind | 'bridge';
  label: string;
  meaning: string;
  colour: string;
  symbol: string;
  /** People with the mark, or bridge ties, on the map now. */
  count: number;
}

/**
 * The person level's rows of the legend, with how many people carry each
 * mark and how many ties are bridges; only the rows the scene has, so the
 * legend of teams and organisations stays as it was.
 */
export function markLegend(
  nodes: readonly Pick<SceneNode, 'marks'>[],
  edges: readonly Pick<SceneEdge, 'bridge'>[],
): MarkLegendEntry[] {
  const rows: MarkLegendEntry[] = [];
  for (const kind of MARK_ORDER) {
    const count = nodes.filter((node) => node.marks.some((mark) => mark.kind === kind)).length;
    if (count > 0) {
      const { label, meaning, colour, symbol } = markStyle(kind);
      rows.push({ key: kind, label, meaning, colour, symbol, count });
    }
  }
  const bridges = edges.filter((edge) => edge.bridge).length;
  if (bridges > 0) {
    rows.push({ key: 'bridge', label: 'Bridge', meaning: BRIDGE_MEANING, colour: BRIDGE_EDGE_COLOUR, symbol: '', count: bridges });
  }
  return rows;
}
