// What the hover tooltip says about a node or an edge, as plain text lines
// (the tooltip is a Svelte element, so every name stays text).
import { countOf, formatDate } from '../common/format';
import { kindLabel } from '../common/labels';
import { categoryStyle, hiddenLinksInWords } from '../common/categories';
import { BRIDGE_MEANING, marksInWords } from './person-marks';
import type { MapEdgeAttributes, MapNodeAttributes } from './scene-graph';

export interface TooltipContent {
  title: string;
  lines: string[];
}


export function nodeTooltip(node: MapNodeAttributes): TooltipContent {
  const lines: string[] = [];
  if (node.kind === 'organisation') lines.push(kindLabel(node.subtitle));
  else if (node.subtitle !== '') lines.push(node.subtitle);
  if (node.kind !== 'person') lines.push(countOf(node.people, 'person in post', 'people in post'));
  lines.push(...marksInWords(node.name, node.marks));
  if (node.expandable) {
    lines.push(node.kind === 'organisation' ? 'Double-click to show its teams' : 'Double-click to show its people');
  }
  return { title: node.name, lines };
}

/** The tooltip of an edge between the nodes labelled `from` and `to`. */
export function edgeTooltip(edge: MapEdgeAttributes, from: string, to: string): TooltipContent {
  const lines: string[] = [];
  if (edge.category !== null) {
    const style = categoryStyle(edge.category);
    lines.push(`${style.symbol} ${style.label}`);
  }
  if (edge.partnerLinks.length > 0) lines.push(hiddenLinksInWords(edge.partnerLinks));
  if (edge.reason !== null && edge.reason !== '') lines.push(edge.reason);
  if (edge.bridge) lines.push(BRIDGE_MEANING);
  lines.push(edge.ties === 0 ? 'No direct tie' : countOf(edge.ties, 'tie', 'ties'));
  if (edge.latestContact !== null) lines.push(`Last contact ${formatDate(edge.latestContact)}`);
  return { title: `${from} – ${to}`, lines };
}

/** How far the tooltip sits from the pointer, in pixels. */
export const TOOLTIP_OFFSET = 14;
/** The room a tooltip may need, in pixels: near an edge it opens the other way. */
export const TOOLTIP_ROOM = { width: 320, height: 150 };

/** CSS offsets inside the canvas, each a length or null (unset). */
export interface TooltipPlacement {
  left: string | null;
  right: string | null;
  top: string | null;
  bottom: string | null;
}

/**
 * Where the tooltip goes for a pointer at (`x`, `y`) in a canvas of `frame`
 * pixels whose right `covered` pixels lie under a panel: below and right of
 * the pointer, or above or left of it when it would run out of what shows.
 */
export function tooltipPosition(
  pointer: { x: number; y: number },
  frame: { width: number; height: number },
  covered = 0,
): TooltipPlacement {
  const px = (n: number) => `${Math.round(n)}px`;
  const shown = frame.width - covered;
  const toLeft = pointer.x + TOOLTIP_OFFSET + TOOLTIP_ROOM.width > shown && pointer.x > TOOLTIP_ROOM.width;
  const above = pointer.y + TOOLTIP_OFFSET + TOOLTIP_ROOM.height > frame.height && pointer.y > TOOLTIP_ROOM.height;
  return {
    left: toLeft ? null : px(pointer.x + TOOLTIP_OFFSET),
    right: toLeft ? px(frame.width - pointer.x + TOOLTIP_OFFSET) : null,
    top: above ? null : px(pointer.y + TOOLTIP_OFFSET),
    bottom: above ? px(frame.height - pointer.y + TOOLTIP_OFFSET) : null,
  };
}
