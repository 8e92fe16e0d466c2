// Working the map by keyboard: which node an arrow key or Tab moves to, what
// each key does, and what is announced for the node reached. Pure functions
// over the nodes' places on screen; MapCanvas applies them.
//
// The choices:
// - An arrow moves to the nearest node within 45° either side of its
//   direction, a step sideways counting twice a step straight on, so Right
//   goes to the node most nearly to the right rather than to a closer one
//   well above. With nothing that way, the focus stays.
// - Tab and Shift+Tab move through the nodes in reading order (top to
//   bottom, then left to right); past the last (or before the first) they
//   leave the canvas as Tab always does, so the canvas never traps focus.
// - Enter opens a node that can open (an organisation into its teams, a team
//   into its people) and shows the details of one that cannot; Space or `i`
//   shows the details; Escape clears the selection, then the keyboard focus.
import { nodeTooltip } from './tooltip';
import type { MapNodeAttributes } from './scene-graph';

/** A node where it is drawn: CSS pixels in the canvas, y growing downwards. */
export interface ScreenNode {
  key: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** How much a step across the arrow's direction costs against a step along it. */
const SIDEWAYS_COST = 2;

/** The node an arrow moves to from `from`, or null when none lies that way. */
export function nearestInDirection(from: ScreenNode, nodes: readonly ScreenNode[], direction: Direction): string | null {
  let best: string | null = null;
  let bestCost = Infinity;
  for (const node of nodes) {
    if (node.key === from.key) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    // Within 45° of the direction; a node exactly on the diagonal counts for both arrows.
    if (!(along > 0) || across > along) continue;
    const cost = along + SIDEWAYS_COST * across;
    if (cost < bestCost || (cost === bestCost && best !== null && node.key < best)) {
      best = node.key;
      bestCost = cost;
    }
  }
  return best;
}

/** The nodes in reading order: top to bottom, then left to right, then by key. */
export function readingOrder(nodes: readonly ScreenNode[]): string[] {
  return [...nodes]
    .sort((a, b) => a.y - b.y || a.x - b.x || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((node) => node.key);
}

/**
 * The node Tab (`step` 1) or Shift+Tab (`step` -1) moves to from `current`
 * (null: none yet, so the first or the last), or null when it leaves the canvas.
 */
export function nextInReadingOrder(nodes: readonly ScreenNode[], current: string | null, step: 1 | -1): string | null {
  const order = readingOrder(nodes);
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at === -1) return step === 1 ? order[0] : order[order.length - 1];
  return order[at + step] ?? null;
}

/** What a key press on the canvas asks for. */
export type KeyAction =
  | { kind: 'move'; direction: Direction }
  | { kind: 'tab'; step: 1 | -1 }
  | { kind: 'open' }
  | { kind: 'details' }
  | { kind: 'escape' };

/** The action of a key (a `KeyboardEvent.key`), or null for a key the canvas leaves alone. */
export function keyAction(key: string, shift: boolean): KeyAction | null {
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'move', direction: 'left' };
    case 'ArrowRight':
      return { kind: 'move', direction: 'right' };
    case 'ArrowUp':
      return { kind: 'move', direction: 'up' };
    case 'ArrowDown':
      return { kind: 'move', direction: 'down' };
    case 'Tab':
      return { kind: 'tab', step: shift ? -1 : 1 };
    case 'Enter':
      return { kind: 'open' };
    case ' ':
    case 'i':
    case 'I':
      return { kind: 'details' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return null;
  }
}

/** What a screen reader hears on reaching `node`: its tooltip in sentences, then what the keys do. */
export function announcement(node: MapNodeAttributes): string {
  const { title, lines } = nodeTooltip(node);
  // The tooltip's "Double-click to show…" is said here as the key that does it.
  const facts = lines.filter((line) => !line.startsWith('Double-click'));
  const opens = node.kind === 'organisation' ? 'Enter shows its teams' : 'Enter shows its people';
  const keys = node.expandable ? `${opens}, Space its details.` : 'Enter or Space shows its details.';
  return [`${title}, ${node.kind}.`, ...facts.map((line) => `${line}.`), keys].join(' ');
}
