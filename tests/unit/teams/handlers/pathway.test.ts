/**
 * The pathway capability driven through botbuilder's TestAdapter and a real teams-ai Application,
 * with the real guidance service and the project's own config files.
 */
import { join } from 'node:path';
import { Application, type TurnState } from '@microsoft/teams-ai';
import { TestAdapter, type Activity } from 'botbuilder';
import type { LogFields, Logger } from '../../../../src/ports/logger';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import { createPathwayGuidanceService } from '../../../../src/services/pathwayGuidance';
import { ALL_COORDINATION_VERBS } from '../../../../src/teams/cards/coordination/verbs';
import { PATHWAY_VERBS } from '../../../../src/teams/cards/pathway/pathwayCards';
import { matchCommand } from '../../../../src/teams/commands';
import { createPathwayCapability } from '../../../../src/teams/handlers/pathway';
import { da } from '../../../../src/teams/texts/da';
import { textsFor } from '../../../../src/teams/texts';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';

const CHANNEL = { name: 'underretningsportalen', url: 'https://www.herning.dk/underretning' };
const UNKNOWN = da.common.errors.unknownAction;

function harness() {
  const logLines: { level: string; message: string; fields?: LogFields }[] = [];
  const log =
    (level: string) =>
    (message: string, fields?: LogFields): void => {
      logLines.push({ level, message, fields });
    };
  const logger: Logger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: () => logger,
  };
  let finderCalls = 0;
  const service = createPathwayGuidanceService({
    config: loadPathwayConfig(join(__dirname, '..', '..', '..', '..', 'config')),
    passageFinder: {
      findPassages: () => {
        finderCalls++;
        return [];
      },
    },
    logger,
  });
  const capability = createPathwayCapability({
    service,
    texts: textsFor,
    notificationChannel: CHANNEL,
    logger,
  });
  const app = new Application<TurnState>({ startTypingTimer: false, longRunningMessages: false });
  const registered: string[] = [];
  const originalExecute = app.adaptiveCards.actionExecute.bind(app.adaptiveCards);
  app.adaptiveCards.actionExecute = ((verb: string, handler: never) => {
    registered.push(verb);
    return originalExecute(verb, handler);
  }) as typeof app.adaptiveCards.actionExecute;
  capability.registerRoutes?.(app);
  app.adaptiveCards.actionExecute(/.*/, async () => UNKNOWN);
  // A minimal router like app.ts: the command, else free text the capability claims.
  app.message(/[\s\S]*/, async (context) => {
    const text = (context.activity.text ?? '').trim();
    const command = matchCommand(text);
    const language = /\b(the|my|he|she|what)\b/i.test(text) ? 'en' : 'da';
    if (command?.command.capability === 'pathway') {
      await capability.onMessage(context, { text, argument: command.argument, language, logger });
    } else if (capability.claimsFreeText?.(text)) {
      await capability.onMessage(context, { text, argument: text, language, logger });
    } else {
      await context.sendActivity('policy');
    }
  });
  const adapter = new TestAdapter(async (context) => {
    await app.run(context);
  });
  const base: Partial<Activity> = {
    channelId: 'msteams',
    from: { id: '29:user', name: 'Lærer', aadObjectId: 'aad-user' },
    conversation: { id: 'a:chat', conversationType: 'personal', isGroup: false, name: '' },
  };

  async function turn(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  }
  const say = (text: string) => turn({ ...base, type: 'message', text });
  const cardOf = (reply: Partial<Activity> | undefined) =>
    reply?.attachments?.[0]?.content as Record<string, unknown> | undefined;
  async function click(data: Record<string, unknown>, verb: string = PATHWAY_VERBS.classify) {
    const replies = await turn({
      ...base,
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: 'intake-1',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    });
    const response = replies.find((a) => a.type === 'invokeResponse');
    const body = (response?.value as { body: { type: string; value: unknown } }).body;
    return body.type === 'application/vnd.microsoft.card.adaptive'
      ? { card: body.value as Record<string, unknown>, message: undefined }
      : { card: undefined, message: body.value as string };
  }
  return { say, click, cardOf, logLines, registered, finderCalls: () => finderCalls };
}

const json = (v: unknown) => JSON.stringify(v);

function executeVerbs(card: unknown): string[] {
  return [...json(card).matchAll(/"type":"Action\.Execute"[^{}]*?"verb":"([^"]+)"/g)].map((m) => m[1]);
}

