// The Partnerships page's calls.
//
// A write changes the map file and reloads the open map: each resolves to the
// map's new MapInfo, which the app sets as `info` so the scene and the pages
// reload. A write refused rejects with code `invalid-input` and one issue per
// wrong field (`issue.column` names the field), and writes nothing.
import type { PartnershipsView } from '../bindings/PartnershipsView';
import type { PartnershipInput } from '../bindings/PartnershipInput';
import type { AssessmentInput } from '../bindings/AssessmentInput';
import type { MapInfo } from '../bindings/MapInfo';
import { call } from './call';

export type { PartnershipsView, PartnershipInput, AssessmentInput };
export type { PartnershipView } from '../bindings/PartnershipView';
export type { PartnershipLink } from '../bindings/PartnershipLink';
export type { PartnershipModel } from '../bindings/PartnershipModel';
export type { AssessmentView } from '../bindings/AssessmentView';
export type { PairCoverage } from '../bindings/PairCoverage';
export type { OrgRef } from '../bindings/OrgRef';
export type { TeamSide } from '../bindings/TeamSide';

/** Every partnership of the open map, with its assessments, partner links and level coverage. */
export function partnerships(): Promise<PartnershipsView> {
  return call<PartnershipsView>('partnerships');
}

/** Adds a partnership to the open map; resolves to the reloaded map's info. */
export function addPartnership(input: PartnershipInput): Promise<MapInfo> {
  return call<MapInfo>('add_partnership', { input });
}

/** Edits the partnership `id` (its id and assessments stay); resolves to the reloaded map's info. */
export function editPartnership(id: string, input: PartnershipInput): Promise<MapInfo> {
  return call<MapInfo>('edit_partnership', { id, input });
}

/**
 * Adds an assessment of a partnership, or with `replacing` (a date) replaces
 * that assessment; resolves to the reloaded map's info.
 */
export function saveAssessment(
  partnershipId: string,
  replacing: string | null,
  input: AssessmentInput,
): Promise<MapInfo> {
  return call<MapInfo>('save_assessment', { partnershipId, replacing, input });
}
