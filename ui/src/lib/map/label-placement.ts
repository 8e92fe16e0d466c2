// Which node labels the map draws, so that no two overlap and the ones that
// matter win: our own greedy pass, not sigma's label grid, for organisations
// and teams; sigma's grid still picks which people's labels to try.
//
// Organisations are always labelled: a closed one beside its disc, an opened
// one (whose node gives way to its teams) by its name above its teams. Then teams, by priority: those on a
// weak partner link, then those on any partner link, then the rest, larger
// before smaller; a team's label is skipped when its box would overlap one
// already placed. People's labels (chosen by sigma's grid) are drawn only
// where they overlap nothing placed before them. This module decides; sigma's
// drawer that applies it each frame is label-drawer.ts.
//
// Boxes are looked up in a grid of screen cells, so placing L labels costs
// O(L) for labels of ordinary length, not O(L²).
import type { Category } from '../ipc';
import type { Rect } from './camera';

/** A label that may be drawn: its node and the box it would take on screen. */
export interface LabelCandidate {
  key: string;
  box: Rect;
  /** Lower first. */
  tier: LabelTier;
  /** The node's size metric: larger first within a tier. */
  metric: number;
}

/** Label priority tiers, most important first. */
export const LabelTier = {
  /** Always labelled, even over another organisation's label. */
  Organisation: 0,
  /** A team on a link the weak-link report flags. */
  WeakLinked: 1,
  /** A team with a link to another organisation's team. */
  PartnerLinked: 2,
  Other: 3,
} as const;
export type LabelTier = (typeof LabelTier)[keyof typeof LabelTier];

/** The tier of a node of `kind` whose edges carry `categories` (null for a plain tie). */
export function labelTier(kind: string, categories: Iterable<Category | null>): LabelTier {
  if (kind === 'organisation') return LabelTier.Organisation;
  let tier: LabelTier = LabelTier.Other;
  for (const category of categories) {
    if (category === null) continue;
    // Every category but healthy is a weak link.
    if (category !== 'healthy') return LabelTier.WeakLinked;
    tier = LabelTier.PartnerLinked;
  }
  return tier;
}

/** Pixels kept clear around a label, so neighbours do not touch. */
export const LABEL_MARGIN = 2;

/**
 * The box sigma's disc label drawer fills for a label `textWidth` wide of a
 * node drawn at (`x`, `y`) with radius `size`: the text starts 3 px right of
 * the disc, its baseline a third of the font size below the centre.
 */
export function labelBox(x: number, y: number, size: number, textWidth: number, fontSize: number): Rect {
  return {
    x: x + size + 3 - LABEL_MARGIN,
    y: y - fontSize + fontSize / 3 - LABEL_MARGIN,
    width: textWidth + 2 * LABEL_MARGIN,
    height: fontSize * 1.2 + 2 * LABEL_MARGIN,
  };
}

/**
 * The box of an opened organisation's name, drawn centred above its teams:
 * `centreX` and `top` are the middle and the top of the teams' discs on
 * screen, the text `textWidth` wide in a `fontSize` font.
 */
export function regionLabelBox(centreX: number, top: number, textWidth: number, fontSize: number): Rect {
  return {
    x: centreX - textWidth / 2 - LABEL_MARGIN,
    y: top - fontSize * 1.5 - LABEL_MARGIN,
    width: textWidth + 2 * LABEL_MARGIN,
    height: fontSize * 1.2 + 2 * LABEL_MARGIN,
  };
}

/** The order labels are placed in: tier, then larger nodes, then key, so the result never depends on input order. */
export function byPriority(a: LabelCandidate, b: LabelCandidate): number {
  return a.tier - b.tier || b.metric - a.metric || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Screen cell side for the occupancy grid, in pixels: about one label's height. */
const CELL = 32;

/** Placed label boxes, found by the screen cells they cover. */
export class LabelOccupancy {
  readonly #cells = new Map<number, Rect[]>();

  /** Whether `box` overlaps a placed box. */
  overlaps(box: Rect): boolean {
    let hit = false;
    this.#forCells(box, (id) => {
      for (const placed of this.#cells.get(id) ?? []) if (intersects(box, placed)) hit = true;
    });
    return hit;
  }

  add(box: Rect): void {
    this.#forCells(box, (id) => {
      const list = this.#cells.get(id);
      if (list === undefined) this.#cells.set(id, [box]);
      else list.push(box);
    });
  }

  #forCells(box: Rect, visit: (id: number) => void): void {
    const x0 = Math.floor(box.x / CELL);
    const x1 = Math.floor((box.x + box.width) / CELL);
    const y0 = Math.floor(box.y / CELL);
    const y1 = Math.floor((box.y + box.height) / CELL);
    // Cells by a single number: screens are far narrower than 2^16 cells.
    for (let cx = x0; cx <= x1; cx += 1) for (let cy = y0; cy <= y1; cy += 1) visit(cx * 65536 + cy);
  }
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Places labels greedily by priority: organisations always, every other
 * label only where it overlaps nothing placed before it. Returns the keys
 * placed and the occupancy, for labels placed after these (people's).
 */
export function placeLabels(candidates: readonly LabelCandidate[]): { placed: Set<string>; occupancy: LabelOccupancy } {
  const occupancy = new LabelOccupancy();
  const placed = new Set<string>();
  for (const candidate of [...candidates].sort(byPriority)) {
    if (candidate.tier !== LabelTier.Organisation && occupancy.overlaps(candidate.box)) continue;
    occupancy.add(candidate.box);
    placed.add(candidate.key);
  }
  return { placed, occupancy };
}
