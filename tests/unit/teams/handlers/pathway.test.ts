/**
 * The pathway capability in the real router over HTTP (the Teams harness), with the real guidance
 * service and the project's own config files; policy questions reach a stand-in that says "policy".
 */
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { loadPathwayConfig } from '@src/infrastructure/configFiles/pathwayConfig';
import type { ClassifierHost } from '@src/ports/classifierHost';
import { createPathwayGuidanceService } from '@src/services/pathwayGuidance';
import { classifierInThisThread } from '@src/services/pathwayGuidance/classifierInThisThread';
import type { Capability } from '@src/teams/capability';
import { ALL_COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { PATHWAY_VERBS } from '@src/teams/cards/pathway/verbs';
import { createPathwayCapability } from '@src/teams/handlers/pathway';
import { da } from '@src/teams/texts/da';
import { textsFor } from '@src/teams/texts';
import { validateAdaptiveCard } from '@tests/helpers/adaptiveCards';
import { recordingLogger } from '@tests/helpers/fakes';
import { startTeamsHarness, type TeamsHarness } from '@tests/helpers/teamsHarness';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const CHANNEL = { name: 'underretningsportalen', url: 'https://www.herning.dk/underretning' };
const CONFIG = loadPathwayConfig(join(__dirname, '..', '..', '..', '..', 'config'));

let running: TeamsHarness | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function harness(classifier?: ClassifierHost) {
  const logger = recordingLogger();
  let finderCalls = 0;
  const service = createPathwayGuidanceService({
    config: CONFIG,
    ...(classifier ? { classifier } : {}),
    passageFinder: {
      findPassages: () => {
        finderCalls++;
        return [];
      },
    },
    logger,
  });
  const capability = createPathwayCapability({
    cardTemplates: createCardTemplates(),
    service,
    texts: textsFor,
    notificationChannel: CHANNEL,
    logger,
  });
  const policyQuestion: Capability = {
    id: 'policyQuestion',
    async onMessage(turn) {
      await turn.send('policy');
    },
  };
  running = await startTeamsHarness({
    logger,
    capabilities: { pathway: capability, policyQuestion },
    maxMessageLength: 4000,
  });
  const teams = running;
  const registered = Object.keys(capability.routes?.cardActions ?? {});
  const say = (text: string) => teams.say(text);
  const cardOf = (reply: Partial<Activity> | undefined) =>
    reply?.attachments?.[0]?.content as Record<string, unknown> | undefined;
  async function click(data: Record<string, unknown>, verb: string = PATHWAY_VERBS.classify) {
    const { card, message } = await teams.click(verb, data, { replyToId: 'intake-1' });
    return { card, message };
  }
  return { say, click, cardOf, logLines: logger.lines, registered, finderCalls: () => finderCalls };
}

const json = (v: unknown) => JSON.stringify(v);

function executeVerbs(card: unknown): string[] {
  return [...json(card).matchAll(/"type":"Action\.Execute"[^{}]*?"verb":"([^"]+)"/g)].map((m) => m[1]);
}

describe('pathway capability', () => {
  it('answers "forløb" with the intake card', async () => {
    const h = await harness();
    const [reply] = await h.say('forløb');
    const card = h.cardOf(reply)!;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(json(card)).toContain(da.pathway.intake.observedLabel);
    expect(executeVerbs(card)).toEqual([PATHWAY_VERBS.classify]);
  });

  it('classifies "forløb <text>" directly, with warnings first', async () => {
    const h = await harness();
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
    const h = await harness();
    const [concern] = await h.say('en elev fortæller at hendes far slår hende, hvad gør jeg?');
    expect(h.cardOf(concern)).toBeDefined();
    expect(json(h.cardOf(concern))).toContain('Du har pligt til at underrette');
    const [policy] = await h.say('hvad siger politikken om inklusion?');
    expect(policy.text).toBe('policy');
  });

  it('answers a claimed concern from the claim: one classifier request a turn', async () => {
    const host = classifierInThisThread(CONFIG, { warmUp: false });
    const requests: string[] = [];
    const h = await harness({
      classify: (text, options) => (requests.push('classify'), host.classify(text, options)),
      readsAsConcern: (text) => (requests.push('readsAsConcern'), host.readsAsConcern(text)),
      classifyIfConcern: (text) => (requests.push('classifyIfConcern'), host.classifyIfConcern(text)),
      close: () => host.close(),
    });
    const [concern] = await h.say('en elev fortæller at hendes far slår hende, hvad gør jeg?');
    expect(json(h.cardOf(concern))).toContain('Du har pligt til at underrette');
    expect(requests).toEqual(['classifyIfConcern']);
  });

  it('answers in English when the user writes English', async () => {
    const h = await harness();
    const [reply] = await h.say(
      'forløb the girl (12) says she is scared to go home because her stepdad beat her',
    );
    const card = h.cardOf(reply)!;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(json(card)).toContain('Immediate danger: call 112');
    expect(json(card)).toContain('Start coordination thread');
  });

  it('refuses a CPR number before anything is processed, and logs no text', async () => {
    const h = await harness();
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
    const h = await harness();
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
    const h = await harness();
    expect(
      (await h.click({ lang: 'da', ageOrGrade: '010203-1234', observed: 'hun er ked af det' })).message,
    ).toBe(da.common.errors.cprRefused);
    expect((await h.click({ lang: 'da', observed: '  ' })).message).toBe(da.pathway.errors.emptyDescription);
    expect((await h.click({ lang: 'da', observed: 42 })).message).toBe(da.common.errors.invalidCardData);
    expect(json(h.logLines)).not.toContain('ked af det');
  });

  it('has a handler for every Action.Execute verb on its cards', async () => {
    const h = await harness();
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
    const h = await harness();
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
    const h = await harness();
    const tampered = await h.click({ description: 42, dangerNow: 'yes' }, PATHWAY_VERBS.triage);
    expect(tampered.message).toBe(da.common.errors.invalidCardData);
    const unknownAnswer = await h.click({ description: 'bule', dangerNow: 'maybe' }, PATHWAY_VERBS.triage);
    expect(unknownAnswer.message).toBe(da.common.errors.invalidCardData);
    const cpr = await h.click({ description: 'bule 010203-1234', dangerNow: 'no' }, PATHWAY_VERBS.triage);
    expect(cpr.message).toBe(da.common.errors.cprRefused);
  });
});