describe('pathway capability', () => {
  it('answers "forløb" with the intake card', async () => {
    const h = harness();
    const [reply] = await h.say('forløb');
    const card = h.cardOf(reply)!;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(json(card)).toContain(da.pathway.intake.observedLabel);
    expect(executeVerbs(card)).toEqual([PATHWAY_VERBS.classify]);
  });

  it('classifies "forløb <text>" directly, with warnings first', async () => {
    const h = harness();
    const [reply] = await h.say('forløb en elev i 8. klasse fortæller at hendes stedfar slår hende');
    const card = h.cardOf(reply)!;
    expect(validateAdaptiveCard(card)).toEqual([]);
    const body = card.body as Record<string, unknown>[];
    expect(body[0]).toMatchObject({ style: 'warning' });
    expect(json(card)).toContain('Herningmodel Social');
    expect(json(card)).toContain(CHANNEL.url);
    expect(h.finderCalls()).toBe(1);
  });

  it('claims free text that describes a concern, and leaves policy questions alone', async () => {
    const h = harness();
    const [concern] = await h.say('en elev fortæller at hendes far slår hende, hvad gør jeg?');
    expect(h.cardOf(concern)).toBeDefined();
    expect(json(h.cardOf(concern))).toContain('Du har pligt til at underrette');
    const [policy] = await h.say('hvad siger politikken om inklusion?');
    expect(policy.text).toBe('policy');
  });

  it('answers in English when the user writes English', async () => {
    const h = harness();
    const [reply] = await h.say(
      'forløb the girl (12) says she is scared to go home because her stepdad beat her',
    );
    const card = h.cardOf(reply)!;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(json(card)).toContain('Immediate danger: call 112');
    expect(json(card)).toContain('Start coordination thread');
  });

  it('refuses a CPR number before anything is processed, and logs no text', async () => {
    const h = harness();
    const replies = await h.say('forløb dreng 010203-1234 har blå mærker');
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toBe(da.common.errors.cprRefused);
    expect(h.finderCalls()).toBe(0);
    const claimed = await h.say('eleven 0102031234 fortæller at far slår ham');
    expect(claimed[0].text).toBe(da.common.errors.cprRefused);
    expect(json(h.logLines)).not.toMatch(/0102|blå|far slår/);
    expect(h.logLines.filter((l) => l.message === 'pathway description refused')).toHaveLength(2);
  });

  it('classifies the intake card and answers with the refreshed card', async () => {
    const h = harness();
    const { card } = await h.click({
      lang: 'da',
      ageOrGrade: '4 år',
      setting: 'børnehave',
      observed: 'taler meget lidt og leger alene',
    });
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(json(card)).toContain('Herningmodel Dagtilbud');
    expect(json(card)).not.toContain('Du har pligt');
  });

  it('refuses intake data with a CPR number, empty or malformed data', async () => {
    const h = harness();
    expect(
      (await h.click({ lang: 'da', ageOrGrade: '010203-1234', observed: 'hun er ked af det' })).message,
    ).toBe(da.common.errors.cprRefused);
    expect((await h.click({ lang: 'da', observed: '  ' })).message).toBe(da.pathway.errors.emptyDescription);
    expect((await h.click({ lang: 'da', observed: 42 })).message).toBe(da.common.errors.invalidCardData);
    expect(json(h.logLines)).not.toContain('ked af det');
  });

  it('has a handler for every Action.Execute verb on its cards', async () => {
    const h = harness();
    const [intake] = await h.say('forløb');
    const { card: answer } = await h.click({ lang: 'da', observed: 'han har blå mærker på halsen' });
    const verbs = [...executeVerbs(h.cardOf(intake)), ...executeVerbs(answer)];
    expect(verbs).toEqual(expect.arrayContaining([PATHWAY_VERBS.classify, 'coordination.prefill']));
    for (const verb of verbs) {
      const handled =
        h.registered.includes(verb) || (ALL_COORDINATION_VERBS as readonly string[]).includes(verb);
      expect(handled).toBe(true);
    }
  });

  it('assesses again with the triage answers: a yes raises the warning, noes do not ask again', async () => {
    const h = harness();
    const description = 'pigen på 9 år har en bule i panden og siger ikke så meget i dag';
    const { card: first } = await h.click({ lang: 'da', observed: description });
    expect(executeVerbs(first)).toContain(PATHWAY_VERBS.triage);
    expect(json(first)).not.toContain('Du har pligt');

    const yes = await h.click(
      { description, lang: 'da', dangerNow: 'no', disclosure: 'yes', unexplainedInjury: 'no' },
      PATHWAY_VERBS.triage,
    );
    expect(validateAdaptiveCard(yes.card)).toEqual([]);
    expect(json(yes.card)).toContain('Underret skriftligt i dag');
    expect(json(yes.card)).not.toContain('Ring 112 nu');

    const danger = await h.click({ description, lang: 'da', dangerNow: 'yes' }, PATHWAY_VERBS.triage);
    expect(json(danger.card)).toContain('Ring 112 nu');

    const noes = await h.click(
      { description, lang: 'da', dangerNow: 'no', disclosure: 'no', unexplainedInjury: 'no' },
      PATHWAY_VERBS.triage,
    );
    expect(json(noes.card)).not.toContain('Underret skriftligt i dag');
    expect(executeVerbs(noes.card)).not.toContain(PATHWAY_VERBS.triage);
    expect(json(h.logLines)).not.toContain('bule');
  });

  it('refuses tampered triage data and a CPR number in it', async () => {
    const h = harness();
    const tampered = await h.click({ description: 42, dangerNow: 'yes' }, PATHWAY_VERBS.triage);
    expect(tampered.message).toBe(da.common.errors.invalidCardData);
    const unknownAnswer = await h.click({ description: 'bule', dangerNow: 'maybe' }, PATHWAY_VERBS.triage);
    expect(unknownAnswer.message).toBe(da.common.errors.invalidCardData);
    const cpr = await h.click({ description: 'bule 010203-1234', dangerNow: 'no' }, PATHWAY_VERBS.triage);
    expect(cpr.message).toBe(da.common.errors.cprRefused);
  });
});
