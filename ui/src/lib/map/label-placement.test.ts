import { describe, expect, it } from 'vitest';
import {
  LabelTier,
  byPriority,
  labelBox,
  labelTier,
  placeLabels,
  regionLabelBox,
  type LabelCandidate,
} from './label-placement';

/** A label 60 px wide, 16 px high, its box's top-left at (`x`, `y`). */
function candidate(key: string, x: number, y: number, tier: LabelTier, metric = 1): LabelCandidate {
  return { key, box: { x, y, width: 60, height: 16 }, tier, metric };
}

describe('labelTier', () => {
  it('puts organisations first, then teams on weak links, then on partner links, then the rest', () => {
    expect(labelTier('organisation', [])).toBe(LabelTier.Organisation);
    expect(labelTier('team', [null, 'healthy', 'single-point-of-failure'])).toBe(LabelTier.WeakLinked);
    expect(labelTier('team', [null, 'healthy'])).toBe(LabelTier.PartnerLinked);
    expect(labelTier('team', [null, null])).toBe(LabelTier.Other);
    expect(labelTier('team', [])).toBe(LabelTier.Other);
  });
});

describe('labelBox', () => {
  it('covers the text sigma draws right of the disc, with a margin', () => {
    // Disc of radius 5 at (100, 50); 12 px text 40 px wide starts at x 108, baseline y 54.
    const box = labelBox(100, 50, 5, 40, 12);
    expect(box.x).toBeLessThan(108);
    expect(box.x + box.width).toBeGreaterThan(148);
    expect(box.y).toBeLessThan(50 - 12 + 4);
    expect(box.y + box.height).toBeGreaterThan(54);
  });
});

describe('regionLabelBox', () => {
  it('centres the name of an opened organisation above the top of its teams', () => {
    const box = regionLabelBox(400, 100, 120, 14);
    expect(box.x + box.width / 2).toBeCloseTo(400);
    expect(box.width).toBeGreaterThan(120);
    expect(box.y + box.height).toBeLessThanOrEqual(100);
  });
});

describe('placeLabels', () => {
  it('skips a label that would overlap one of higher priority', () => {
    const { placed } = placeLabels([
      candidate('team:small', 10, 10, LabelTier.Other, 3),
      candidate('team:weak', 30, 14, LabelTier.WeakLinked, 1),
      candidate('team:apart', 200, 10, LabelTier.Other, 1),
    ]);
    expect([...placed].sort()).toEqual(['team:apart', 'team:weak']);
  });

  it('labels every organisation, even where two overlap', () => {
    const { placed } = placeLabels([
      candidate('org:A', 10, 10, LabelTier.Organisation),
      candidate('org:B', 20, 12, LabelTier.Organisation),
      candidate('team:A1', 15, 11, LabelTier.WeakLinked, 50),
    ]);
    expect([...placed].sort()).toEqual(['org:A', 'org:B']);
  });

  it('prefers the larger node within a tier, whatever the input order', () => {
    const big = candidate('team:big', 10, 10, LabelTier.PartnerLinked, 40);
    const small = candidate('team:small', 20, 10, LabelTier.PartnerLinked, 4);
    expect([...placeLabels([small, big]).placed]).toEqual(['team:big']);
    expect([...placeLabels([big, small]).placed]).toEqual(['team:big']);
  });

  it('leaves the occupancy for later labels to avoid', () => {
    const { occupancy } = placeLabels([candidate('team:a', 100, 100, LabelTier.Other)]);
    expect(occupancy.overlaps({ x: 150, y: 110, width: 20, height: 10 })).toBe(true);
    expect(occupancy.overlaps({ x: 161, y: 110, width: 20, height: 10 })).toBe(false);
    expect(occupancy.overlaps({ x: 100, y: 117, width: 20, height: 10 })).toBe(false);
  });

  it('finds overlaps across grid cells and off the top-left of the screen', () => {
    const { placed } = placeLabels([
      candidate('team:a', -50, -8, LabelTier.PartnerLinked, 2),
      candidate('team:b', 5, 0, LabelTier.Other, 9),
      candidate('team:c', 300, 300, LabelTier.Other, 1),
    ]);
    expect([...placed].sort()).toEqual(['team:a', 'team:c']);
  });
});

describe('byPriority', () => {
  it('breaks ties by key so the order is total', () => {
    const a = candidate('team:a', 0, 0, LabelTier.Other, 1);
    const b = candidate('team:b', 0, 0, LabelTier.Other, 1);
    expect(byPriority(a, b)).toBeLessThan(0);
    expect(byPriority(b, a)).toBeGreaterThan(0);
  });
});
