import { describe, expect, it } from 'vitest';
import type { NodeDetails } from '../ipc';
import { asOrganisation, asPerson, asTeam } from './details';

// What serde writes for an organisation: the union's tag beside the
// organisation's own kind.
const organisationJson =
  '{"kind":"organisation","node":{"key":"org:A","kind":"organisation","id":"A","name":"Acute"},"organisation_kind":"acute","teams":[],"people":3,"partners":[],"ei":null}';

describe('details', () => {
  it('tells the kinds apart by their tag', () => {
    const details = JSON.parse(organisationJson) as NodeDetails;
    expect(asOrganisation(details)?.people).toBe(3);
    expect(asOrganisation(details)?.organisation_kind).toBe('acute');
    expect(asPerson(details)).toBeNull();
    expect(asTeam(details)).toBeNull();
    expect(asPerson(null)).toBeNull();
  });
});
