// A small, static sigma map inside a page (a snapshot's changes, an
// introduction path): the main map's fonts, started even in a container not
// yet laid out, redrawn when the container changes size, and stopped with it.
import type Graph from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { token } from '../common/palette';

/** How labels read on every map, the main one and the small ones: the page's font, in the text colour. */
export const LABEL_SETTINGS = {
  labelFont: "system-ui, 'Segoe UI', Cantarell, 'DejaVu Sans', sans-serif",
  labelColor: { color: token('text') },
} satisfies Partial<Settings>;

/** A running small map, or why it could not start (no WebGL). */
export type SmallMap = { sigma: Sigma; stop: () => void } | { failure: string };

export function startSmallMap(graph: Graph, container: HTMLElement, settings: Partial<Settings>): SmallMap {
  let sigma: Sigma;
  try {
    sigma = new Sigma(graph, container, {
      allowInvalidContainer: true,
      enableCameraRotation: false,
      ...LABEL_SETTINGS,
      ...settings,
    });
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
  const resizes = new ResizeObserver(() => sigma.scheduleRender());
  resizes.observe(container);
  return {
    sigma,
    stop: () => {
      resizes.disconnect();
      sigma.kill();
    },
  };
}
