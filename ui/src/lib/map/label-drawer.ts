// Sigma's node label drawer for the map: applies label-placement.ts each
// frame, in screen pixels, at the camera sigma is drawing with.
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { Coordinates, NodeDisplayData } from 'sigma/types';
import type { Category } from '../ipc';
import {
  LABEL_MARGIN,
  LabelTier,
  labelBox,
  labelTier,
  placeLabels,
  regionLabelBox,
  type LabelCandidate,
} from './label-placement';
import type { MapGraph } from './scene-graph';

/** The parts of a sigma renderer the label drawer reads. */
export interface LabelRenderer {
  getGraph(): MapGraph;
  getNodeDisplayData(key: string): NodeDisplayData | undefined;
  framedGraphToViewport(point: Coordinates): Coordinates;
  scaleSize(size?: number): number;
  getDimensions(): { width: number; height: number };
}

type LabelData = Parameters<typeof drawDiscNodeLabel>[1];

/** How an opened organisation's name is told apart from node keys in the placement. */
const REGION = 'region\u0000';

/**
 * Sigma's node label drawer, placing labels as label-placement.ts says. Sigma
 * calls `draw` for each label it would show in a frame; the first call of a
 * frame (after `newFrame`) places every organisation's and team's label at
 * once. `sceneChanged` forgets what depends on the scene: which nodes are
 * organisations and teams, and their tiers (from their edges).
 */
export function createLabelDrawer(renderer: LabelRenderer) {
  let tiers: Map<string, LabelTier> | null = null;
  // The organisations and teams of the scene: a large map's people are not
  // walked every frame.
  let groups: string[] | null = null;
  let frame: ReturnType<typeof placeLabels> | null = null;
  // The labels drawn in the last frame, for the test hook.
  let drawn = new Set<string>();
  const widths = new Map<string, number>();

  function tierOf(graph: MapGraph, key: string): LabelTier {
    if (tiers === null) tiers = new Map();
    let tier = tiers.get(key);
    if (tier === undefined) {
      const categories: (Category | null)[] = [];
      graph.forEachEdge(key, (_edge, attributes) => void categories.push(attributes.category));
      tier = labelTier(graph.getNodeAttribute(key, 'kind'), categories);
      tiers.set(key, tier);
    }
    return tier;
  }

  function textWidth(context: CanvasRenderingContext2D, text: string, font: string): number {
    const id = `${font}\u0000${text}`;
    let width = widths.get(id);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      widths.set(id, width);
    }
    return width;
  }

  function place(context: CanvasRenderingContext2D, settings: Settings): ReturnType<typeof placeLabels> {
    const graph = renderer.getGraph();
    const { width, height } = renderer.getDimensions();
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const candidates: LabelCandidate[] = [];
    groups ??= graph.filterNodes((_key, attributes) => attributes.kind !== 'person');
    // Opened organisations (no node of their own, teams shown): the extent of their teams on screen.
    const closed = new Set<string>();
    const regions = new Map<string, { name: string; left: number; right: number; top: number }>();
    for (const key of groups) {
      const attributes = graph.getNodeAttributes(key);
      if (attributes.kind === 'organisation') closed.add(attributes.organisation);
    }
    for (const key of groups) {
      const shown = renderer.getNodeDisplayData(key);
      if (shown === undefined || shown.hidden) continue;
      const at = renderer.framedGraphToViewport(shown);
      const size = renderer.scaleSize(shown.size);
      const attributes = graph.getNodeAttributes(key);
      if (attributes.kind === 'team' && !closed.has(attributes.organisation)) {
        const region = regions.get(attributes.organisation);
        // A team's subtitle is its organisation's name.
        if (region === undefined) {
          regions.set(attributes.organisation, { name: attributes.subtitle, left: at.x - size, right: at.x + size, top: at.y - size });
        } else {
          region.left = Math.min(region.left, at.x - size);
          region.right = Math.max(region.right, at.x + size);
          region.top = Math.min(region.top, at.y - size);
        }
      }
      if (!shown.label) continue;
      const box = labelBox(at.x, at.y, size, textWidth(context, shown.label, font), settings.labelSize);
      // Off screen, a label takes no room.
      if (box.x > width || box.y > height || box.x + box.width < 0 || box.y + box.height < 0) continue;
      candidates.push({ key, box, tier: tierOf(graph, key), metric: attributes.metric });
    }
    const regionSize = settings.labelSize + 2;
    const regionFont = `700 ${regionSize}px ${settings.labelFont}`;
    const regionBoxes = new Map<string, { name: string; box: ReturnType<typeof regionLabelBox> }>();
    for (const [organisation, region] of regions) {
      const box = regionLabelBox((region.left + region.right) / 2, region.top, textWidth(context, region.name, regionFont), regionSize);
      const key = `${REGION}${organisation}`;
      regionBoxes.set(key, { name: region.name, box });
      candidates.push({ key, box, tier: LabelTier.Organisation, metric: 0 });
    }
    const placed = placeLabels(candidates);
    // Sigma knows nothing of these labels: they are drawn here, before its node labels.
    context.font = regionFont;
    context.fillStyle = settings.labelColor.color ?? '#000';
    for (const [key, { name, box }] of regionBoxes) {
      if (placed.placed.has(key)) context.fillText(name, box.x + LABEL_MARGIN, box.y + LABEL_MARGIN + regionSize);
    }
    return placed;
  }

  return {
    newFrame(): void {
      frame = null;
      drawn = new Set();
    },
    /** The nodes whose labels the last frame drew. */
    labelled(): ReadonlySet<string> {
      return drawn;
    },
    sceneChanged(): void {
      tiers = null;
      groups = null;
    },
    draw(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
      const key = data.key;
      if (!data.label || typeof key !== 'string') return;
      frame ??= place(context, settings);
      const kind = renderer.getGraph().getNodeAttribute(key, 'kind');
      if (kind !== 'person') {
        if (frame.placed.has(key)) {
          drawDiscNodeLabel(context, data, settings);
          drawn.add(key);
        }
        return;
      }
      const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const box = labelBox(data.x, data.y, data.size, textWidth(context, data.label, font), settings.labelSize);
      if (frame.occupancy.overlaps(box)) return;
      frame.occupancy.add(box);
      drawDiscNodeLabel(context, data, settings);
      drawn.add(key);
    },
  };
}
