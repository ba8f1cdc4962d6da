import {
  formatCaseReference,
  isCaseReference,
  nextSerial,
} from '../../../../src/domain/threads/caseReference';
import { createThreadEntity } from '../../../../src/domain/threads/creation';
import { ThreadRuleError } from '../../../../src/domain/threads/errors';
import { looksLikeFullName } from '../../../../src/domain/threads/privacy';
import { desiredReminders, reminderStillValid } from '../../../../src/domain/threads/reminders';
import { applyThreadAction } from '../../../../src/domain/threads/rules';
import { danishLocalToUtc, formatDanishDateTime } from '../../../../src/domain/threads/time';
import { NOW, OWNER, ROLE_IDS, input, newThread } from './fixtures';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ThreadRuleError) return `${error.code}${error.field ? `:${error.field}` : ''}`;
    throw error;
  }
  return undefined;
}

describe('case references', () => {
  it('formats BU-<year>-<4 digits>', () => {
    expect(formatCaseReference(2026, 42)).toBe('BU-2026-0042');
    expect(isCaseReference('BU-2026-0042')).toBe(true);
    expect(isCaseReference('BU-2026-42')).toBe(false);
    expect(isCaseReference('BU-2026-0042; drop')).toBe(false);
    expect(() => formatCaseReference(2026, 10000)).toThrow(RangeError);
    expect(nextSerial(41, () => 0.5)).toBe(42);
    expect(nextSerial(9999, () => 0)).toBe(1);
  });
});

describe('createThreadEntity', () => {
  it('builds version 1 with the owner as an accepted participant and invitees by role', () => {
    const thread = newThread();
    expect(thread).toMatchObject({
      id: 'BU-2026-0042',
      version: 1,
      status: 'open',
      legalBasis: { kind: 'anonymous' },
    });
    expect(thread.participants.map((p) => [p.aadObjectId, p.roleId, p.state])).toEqual([
      ['aad-owner', 'laerer', 'accepted'],
      ['aad-p1', 'ppr-psykolog', 'invited'],
    ]);
    expect(thread.participants[1].displayName).toBeUndefined();
    expect(thread.timeline).toEqual([
      { version: 1, at: NOW.toISOString(), by: 'aad-owner', action: 'created', roleId: 'laerer' },
    ]);
  });

  it('refuses a CPR number in any field, even a participant id', () => {
    expect(codeOf(() => createThreadEntity(input({ summary: 'cpr 0102031234' }), OWNER, NOW, ROLE_IDS))).toBe(
      'CPR_REFUSED',
    );
    expect(
      codeOf(() =>
        createThreadEntity(
          input({ participants: [{ aadObjectId: '010203-1234', roleId: 'laerer' }] }),
          OWNER,
          NOW,
          ROLE_IDS,
        ),
      ),
    ).toBe('CPR_REFUSED');
  });

  it('asks to confirm a summary that looks like it holds a full name', () => {
    const named = input({ summary: 'Mads Jensen er ked af det i skolen.' });
    expect(createThreadEntity(named, OWNER, NOW, ROLE_IDS).kind).toBe('needsNameConfirmation');
    expect(createThreadEntity({ ...named, confirmNoNames: true }, OWNER, NOW, ROLE_IDS).kind).toBe('ok');
  });

  it('requires scope and recipients for parental consent', () => {
    expect(codeOf(() => createThreadEntity(input({ legalBasis: 'consent' }), OWNER, NOW, ROLE_IDS))).toBe(
      'INVALID_INPUT:consentScope',
    );
    const thread = newThread({
      legalBasis: 'consent',
      consentScope: 'Trivsel og fravær',
      consentRecipients: 'PPR og skolen',
    });
    expect(thread.legalBasis).toEqual({
      kind: 'consent',
      scope: 'Trivsel og fravær',
      recipients: 'PPR og skolen',
    });
  });

  it('refuses unknown pathways, roles, legal bases and bad meetings', () => {
    expect(codeOf(() => createThreadEntity(input({ pathway: 'x' }), OWNER, NOW, ROLE_IDS))).toBe(
      'INVALID_INPUT:pathway',
    );
    expect(codeOf(() => createThreadEntity(input({ ownerRoleId: 'chef' }), OWNER, NOW, ROLE_IDS))).toBe(
      'INVALID_INPUT:ownerRoleId',
    );
    expect(codeOf(() => createThreadEntity(input({ legalBasis: 'gossip' }), OWNER, NOW, ROLE_IDS))).toBe(
      'INVALID_INPUT:legalBasis',
    );
    expect(codeOf(() => createThreadEntity(input({ meetingDate: '2026-13-01' }), OWNER, NOW, ROLE_IDS))).toBe(
      'INVALID_INPUT:meeting',
    );
  });
});

