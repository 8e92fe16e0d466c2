// Telling the three kinds of NodeDetails apart: the union is tagged by `kind`.
import type { NodeDetails, OrganisationDetails, PersonDetails, TeamDetails } from '../ipc';

export function asPerson(details: NodeDetails | null): PersonDetails | null {
  return details?.kind === 'person' ? details : null;
}

export function asTeam(details: NodeDetails | null): TeamDetails | null {
  return details?.kind === 'team' ? details : null;
}

export function asOrganisation(details: NodeDetails | null): OrganisationDetails | null {
  return details?.kind === 'organisation' ? details : null;
}
