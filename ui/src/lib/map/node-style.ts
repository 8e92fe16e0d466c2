// How a map node looks: its disc's size on screen and its colour.
import { swatchColour } from '../common/palette';
import type { NodeKind } from '../ipc';
import { token } from '../common/palette';

/** The smallest disc drawn, in pixels at the default zoom: still hoverable and visible. */
export const MIN_NODE_PIXELS = 3;

/**
 * The largest disc of each kind, in pixels at the default zoom. A person is
 * one of many inside a team's disc, so people stay smaller than the groups
 * they make up even when the chosen measure ranks one above a team.
 */
export const MAX_NODE_PIXELS: Record<NodeKind, number> = {
  organisation: 28,
  team: 20,
  person: 12,
};

/**
 * A node's disc size in pixels for its metric value `size` when the largest
 * value on the map is `maxSize`. The disc's area, not its radius, follows
 * the value (so a team twice as large does not look four times as large),
 * and a node with nothing to show still gets the floor.
 */
export function nodePixelSize(kind: NodeKind, size: number, maxSize: number): number {
  if (!(maxSize > 0) || !(size > 0)) return MIN_NODE_PIXELS;
  const share = Math.min(size / maxSize, 1);
  return MIN_NODE_PIXELS + (MAX_NODE_PIXELS[kind] - MIN_NODE_PIXELS) * Math.sqrt(share);
}

/**
 * How much sizes grow or shrink with the camera's zoom (sigma's
 * `zoomToSizeRatioFunction`: sizes are divided by it). Like sigma's default
 * they follow the square root of the zoom, so zooming in spreads nodes apart
 * faster than it enlarges them; but growth stops at 2.5 times, as one
 * coordinate space holds both organisations and single people and a deep
 * zoom would otherwise blow people up over their neighbours.
 */
export function zoomToSizeRatio(cameraRatio: number): number {
  return Math.max(Math.sqrt(cameraRatio), 0.4);
}

/** A node's colour: its organisation's, or neutral grey if that is not a hex colour. */
export const nodeColour = swatchColour;

/** What a node outside the focused neighbourhood is drawn in. */
export const DIMMED_NODE_COLOUR = token('node-dimmed');
