import { createThreadEntity, type NewThreadInput } from '../../../../src/domain/threads/creation';
import { ThreadRuleError } from '../../../../src/domain/threads/errors';
import type { Actor } from '../../../../src/domain/shared/actor';
import type { CoordinationThread } from '../../../../src/domain/threads/model';
import { desiredReminders } from '../../../../src/domain/threads/reminders';
import { firstTasksIn, type PathwayTemplate } from '../../../../src/domain/threads/templates';

const ROLE_IDS = new Set(['laerer', 'ppr-psykolog', 'sundhedsplejerske', 'raadgiver']);
const OWNER: Actor = { id: 'aad-owner', teamsUserId: '29:owner' };
// 00:30 Danish time on 30 November: the due dates count from the Danish date, not the UTC one.
const NOW = new Date('2026-11-29T23:30:00Z');

const TEMPLATE: PathwayTemplate = {
  invite: ['ppr-psykolog'],
  firstTasks: [
    { title: { da: 'Beskriv iagttagelser', en: 'Describe observations' }, ownerRole: 'laerer', dueDays: 0 },
    { title: { da: 'PPR-drøftelse', en: 'PPR discussion' }, ownerRole: 'ppr-psykolog', dueDays: 14 },
    { title: { da: 'Sundhedsplejen', en: 'Health visitor' }, ownerRole: 'sundhedsplejerske', dueDays: 7 },
  ],
};

function input(extra: Partial<NewThreadInput> = {}): NewThreadInput {
  return {
    caseRef: 'BU-2026-0007',
    ageOrGrade: '3. klasse',
    pathway: 'skole',
    summary: 'Fravær og uro.',
    legalBasis: 'anonymous',
    ownerRoleId: 'laerer',
    participants: [
      { aadObjectId: 'aad-ppr', roleId: 'ppr-psykolog' },
      { aadObjectId: 'aad-ppr2', roleId: 'ppr-psykolog' },
    ],
    confirmNoNames: false,
    ...extra,
  };
}

function create(extra: Partial<NewThreadInput>): CoordinationThread {
  const result = createThreadEntity(input(extra), OWNER, NOW, ROLE_IDS);
  if (result.kind !== 'ok') throw new Error('not created');
  return result.thread;
}

describe('a new thread with the template first tasks', () => {
  it('starts with the tasks, due days counted from the Danish date, owned by role', () => {
    const thread = create({ firstTasks: firstTasksIn(TEMPLATE, 'da') });
    expect(thread.tasks.map((t) => [t.id, t.title, t.ownerId, t.due, t.done])).toEqual([
      // The lead has the role: the lead owns it.
      ['t1', 'Beskriv iagttagelser', 'aad-owner', '2026-11-30', false],
      // The first invited participant with the role owns it.
      ['t2', 'PPR-drøftelse', 'aad-ppr', '2026-12-14', false],
      // Nobody has the role: the lead owns it until it is handed on.
      ['t3', 'Sundhedsplejen', 'aad-owner', '2026-12-07', false],
    ]);
    expect(thread.tasks.every((t) => t.createdBy === 'aad-owner')).toBe(true);
    expect(thread.version).toBe(1);
  });

  it('gets reminders for the first tasks like for any other task', () => {
    const thread = create({ firstTasks: firstTasksIn(TEMPLATE, 'da') });
    const taskReminders = desiredReminders(thread, {
      taskReminderTime: '08:00',
      meetingLeadHours: 24,
    }).filter((r) => r.kind === 'task');
    expect(taskReminders.map((r) => r.targetId).sort()).toEqual(['t1', 't2', 't3']);
  });

  it('takes the titles in the creator language and records that language on the thread', () => {
    const thread = create({ firstTasks: firstTasksIn(TEMPLATE, 'en'), language: 'en' });
    expect(thread.tasks.map((t) => t.title)).toEqual([
      'Describe observations',
      'PPR discussion',
      'Health visitor',
    ]);
    expect(thread.language).toBe('en');
    expect(create({}).language).toBeUndefined();
    expect(create({}).tasks).toEqual([]);
  });

  it('refuses a first task with an unknown role or a CPR number, creating nothing', () => {
    expect(() => create({ firstTasks: [{ title: 'Opgave', ownerRoleId: 'rektor', dueDays: 3 }] })).toThrow(
      ThreadRuleError,
    );
    expect(() =>
      create({ firstTasks: [{ title: 'Ring om 010203-1234', ownerRoleId: 'laerer', dueDays: 3 }] }),
    ).toThrow(expect.objectContaining({ code: 'CPR_REFUSED' }));
  });
});
