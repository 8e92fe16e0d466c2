// The map as tables, for screen readers and for anyone who would rather read
// than look: one row per node and one per edge of the very scene the canvas
// draws, each fact in words (a category by its name, a mark by what it
// means), sortable by any column.
import type { Scene, SceneEdge, SceneNode } from '../ipc';
import { categoryStyle } from '../common/categories';
import { formatStrength } from '../common/format';
import { nodeKindLabel } from '../common/labels';
import { markStyle } from './person-marks';

export interface NodeRow {
  key: string;
  name: string;
  kind: string;
  organisation: string;
  people: number;
  /** Each mark in words, most urgent first: "① Only contact: the only contact between …". */
  marks: string[];
  /** Whether the row offers Open (as a double-click on the canvas would). */
  expandable: boolean;
}

export interface EdgeRow {
  key: string;
  /** The two nodes' keys and names, for the row's actions. */
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  between: string;
  ties: number;
  /** The ties' average strength, 0–1; null with no tie. */
  strength: number | null;
  /** The category's symbol and name, "① Single point of failure", or "" for a tie no report rates. */
  category: string;
  /** Why, and whether the tie is a bridge, in sentences. */
  notes: string;
}

/** The node rows of `scene`; `organisationNames` names organisations by id (else the id shows). */
export function nodeRows(nodes: readonly SceneNode[], organisationNames: ReadonlyMap<string, string>): NodeRow[] {
  return nodes.map((node) => ({
    key: node.key,
    name: node.label,
    kind: nodeKindLabel(node.kind),
    organisation: organisationNames.get(node.organisation) ?? node.organisation,
    people: node.people,
    marks: node.marks.map((mark) => {
      const style = markStyle(mark.kind);
      return `${style.symbol} ${style.label}: ${mark.reason}`;
    }),
    expandable: node.expandable,
  }));
}

/** The edge rows of `scene`, each naming its two nodes. */
export function edgeRows(scene: Pick<Scene, 'nodes' | 'edges'>): EdgeRow[] {
  const names = new Map(scene.nodes.map((node) => [node.key, node.label]));
  return scene.edges.map((edge: SceneEdge) => {
    const notes: string[] = [];
    if (edge.reason !== null && edge.reason !== '') notes.push(edge.reason);
    if (edge.bridge) notes.push('A bridge: the only route between the two parts of the network it joins.');
    const style = edge.category === null ? null : categoryStyle(edge.category);
    const [sourceName, targetName] = [names.get(edge.source) ?? edge.source, names.get(edge.target) ?? edge.target];
    return {
      key: edge.key,
      source: edge.source,
      target: edge.target,
      sourceName,
      targetName,
      between: `${sourceName} – ${targetName}`,
      ties: edge.ties,
      strength: edge.ties === 0 ? null : edge.strength / edge.ties,
      category: style === null ? '' : `${style.symbol} ${style.label}`,
      notes: notes.join(' '),
    };
  });
}

/** An edge row's strength as the table shows it. */
export function strengthInWords(strength: number | null): string {
  return strength === null ? 'No tie' : formatStrength(strength);
}

export type SortDirection = 'ascending' | 'descending';

export interface SortOrder<Column extends string> {
  column: Column;
  direction: SortDirection;
}

/**
 * The sort after a click on `column`'s heading: the same column turns
 * round, another sorts ascending (names A–Z), or descending for numbers,
 * where the most comes first.
 */
export function nextSort<Column extends string>(
  current: SortOrder<Column>,
  column: Column,
  numeric: boolean,
): SortOrder<Column> {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: numeric ? 'descending' : 'ascending' };
}

type Sortable = string | number | boolean | null | readonly string[];

/**
 * `rows` sorted by `order`, a copy. Text compares as people read it
 * (case and accents aside, numbers inside by value), a list by its first
 * item, and an empty value always last; equal rows keep their order.
 */
export function sortRows<Row extends { [K in Column]: Sortable }, Column extends string>(
  rows: readonly Row[],
  order: SortOrder<Column>,
): Row[] {
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  const sign = order.direction === 'ascending' ? 1 : -1;
  const value = (row: Row): string | number | null => {
    const v = row[order.column] as Sortable;
    if (Array.isArray(v)) return v.length === 0 ? null : (v as readonly string[])[0];
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v === '') return null;
    return v as string | number | null;
  };
  return rows
    .map((row, at) => ({ row, at, value: value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.at - b.at : a.value === null ? 1 : -1;
      }
      const compared =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return compared === 0 ? a.at - b.at : sign * compared;
    })
    .map(({ row }) => row);
}
