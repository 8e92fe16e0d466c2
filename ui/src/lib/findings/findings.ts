// The findings beside the map, worked out from the partnerships the backend
// analysed: for each partnership, how many of its partner links fall in each
// weak-link category, and its most urgent links with the report's own words
// (the reason names the people; the action says what to do) and the map
// focus that shows each. No DOM, no IPC.
import type { Category, PartnershipLink, PartnershipsView } from '../ipc';
import type { MapFocus } from '../app/navigation';
import { CATEGORY_ORDER } from '../common/categories';
import { linkFocus, linkPeopleFocus, linkTitle } from '../partnerships/partnerships';

/** How many links of a partnership are in one category. */
export interface CategoryTally {
  category: Category;
  links: number;
}

/** One link worth acting on. */
export interface UrgentLink {
  /** The two teams' keys, joined: unique within a partnership. */
  key: string;
  /** "Discharge Team (City Hospital) – Reablement (Council)". */
  title: string;
  category: Category;
  /** Why, naming the people. */
  reason: string;
  /** What to do. */
  action: string;
  /** What *Show on map* shows. */
  focus: MapFocus;
  /** What *People* shows: the two teams opened into their people. */
  peopleFocus: MapFocus;
}

export interface PartnershipFindings {
  id: string;
  name: string;
  /** The organisations' names, in the partnership's order. */
  organisations: string[];
  /** Every category with links, most urgent first. */
  tally: CategoryTally[];
  /** Links not healthy, most urgent first (declared links first among equals). */
  urgent: UrgentLink[];
  /** Links not healthy beyond `urgent`. */
  more: number;
}

/** How many urgent links each partnership shows before "and N more". */
export const URGENT_SHOWN = 3;

/** The findings of every partnership, in the backend's order. */
export function findingsOf(view: PartnershipsView, shown = URGENT_SHOWN): PartnershipFindings[] {
  return view.partnerships.map((partnership) => {
    const counts = new Map<Category, number>();
    for (const link of partnership.links) counts.set(link.category, (counts.get(link.category) ?? 0) + 1);
    const weak = partnership.links
      .filter((link) => link.category !== 'healthy')
      .map((link, order) => ({ link, order }))
      .sort((x, y) => urgency(x.link) - urgency(y.link) || x.order - y.order)
      .map(({ link }) => link);
    return {
      id: partnership.id,
      name: partnership.name,
      organisations: partnership.organisations.map((organisation) => organisation.name),
      tally: CATEGORY_ORDER.filter((category) => counts.has(category)).map((category) => ({
        category,
        links: counts.get(category) ?? 0,
      })),
      urgent: weak.slice(0, shown).map(urgentLink),
      more: Math.max(0, weak.length - shown),
    };
  });
}

/** A link's place in the order of urgency: its category's, declared links first among equals. */
function urgency(link: PartnershipLink): number {
  return CATEGORY_ORDER.indexOf(link.category) * 2 + (link.declared ? 0 : 1);
}

function urgentLink(link: PartnershipLink): UrgentLink {
  return {
    key: `${link.a.key}|${link.b.key}`,
    title: linkTitle(link),
    category: link.category,
    reason: link.reason,
    action: link.action,
    focus: linkFocus(link),
    peopleFocus: linkPeopleFocus(link),
  };
}
