/**
 * Consent over time: the lead updates the scope and recipients of consent (dated) or registers that
 * it was withdrawn; after a withdrawal only the lead sees the content and may act, until a new
 * legal basis is recorded. Bad input gets a Danish message and changes nothing.
 */
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { da } from '@src/teams/texts/da';
import {
  FORM,
  PPR,
  coordinationHarness,
  createThread,
  expectUnchanged,
  THREAD_ID,
  json,
  type CoordinationHarness,
} from '@tests/helpers/coordinationSetup';

const ID = THREAD_ID;
const T = da.coordination;
const CONSENT_FORM = {
  ...FORM,
  legalBasis: 'consent',
  consentScope: 'Skolegang og trivsel',
  consentRecipients: 'PPR og skolen',
};

/** A consent thread where the psychologist has accepted: version 2. */
async function consentThread(form: Record<string, unknown> = CONSENT_FORM): Promise<CoordinationHarness> {
  return createThread(coordinationHarness(), form, [PPR]);
}

describe('consent over time', () => {
  it('lets the lead update the scope and recipients, dated and audited; participants see the new scope', async () => {
    const h = await consentThread();
    h.clock.set('2026-12-05T09:00:00Z');
    await h.click(COORDINATION_VERBS.setLegalBasis, {
      threadId: ID,
      version: 2,
      newLegalBasis: 'consent',
      newConsentScope: 'Skolegang, trivsel og helbred',
      newConsentRecipients: 'PPR, skolen og sundhedsplejen',
    });
    const stored = await h.stored(ID);
    expect(stored?.legalBasis).toEqual({
      kind: 'consent',
      scope: 'Skolegang, trivsel og helbred',
      recipients: 'PPR, skolen og sundhedsplejen',
    });
    expect(stored?.legalBasisRecordedAt).toBe('2026-12-05T09:00:00.000Z');
    const view = json((await h.click(COORDINATION_VERBS.refresh, { threadId: ID }, PPR)).card);
    expect(view).toContain('Skolegang, trivsel og helbred');
    expect(view).toContain(T.card.legalBasisSince('5. dec. 2026'));
    const audit = await h.storage.auditLog.read(`coordination-audit.${ID}`);
    expect(audit.find((e) => e.action === 'legalBasisRecorded')).toMatchObject({ subject: 'consent' });
    expect(json(audit)).not.toContain('helbred');
  });

  it('after a withdrawal only the lead sees the content; a participant acting is refused in Danish', async () => {
    const h = await consentThread();
    await h.click(COORDINATION_VERBS.withdrawConsent, { threadId: ID, version: 2 });
    expect((await h.stored(ID))?.consentWithdrawnAt).toBeDefined();

    const lead = json((await h.click(COORDINATION_VERBS.refresh, { threadId: ID })).card);
    expect(lead).toContain(FORM.summary);
    expect(lead).toContain('Kun du ser indholdet');

    const ppr = json((await h.click(COORDINATION_VERBS.refresh, { threadId: ID }, PPR)).card);
    expect(ppr).not.toContain(FORM.summary);
    expect(ppr).not.toContain('Skolegang og trivsel');
    expect(ppr).toContain(T.shared.consentWithdrawn);

    await expectUnchanged(h, async () => {
      const refused = await h.click(
        COORDINATION_VERBS.addTask,
        { threadId: ID, version: 3, taskTitle: 'Ring hjem' },
        PPR,
      );
      const card = json(refused.card);
      expect(card).toContain(T.notes.consentWithdrawn);
      expect(card).toContain(T.shared.consentWithdrawn);
      expect(card).not.toContain(FORM.summary);
    });
    expect((await h.service.myWork({ id: 'aad-ppr' })).threads).toEqual([]);
    // The shared message no longer offers the participant a personal refresh.
    const lastUpdate = h.messenger.calls.filter((c) => c.kind === 'update').at(-1);
    expect(json(lastUpdate)).not.toContain('29:ppr');
    expect(json(lastUpdate)).not.toContain(FORM.summary);
  });

  it('a new legal basis opens the content to the participants again', async () => {
    const h = await consentThread();
    await h.click(COORDINATION_VERBS.withdrawConsent, { threadId: ID, version: 2 });
    await h.click(COORDINATION_VERBS.setLegalBasis, {
      threadId: ID,
      version: 3,
      newLegalBasis: 'sameAuthority',
    });
    const stored = await h.stored(ID);
    expect(stored?.consentWithdrawnAt).toBeUndefined();
    expect(stored?.legalBasis).toEqual({ kind: 'sameAuthority' });
    const ppr = json((await h.click(COORDINATION_VERBS.refresh, { threadId: ID }, PPR)).card);
    expect(ppr).toContain(FORM.summary);
  });

  it('refuses a withdrawal without consent, a participant changing the basis, and consent without scope', async () => {
    const h = await consentThread(FORM);
    await expectUnchanged(h, async () => {
      const none = await h.click(COORDINATION_VERBS.withdrawConsent, { threadId: ID, version: 2 });
      expect(json(none.card)).toContain(T.notes.noConsent);
      const notLead = await h.click(
        COORDINATION_VERBS.setLegalBasis,
        { threadId: ID, version: 2, newLegalBasis: 'ssp' },
        PPR,
      );
      expect(json(notLead.card)).toContain(T.notes.notPermitted);
      const noScope = await h.click(COORDINATION_VERBS.setLegalBasis, {
        threadId: ID,
        version: 2,
        newLegalBasis: 'consent',
        newConsentScope: '',
      });
      expect(json(noScope.card)).toContain(T.fieldErrors.consentScope);
      const cpr = await h.click(COORDINATION_VERBS.setLegalBasis, {
        threadId: ID,
        version: 2,
        newLegalBasis: 'consent',
        newConsentScope: 'Alt om 010203-1234',
        newConsentRecipients: 'PPR',
      });
      expect(json(cpr.card)).toContain(da.common.errors.cprRefused);
    });
  });

  it('refuses a withdrawal from a stale card', async () => {
    const h = await consentThread();
    await expectUnchanged(h, async () => {
      const stale = await h.click(COORDINATION_VERBS.withdrawConsent, { threadId: ID, version: 1 });
      expect(json(stale.card)).toContain(T.notes.stale);
    });
  });
});
