/**
 * The pathway templates on the creation form: the pathway card's suggested roles and the template's
 * roles fill the participant rows, the template's first tasks are shown and created, and a tampered
 * list of roles is refused before anything is reserved.
 */
import {
  createThreadTemplates,
  threadTemplatesSchema,
  type ThreadTemplates,
} from '@src/domain/threads/templates';
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { da } from '@src/teams/texts/da';
import { en } from '@src/teams/texts/en';
import { roles } from '@tests/unit/services/coordination/helpers';
import { coordinationHarness, json, PPR } from '@tests/helpers/coordinationSetup';

const templates: ThreadTemplates = createThreadTemplates(
  threadTemplatesSchema(roles.roleIds).parse({
    version: 1,
    templates: {
      social: {},
      dagtilbud: {},
      skolestart: {},
      andet: {},
      skole: {
        invite: ['raadgiver', 'ppr-psykolog'],
        firstTasks: [
          { title: { da: 'Samtale med eleven', en: 'Talk with the pupil' }, ownerRole: 'laerer', dueDays: 7 },
          {
            title: { da: 'Anonym drøftelse med PPR', en: 'Anonymous discussion with PPR' },
            ownerRole: 'ppr-psykolog',
            dueDays: 21,
          },
        ],
      },
    },
  }),
);

const PREFILL = {
  pathway: 'skole',
  ageOrGrade: '4. klasse',
  summary: 'Eleven er meget fraværende.',
  roles: 'ppr-psykolog,sundhedsplejerske',
};

/** The inputs of a rendered form by id, with their preset values. */
function inputs(card: unknown): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.'))
        found.set(String(record.id), record.value);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

function submitData(card: unknown): Record<string, unknown> {
  const actions = (card as { actions: { verb: string; data: Record<string, unknown> }[] }).actions;
  return actions.find((a) => a.verb === COORDINATION_VERBS.create)!.data;
}

describe('coordination form from a pathway template', () => {
  it('preselects the card roles, then the template roles, and lists the first tasks', async () => {
    const h = coordinationHarness({ templates });
    const { card } = await h.click(COORDINATION_VERBS.prefill, { prefill: PREFILL });
    const values = inputs(card);
    expect([1, 2, 3, 4].map((n) => values.get(`p${n}Role`))).toEqual([
      'ppr-psykolog',
      'sundhedsplejerske',
      'raadgiver',
      'none',
    ]);
    expect(values.get('useFirstTasks')).toBe('true');
    expect(submitData(card)).toMatchObject({ caseRef: 'BU-2026-0001', suggestedRows: '1,2,3', lang: 'da' });
    const text = json(card);
    expect(text).toContain(da.coordination.form.suggestedRolesHint);
    expect(text).toContain('Samtale med eleven (Lærer, frist efter 7 dage)');
    expect(text).toContain('Anonym drøftelse med PPR (PPR-psykolog, frist efter 21 dage)');
  });

  it('creates the thread with the first tasks; a suggested role left without a colleague is skipped', async () => {
    const h = coordinationHarness({ templates });
    const { card } = await h.click(COORDINATION_VERBS.prefill, { prefill: PREFILL });
    const created = await h.click(COORDINATION_VERBS.create, {
      ...submitData(card),
      ageOrGrade: '4. klasse',
      pathway: 'skole',
      summary: 'Eleven er meget fraværende.',
      legalBasis: 'anonymous',
      ownerRole: 'laerer',
      placement: 'here',
      p1Role: 'ppr-psykolog',
      p1User: 'aad-ppr',
      p2Role: 'sundhedsplejerske',
      p2User: 'none',
      p3Role: 'raadgiver',
      p3User: 'none',
      useFirstTasks: 'true',
    });
    expect(json(created.card)).toContain(da.coordination.card.viewNotes.owner);
    const thread = await h.stored('BU-2026-0001');
    expect(thread?.participants.map((p) => [p.aadObjectId, p.roleId])).toEqual([
      ['aad-owner', 'laerer'],
      ['aad-ppr', 'ppr-psykolog'],
    ]);
    expect(thread?.tasks.map((t) => [t.title, t.ownerId, t.due])).toEqual([
      ['Samtale med eleven', 'aad-owner', '2026-12-06'],
      ['Anonym drøftelse med PPR', 'aad-ppr', '2026-12-20'],
    ]);
  });

  it('creates no first tasks when the creator unticks them, and still refuses a chosen role without a person', async () => {
    const h = coordinationHarness({ templates });
    const { card } = await h.click(COORDINATION_VERBS.prefill, { prefill: PREFILL });
    const base = {
      ...submitData(card),
      ageOrGrade: '4. klasse',
      pathway: 'skole',
      summary: 'Eleven er meget fraværende.',
      legalBasis: 'anonymous',
      ownerRole: 'laerer',
      placement: 'here',
      p1Role: 'ppr-psykolog',
      p1User: PPR.aadObjectId,
    };
    // Row 4 was not suggested: a role there without a person is a mistake, as before.
    const refused = await h.click(COORDINATION_VERBS.create, {
      ...base,
      p4Role: 'raadgiver',
      p4User: 'none',
    });
    expect(json(refused.card)).toContain(da.coordination.fieldErrors.participants);
    expect(await h.stored('BU-2026-0001')).toBeUndefined();
    // The form shown again keeps its suggested rows.
    expect(submitData(refused.card).suggestedRows).toBe('1,2,3');
    await h.click(COORDINATION_VERBS.create, { ...base, useFirstTasks: 'false' });
    expect((await h.stored('BU-2026-0001'))?.tasks).toEqual([]);
  });

  it('refuses tampered role suggestions with a Danish message, before a case number is reserved', async () => {
    const h = coordinationHarness({ templates });
    for (const roles of ['ppr-psykolog,rektor', 'laerer,'.repeat(9), '<script>']) {
      const refused = await h.click(COORDINATION_VERBS.prefill, { prefill: { ...PREFILL, roles } });
      expect(refused.message).toBe(da.coordination.form.invalidSuggestions);
      expect(refused.sent).toEqual([]);
    }
    const notAString = await h.click(COORDINATION_VERBS.prefill, {
      prefill: { ...PREFILL, roles: ['laerer'] },
    });
    expect(notAString.message).toBe(da.common.errors.invalidCardData);
    // Nothing was used up: the next form still gets the first case number.
    const { card } = await h.click(COORDINATION_VERBS.prefill, { prefill: PREFILL });
    expect(submitData(card).caseRef).toBe('BU-2026-0001');
    // Tampered rows on the form itself are invalid card data, and nothing is created.
    const tampered = await h.click(COORDINATION_VERBS.create, {
      ...submitData(card),
      suggestedRows: '1;drop',
    });
    expect(tampered.message).toBe(da.common.errors.invalidCardData);
    expect(await h.stored('BU-2026-0001')).toBeUndefined();
  });

  it('opens the form in English for an English Teams locale or an English pathway card', async () => {
    const h = coordinationHarness({ templates });
    const byLocale = await h.click(COORDINATION_VERBS.prefill, { prefill: PREFILL }, undefined, {
      locale: 'en-GB',
    });
    const byCard = await h.click(COORDINATION_VERBS.prefill, { prefill: { ...PREFILL, lang: 'en' } });
    for (const { card } of [byLocale, byCard]) {
      const text = json(card);
      expect(text).toContain(en.coordination.form.title);
      expect(text).toContain('Talk with the pupil (Lærer, due after 7 days)');
      expect(text).not.toContain(da.coordination.form.submit);
      expect(submitData(card).lang).toBe('en');
    }
  });
});
