import { createThreadEntity, type NewThreadInput } from '../../../../src/domain/threads/creation';
import type { Actor } from '../../../../src/domain/shared/actor';
import type { CoordinationThread } from '../../../../src/domain/threads/model';

export const ROLE_IDS = new Set(['laerer', 'raadgiver', 'ppr-psykolog', 'sundhedsplejerske']);
export const OWNER: Actor = {
  id: 'aad-owner',
  teamsUserId: '29:owner',
  displayName: 'Owner Person',
};
export const PARTICIPANT: Actor = {
  id: 'aad-p1',
  teamsUserId: '29:p1',
  displayName: 'Pia Deltager',
};
export const OUTSIDER: Actor = { id: 'aad-x', teamsUserId: '29:x', displayName: 'Olaf Udenfor' };
export const NOW = new Date('2026-11-29T10:00:00Z');

export function input(overrides: Partial<NewThreadInput> = {}): NewThreadInput {
  return {
    caseRef: 'BU-2026-0042',
    ageOrGrade: '3. klasse',
    pathway: 'skole',
    summary: 'Eleven er ofte fraværende og trækker sig fra fællesskabet i frikvarteret.',
    legalBasis: 'anonymous',
    ownerRoleId: 'laerer',
    participants: [{ aadObjectId: 'aad-p1', roleId: 'ppr-psykolog' }],
    confirmNoNames: false,
    ...overrides,
  };
}

export function newThread(overrides: Partial<NewThreadInput> = {}): CoordinationThread {
  const result = createThreadEntity(input(overrides), OWNER, NOW, ROLE_IDS);
  if (result.kind !== 'ok') throw new Error('expected ok');
  return result.thread;
}
