/** `mine sager` and `mine opgaver` in the 1:1 chat: only the person's own threads and tasks, paged. */
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { da } from '@src/teams/texts/da';
import { validateAdaptiveCard } from '@tests/helpers/adaptiveCards';
import { FORM, OUTSIDER, PPR, coordinationHarness, json, type User } from '@tests/helpers/coordinationSetup';

const PERSONAL = { conversationId: 'a:personal-ppr', conversationType: 'personal' as const, replyToId: null };
const M = da.coordination.myWork;

/** Twelve threads with the psychologist invited; the first accepted with one overdue and one later task. */
async function twelveThreads() {
  const h = coordinationHarness();
  for (let n = 1; n <= 12; n++) {
    const caseRef = `BU-2026-${String(n).padStart(4, '0')}`;
    await h.click(COORDINATION_VERBS.create, { ...FORM, caseRef }, undefined, { replyToId: `form-${n}` });
  }
  const first = { threadId: 'BU-2026-0001' };
  const where = { replyToId: 'form-1' };
  await h.click(COORDINATION_VERBS.accept, { ...first, version: 1 }, PPR, where);
  await h.click(
    COORDINATION_VERBS.addTask,
    { ...first, version: 2, taskTitle: 'Observation i klassen', taskOwner: 'aad-ppr', taskDue: '2026-11-27' },
    PPR,
    where,
  );
  await h.click(
    COORDINATION_VERBS.addTask,
    { ...first, version: 3, taskTitle: 'Samtale med forældre', taskOwner: 'aad-ppr', taskDue: '2026-12-10' },
    PPR,
    where,
  );
  return h;
}

async function ask(h: Awaited<ReturnType<typeof twelveThreads>>, text: string, user: User = PPR) {
  const replies = await h.say(text, user, PERSONAL);
  expect(replies).toHaveLength(1);
  const card = replies[0].attachments?.[0]?.content as Record<string, unknown>;
  expect(validateAdaptiveCard(card)).toEqual([]);
  return card;
}

describe('mine sager', () => {
  it('lists my open threads ten to a page with status, next meeting and a link to the thread', async () => {
    const h = await twelveThreads();
    const first = await ask(h, 'mine sager');
    const text = json(first);
    expect(text).toContain(M.casesTitle(12));
    expect(text).toContain(M.pageLabel(1, 2));
    expect(text).toContain('3. dec. 2026, 14.30');
    expect(text).toContain(M.tasksLine(2, 1));
    expect(text).toContain('https://teams.microsoft.com/l/message/a%3Achat-1/form-1');
    expect(text.match(/BU-2026-\d{4}/g)).toHaveLength(10);
    expect(text).not.toContain(FORM.summary);

    const second = await h.click(COORDINATION_VERBS.myWork, { list: 'cases', page: 1 }, PPR, PERSONAL);
    expect(json(second.card).match(/BU-2026-\d{4}/g)).toHaveLength(2);
    expect(json(second.card)).toContain(M.pageLabel(2, 2));
    expect(json(second.card)).toContain(M.previous);
  });

  it('lists my open tasks with due dates, the overdue one marked', async () => {
    const h = await twelveThreads();
    const card = json(await ask(h, 'mine opgaver'));
    expect(card).toContain(M.tasksTitle(2));
    expect(card.indexOf('Observation i klassen')).toBeLessThan(card.indexOf('Samtale med forældre'));
    expect(card).toContain(`BU-2026-0001 · ${da.coordination.card.taskDue}: 27. nov. 2026 · ${M.overdue}`);
    expect(card).toContain('"color":"Attention"');
    expect(card.match(new RegExp(M.overdue, 'g'))).toHaveLength(1);
  });

  it('shows nothing to someone who takes part in no thread', async () => {
    const h = await twelveThreads();
    const card = json(await ask(h, 'mine sager', OUTSIDER));
    expect(card).toContain(M.noCases);
    expect(card).not.toMatch(/BU-2026-\d{4}/);
  });

  it('answers only in the 1:1 chat: in a group chat it sends no list', async () => {
    const h = await twelveThreads();
    const replies = await h.say('mine sager', PPR);
    expect(replies.map((r) => r.text)).toEqual([M.personalOnly]);
    expect(json(replies)).not.toMatch(/BU-2026-\d{4}/);
    const page = await h.click(COORDINATION_VERBS.myWork, { list: 'cases', page: 1 }, PPR);
    expect(page.message).toBe(M.personalOnly);
    const bad = await h.click(COORDINATION_VERBS.myWork, { list: 'everything', page: -1 }, PPR, PERSONAL);
    expect(bad.message).toBe(da.common.errors.invalidCardData);
  });
});
