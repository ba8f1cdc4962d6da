/** The fictitious people in the coordination catalogue: the lead, two invited colleagues and an outsider. */
import type { Actor } from '../../domain/shared/actor';

export const OWNER: Actor = {
  id: '5b1e9c2a-1d3f-4a5b-8c7d-0e1f2a3b4c01',
  teamsUserId: '29:owner',
  displayName: 'Mette Holm',
};
export const PPR: Actor = {
  id: '5b1e9c2a-1d3f-4a5b-8c7d-0e1f2a3b4c02',
  teamsUserId: '29:ppr',
  displayName: 'PPR-psykolog',
};
export const NURSE: Actor = { id: '5b1e9c2a-1d3f-4a5b-8c7d-0e1f2a3b4c03', teamsUserId: '29:nurse' };
export const OUTSIDER: Actor = {
  id: '5b1e9c2a-1d3f-4a5b-8c7d-0e1f2a3b4c09',
  teamsUserId: '29:out',
  displayName: 'Anne Lund',
};
