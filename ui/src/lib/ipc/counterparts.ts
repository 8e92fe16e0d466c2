// The "Find a counterpart" page's call.
//
// Answered from the open map (its day and tie strengths), without reading the
// file. Rejects with `invalid-input` when neither a person nor a role is given
// or no organisation is chosen, `not-found` for an id the map does not hold.
import type { CounterpartSearch } from '../bindings/CounterpartSearch';
import type { CounterpartsView } from '../bindings/CounterpartsView';
import { call } from './call';

export type { CounterpartSearch, CounterpartsView };
export type { CounterpartView } from '../bindings/CounterpartView';
export type { IntroductionView } from '../bindings/IntroductionView';
export type { SeekerView } from '../bindings/SeekerView';

/** The people of a partner organisation ranked for `search`, best first, with reasons and introductions. */
export function counterparts(search: CounterpartSearch): Promise<CounterpartsView> {
  return call<CounterpartsView>('counterparts', { search });
}