describe('looksLikeFullName', () => {
  it.each([
    ['Mads Jensen er ked af det', true],
    ['Drengen (Anne-Sofie Holm) græder', true],
    ['Pigen i 3. klasse er ked af det. Hun siger ikke meget', false],
    ['Drøftet i Områdeteam Nord med PPR', false],
    ['Henvist til Børnehus Midt', false],
    ['A.B., 7 år', false],
    ['Alder/klassetrin: 8. klasse\nSted: Skole\nKilde: Barnet\nSikkerhedssignaler: Vold - fortalt', false],
    ['Kilde: Barnet\nMads Jensen er ked af det', true],
  ])('%s -> %s', (text, expected) => {
    expect(looksLikeFullName(text)).toBe(expected);
  });
});

describe('Danish time', () => {
  it('converts local time with summer and winter offsets', () => {
    expect(danishLocalToUtc('2026-12-03', '14:30')?.toISOString()).toBe('2026-12-03T13:30:00.000Z');
    expect(danishLocalToUtc('2026-06-03', '14:30')?.toISOString()).toBe('2026-06-03T12:30:00.000Z');
    expect(danishLocalToUtc('2026-02-31', '14:30')).toBeUndefined();
    expect(formatDanishDateTime('2026-12-03T13:30:00Z')).toContain('14.30');
  });
});

describe('reminders', () => {
  it('wants one reminder per open task (a task without a date gets the default), one before the meeting and one for the review', () => {
    let thread = newThread({ meetingDate: '2026-12-10', meetingTime: '10:00' });
    thread = applyThreadAction(
      thread,
      OWNER,
      { type: 'addTask', title: 'A', due: '2026-12-01' },
      NOW,
      ROLE_IDS,
    ).thread;
    thread = applyThreadAction(thread, OWNER, { type: 'addTask', title: 'B' }, NOW, ROLE_IDS).thread;
    const reminders = desiredReminders(thread, { taskReminderTime: '08:00', meetingLeadHours: 24 });
    expect(reminders.map((r) => [r.id, r.dueAt])).toEqual([
      ['BU-2026-0042.task-t1-20261201', '2026-12-01T07:00:00.000Z'],
      ['BU-2026-0042.task-t2-20261213', '2026-12-13T07:00:00.000Z'],
      ['BU-2026-0042.meeting-202612101000', '2026-12-09T09:00:00.000Z'],
      ['BU-2026-0042.review-20270110', '2027-01-10T07:00:00.000Z'],
    ]);
    const meeting = reminders[2];
    expect(reminderStillValid(reminders[0], thread, NOW)).toBe(true);
    const done = applyThreadAction(
      thread,
      OWNER,
      { type: 'completeTask', taskId: 't1' },
      NOW,
      ROLE_IDS,
    ).thread;
    expect(reminderStillValid(reminders[0], done, NOW)).toBe(false);
    expect(reminderStillValid(meeting, thread, new Date('2026-12-11T00:00:00Z'))).toBe(false);
    expect(reminderStillValid(meeting, undefined, NOW)).toBe(false);
  });
});
