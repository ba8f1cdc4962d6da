import { ThreadRuleError } from '../../../../src/domain/threads/errors';
import {
  cleanMultilineText,
  applyThreadAction,
  canTransition,
  permissionsFor,
  viewFor,
  type ThreadAction,
} from '../../../../src/domain/threads/rules';
import type { Actor } from '../../../../src/domain/shared/actor';
import type { CoordinationThread } from '../../../../src/domain/threads/model';
import { NOW, OUTSIDER, OWNER, PARTICIPANT, ROLE_IDS, newThread } from './fixtures';

function apply(thread: CoordinationThread, actor: Actor, action: ThreadAction) {
  return applyThreadAction(thread, actor, action, NOW, ROLE_IDS);
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ThreadRuleError) return error.code;
    throw error;
  }
  return undefined;
}

describe('status transitions', () => {
  it('follows åben -> i gang -> afventer -> lukket and never reopens', () => {
    expect(canTransition('open', 'inProgress')).toBe(true);
    expect(canTransition('inProgress', 'waiting')).toBe(true);
    expect(canTransition('waiting', 'inProgress')).toBe(true);
    expect(canTransition('waiting', 'closed')).toBe(true);
    expect(canTransition('closed', 'open')).toBe(false);
    expect(canTransition('inProgress', 'open')).toBe(false);
  });

  it('refuses closing through setStatus and moving back to åben', () => {
    const thread = apply(newThread(), OWNER, { type: 'setStatus', status: 'inProgress' }).thread;
    expect(thread.status).toBe('inProgress');
    expect(codeOf(() => apply(thread, OWNER, { type: 'setStatus', status: 'open' }))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(() => apply(thread, OWNER, { type: 'setStatus', status: 'closed' }))).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe('permissions', () => {
  it('gives each person their view', () => {
    const thread = newThread();
    expect(viewFor(thread, OWNER)).toBe('owner');
    expect(viewFor(thread, PARTICIPANT)).toBe('invited');
    expect(viewFor(thread, OUTSIDER)).toBe('outsider');
    expect(permissionsFor(thread, OUTSIDER)).toMatchObject({
      requestJoin: true,
      addTask: false,
      close: false,
    });
    expect(permissionsFor(thread, PARTICIPANT)).toMatchObject({ accept: true, addTask: false });
  });

  it('lets an invited participant accept, then update, but not close', () => {
    const accepted = apply(newThread(), PARTICIPANT, { type: 'accept' }).thread;
    expect(viewFor(accepted, PARTICIPANT)).toBe('participant');
    const participant = accepted.participants.find((p) => p.aadObjectId === 'aad-p1')!;
    expect(participant.state).toBe('accepted');
    expect(participant.displayName).toBe('Pia Deltager');
    const withTask = apply(accepted, PARTICIPANT, { type: 'addTask', title: 'Observation i klassen' }).thread;
    expect(withTask.tasks).toHaveLength(1);
    expect(codeOf(() => apply(withTask, PARTICIPANT, { type: 'close', outcome: 'x' }))).toBe('NOT_PERMITTED');
    expect(codeOf(() => apply(withTask, PARTICIPANT, { type: 'setStatus', status: 'waiting' }))).toBe(
      'NOT_PERMITTED',
    );
  });

  it('refuses every change by an outsider except asking to join', () => {
    const thread = newThread();
    expect(codeOf(() => apply(thread, OUTSIDER, { type: 'addDecision', text: 'x' }))).toBe(
      'NOT_A_PARTICIPANT',
    );
    expect(codeOf(() => apply(thread, OUTSIDER, { type: 'accept' }))).toBe('NOT_A_PARTICIPANT');
    const requested = apply(thread, OUTSIDER, { type: 'requestJoin', roleId: 'sundhedsplejerske' }).thread;
    expect(viewFor(requested, OUTSIDER)).toBe('requested');
    const approved = apply(requested, OWNER, { type: 'approveJoin', aadObjectId: 'aad-x' }).thread;
    expect(viewFor(approved, OUTSIDER)).toBe('participant');
    const rejected = apply(requested, OWNER, { type: 'rejectJoin', aadObjectId: 'aad-x' }).thread;
    expect(viewFor(rejected, OUTSIDER)).toBe('outsider');
  });

  it('makes a closed thread read-only for everyone, the owner included', () => {
    const closed = apply(newThread(), OWNER, { type: 'close', outcome: 'Afsluttet efter møde' }).thread;
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBe(NOW.toISOString());
    expect(codeOf(() => apply(closed, OWNER, { type: 'addDecision', text: 'x' }))).toBe('THREAD_CLOSED');
  });
});

describe('tasks and decisions', () => {
  it('adds, assigns and completes tasks and bumps the version each time', () => {
    let thread = apply(newThread(), PARTICIPANT, { type: 'accept' }).thread;
    expect(thread.version).toBe(2);
    thread = apply(thread, OWNER, { type: 'addTask', title: 'Ring til PPR', due: '2026-12-01' }).thread;
    expect(thread.tasks[0]).toMatchObject({ id: 't1', ownerId: 'aad-owner', due: '2026-12-01', done: false });
    thread = apply(thread, OWNER, { type: 'assignTask', taskId: 't1', ownerId: 'aad-p1' }).thread;
    expect(thread.tasks[0].ownerId).toBe('aad-p1');
    const completed = apply(thread, PARTICIPANT, { type: 'completeTask', taskId: 't1' });
    expect(completed.thread.tasks[0]).toMatchObject({ done: true, completedBy: 'aad-p1' });
    expect(completed.thread.version).toBe(5);
    expect(completed.event).toEqual({
      version: 5,
      at: NOW.toISOString(),
      by: 'aad-p1',
      action: 'taskCompleted',
      taskId: 't1',
    });
    expect(codeOf(() => apply(completed.thread, OWNER, { type: 'completeTask', taskId: 't1' }))).toBe(
      'TASK_ALREADY_DONE',
    );
    expect(codeOf(() => apply(completed.thread, OWNER, { type: 'completeTask', taskId: 't9' }))).toBe(
      'TASK_NOT_FOUND',
    );
  });

  it('refuses a task owner who is not in the thread and impossible dates', () => {
    const thread = newThread();
    expect(codeOf(() => apply(thread, OWNER, { type: 'addTask', title: 'x', ownerId: 'aad-x' }))).toBe(
      'PARTICIPANT_NOT_FOUND',
    );
    expect(codeOf(() => apply(thread, OWNER, { type: 'addTask', title: 'x', due: '2026-02-30' }))).toBe(
      'INVALID_INPUT',
    );
  });

  it('refuses CPR numbers and empty text and keeps free text out of the timeline', () => {
    const thread = newThread();
    expect(
      codeOf(() => apply(thread, OWNER, { type: 'addDecision', text: 'Barnet 010203-1234 skal ...' })),
    ).toBe('CPR_REFUSED');
    expect(codeOf(() => apply(thread, OWNER, { type: 'addDecision', text: '   ' }))).toBe('INVALID_INPUT');
    const result = apply(thread, OWNER, { type: 'addDecision', text: 'Hemmelig beslutningstekst' });
    expect(JSON.stringify(result.thread.timeline)).not.toContain('Hemmelig');
    expect(result.thread.decisions[0]).toMatchObject({ text: 'Hemmelig beslutningstekst', by: 'aad-owner' });
    expect(result.thread.lastChange).toEqual({
      by: 'aad-owner',
      at: NOW.toISOString(),
      action: 'decisionAdded',
    });
  });

  it('does not mutate the thread it was given', () => {
    const thread = newThread();
    const before = JSON.stringify(thread);
    apply(thread, OWNER, { type: 'addTask', title: 'Ny opgave' });
    expect(JSON.stringify(thread)).toBe(before);
  });
});

describe('cleanMultilineText', () => {
  it('keeps the lines a person typed, collapses spaces and blank lines', () => {
    expect(cleanMultilineText('  Aftalt:\n-  møde  i morgen \n\n\n\n- PPR  inviteres ', 200, 'text')).toBe(
      'Aftalt:\n- møde i morgen\n\n- PPR inviteres',
    );
  });

  it('refuses a CPR number written over a line break, and empty text', () => {
    expect(() => cleanMultilineText('barnet 150387\n-4303', 200, 'text')).toThrow(/CPR/);
    expect(() => cleanMultilineText(' \n \n', 200, 'text')).toThrow(/Empty/);
  });
});
