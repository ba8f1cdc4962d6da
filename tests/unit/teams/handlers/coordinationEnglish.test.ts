/**
 * A user whose Teams locale is English gets English replies and their own English view; what is
 * posted in the shared conversation (the minimal card, reminders) follows the thread's creator.
 */
import type { Reminder } from '@src/domain/threads/reminders';
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { createCoordinationReminderPresenter } from '@src/teams/handlers/coordination';
import { da } from '@src/teams/texts/da';
import { en } from '@src/teams/texts/en';
import { roles } from '@tests/unit/services/coordination/helpers';
import { coordinationHarness, FORM, json, OWNER, PPR } from '@tests/helpers/coordinationSetup';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const ENGLISH = { locale: 'en-US' };

describe('coordination for an English Teams locale', () => {
  it('answers in English: the form, the own view, refusals; the shared card follows the creator', async () => {
    const h = coordinationHarness();
    const [form] = await h.say('new thread', OWNER, ENGLISH);
    expect(json(form)).toContain(en.coordination.form.title);
    const created = await h.click(COORDINATION_VERBS.create, FORM, OWNER, ENGLISH);
    expect(json(created.card)).toContain(en.coordination.card.viewNotes.owner);
    expect(json(created.card)).toContain('3 Dec 2026, 14:30');
    expect(json(created.card)).not.toContain('dec. 2026');
    const shared = () => h.messenger.calls.filter((c) => c.kind === 'update' || c.kind === 'post');
    expect(shared()).toHaveLength(1);
    expect(json(shared()[0])).toContain(en.coordination.shared.privacyNote);

    // Someone with Danish Teams sees their own view in Danish; the shared message stays English.
    const accepted = await h.click(COORDINATION_VERBS.accept, { threadId: 'BU-2026-0001', version: 1 }, PPR);
    expect(json(accepted.card)).toContain(da.coordination.card.viewNotes.participant);
    expect(json(accepted.card)).toContain('3. dec. 2026');
    expect(shared()).toHaveLength(2);
    for (const call of shared()) expect(json(call)).not.toContain(da.coordination.shared.privacyNote);

    const invalid = await h.click(COORDINATION_VERBS.accept, { threadId: 'nope' }, OWNER, ENGLISH);
    expect(invalid.message).toBe(en.common.errors.invalidCardData);
    const [personalOnly] = await h.say('my cases', OWNER, ENGLISH);
    expect(personalOnly.text).toBe(en.coordination.myWork.personalOnly);
  });

  it('posts reminders in the language of the thread creator', async () => {
    const h = coordinationHarness();
    await h.click(COORDINATION_VERBS.create, FORM, OWNER, ENGLISH);
    const thread = (await h.stored('BU-2026-0001'))!;
    const present = createCoordinationReminderPresenter(createCardTemplates(), roles);
    const reminder: Reminder = {
      id: 'r1',
      threadId: thread.id,
      kind: 'meeting',
      targetId: thread.nextMeeting!.local,
      targetWhen: thread.nextMeeting!.local,
      dueAt: '2026-12-02T13:30:00.000Z',
      state: 'pending',
      attempts: 0,
    };
    const english = json(present(reminder, thread).card);
    expect(english).toContain(en.coordination.reminders.meetingTitle);
    expect(english).toContain('3 Dec 2026, 14:30');
    const danish = json(present(reminder, { ...thread, language: undefined }).card);
    expect(danish).toContain(da.coordination.reminders.meetingTitle);
  });
});
