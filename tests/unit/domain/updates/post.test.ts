import {
  acknowledgementsCsv,
  assertAcknowledgeable,
  createDraft,
  editPublished,
  isDue,
  MAX_BODY_BYTES,
  publishDue,
  publishOrSchedule,
  retract,
  reviseDraft,
  THEME_TAGS,
  UpdateRuleError,
  utf8JsonBytes,
  validatePostContent,
  localToIso,
  isoToLocal,
  formatDanishDateTime,
  formatDanishDate,
  type KnowledgePost,
  type PostContentInput,
} from '../../../../src/domain/updates';
import { AUTHOR_OID, testAudiences, validInput } from './fixtures';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const audiences = testAudiences();

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof UpdateRuleError) return error.code;
    throw error;
  }
  return 'no error';
}

function validate(input: PostContentInput) {
  return validatePostContent(input, { audiences, now: NOW });
}

function draft(overrides: Partial<Record<keyof PostContentInput, unknown>> = {}): KnowledgePost {
  return createDraft(
    'u1',
    { id: AUTHOR_OID, role: 'skoleleder', roleLabel: 'Skoleleder', unit: 'Eksempelskolen' },
    validate(validInput(overrides)),
    NOW,
  );
}

describe('theme tags', () => {
  it('are the four policy themes and the four Meningsfulde Fællesskaber themes', () => {
    expect(THEME_TAGS.map((tag) => tag.label)).toEqual([
      'Dannelse',
      'Leg og læring',
      'Forældre og netværk',
      'Vores fælles børn og unge',
      'Fællesskaber',
      'Barnets og den unges perspektiv',
      'De voksnes rolle',
      'Dygtige fagprofessionelle',
    ]);
  });
});

describe('validatePostContent', () => {
  it('normalises a valid form submission', () => {
    const content = validate(validInput({ title: '  Ny   praksis ', sendAt: '2026-03-03T07:30:00+01:00' }));
    expect(content).toEqual({
      title: 'Ny praksis',
      bodyMarkdown: expect.stringContaining('samme skema'),
      tags: ['leg-og-laering', 'faellesskaber'],
      audienceIds: ['kanal-1', 'kanal-2'],
      link: 'https://www.herning.dk/',
      addToKnowledgeBase: true,
      sendAt: '2026-03-03T06:30:00.000Z',
    });
  });

  it.each([
    ['empty title', { title: '   ' }, 'EMPTY_TITLE'],
    ['missing title', { title: undefined }, 'EMPTY_TITLE'],
    ['title too long', { title: 'x'.repeat(151) }, 'TITLE_TOO_LONG'],
    ['empty body', { bodyMarkdown: '\n ' }, 'EMPTY_BODY'],
    ['CPR number in the body', { bodyMarkdown: 'Barnet 010203-1234 skal ...' }, 'CPR_IN_CONTENT'],
    ['unknown tag', { tags: 'dannelse,hemmelig' }, 'UNKNOWN_TAG'],
    ['no audience', { audienceIds: '' }, 'NO_AUDIENCE'],
    ['unknown audience', { audienceIds: 'kanal-1,kanal-99' }, 'UNKNOWN_AUDIENCE'],
    ['link that is not http', { link: 'javascript:alert(1)' }, 'INVALID_LINK'],
    ['link that is not a URL', { link: 'se intranettet' }, 'INVALID_LINK'],
    ['send time without zone', { sendAt: '2026-03-03T07:30' }, 'INVALID_SEND_TIME'],
    ['send time in the past', { sendAt: '2026-03-02T08:00:00Z' }, 'SEND_TIME_IN_PAST'],
    ['send time more than a year ahead', { sendAt: '2027-06-01T08:00:00Z' }, 'SEND_TIME_TOO_FAR'],
  ])('refuses %s', (_label, overrides, code) => {
    expect(codeOf(() => validate(validInput(overrides)))).toBe(code);
  });

  it('accepts a send time a minute ago (slow click) but not ten minutes ago', () => {
    expect(validate(validInput({ sendAt: '2026-03-02T08:59:00Z' })).sendAt).toBe('2026-03-02T08:59:00.000Z');
    expect(codeOf(() => validate(validInput({ sendAt: '2026-03-02T08:50:00Z' })))).toBe('SEND_TIME_IN_PAST');
  });

  it('limits the body by its UTF-8 JSON size, so Danish letters count double', () => {
    expect(utf8JsonBytes('æøå')).toBe(6);
    expect(utf8JsonBytes('a"b\n')).toBe(6);
    const atLimit = 'a'.repeat(MAX_BODY_BYTES);
    expect(validate(validInput({ bodyMarkdown: atLimit })).bodyMarkdown).toHaveLength(MAX_BODY_BYTES);
    expect(codeOf(() => validate(validInput({ bodyMarkdown: `${atLimit}b` })))).toBe('BODY_TOO_LARGE');
    expect(codeOf(() => validate(validInput({ bodyMarkdown: 'ø'.repeat(MAX_BODY_BYTES / 2 + 1) })))).toBe(
      'BODY_TOO_LARGE',
    );
  });

  it('accepts arrays as well as comma lists and de-duplicates', () => {
    const content = validate(validInput({ tags: ['dannelse', 'dannelse'], audienceIds: ['kanal-3'] }));
    expect(content.tags).toEqual(['dannelse']);
    expect(content.audienceIds).toEqual(['kanal-3']);
  });
});

describe('life cycle', () => {
  it('publishes a draft without send time at once', () => {
    const published = publishOrSchedule(draft(), 1, NOW);
    expect(published).toMatchObject({ status: 'published', version: 2, publishedAt: NOW.toISOString() });
  });

  it('schedules a draft with a future send time and publishes it when due', () => {
    const scheduled = publishOrSchedule(draft({ sendAt: '2026-03-02T10:00:00Z' }), 1, NOW);
    expect(scheduled.status).toBe('scheduled');
    expect(isDue(scheduled, NOW)).toBe(false);
    const later = new Date('2026-03-02T10:00:01Z');
    expect(isDue(scheduled, later)).toBe(true);
    expect(publishDue(scheduled, later)).toMatchObject({ status: 'published', version: 3 });
    expect(codeOf(() => publishDue(scheduled, NOW))).toBe('INVALID_TRANSITION');
  });

  it('refuses to publish when the send time has passed meanwhile', () => {
    const post = draft({ sendAt: '2026-03-02T10:00:00Z' });
    expect(codeOf(() => publishOrSchedule(post, 1, new Date('2026-03-02T11:00:00Z')))).toBe(
      'SEND_TIME_IN_PAST',
    );
  });

  it('refuses a change based on an old version', () => {
    const post = reviseDraft(draft(), 1, validate(validInput({ title: 'Ny titel' })), NOW);
    expect(post.version).toBe(2);
    expect(codeOf(() => reviseDraft(post, 1, validate(validInput()), NOW))).toBe('STALE_VERSION');
    expect(codeOf(() => publishOrSchedule(post, 1, NOW))).toBe('STALE_VERSION');
  });

  it('saving a scheduled post makes it a draft again', () => {
    const scheduled = publishOrSchedule(draft({ sendAt: '2026-03-02T10:00:00Z' }), 1, NOW);
    const saved = reviseDraft(scheduled, scheduled.version, validate(validInput({ link: '' })), NOW);
    expect(saved.status).toBe('draft');
    expect(saved.sendAt).toBeUndefined();
    expect(saved.link).toBeUndefined();
  });

  it('edits a published post but keeps its audience, and marks it edited', () => {
    const published = publishOrSchedule(draft(), 1, NOW);
    const edited = editPublished(
      published,
      2,
      validate(validInput({ title: 'Rettet', audienceIds: 'kanal-3' })),
      new Date('2026-03-02T12:00:00Z'),
    );
    expect(edited).toMatchObject({ title: 'Rettet', audienceIds: ['kanal-1', 'kanal-2'], version: 3 });
    expect(edited.editedAt).toBe('2026-03-02T12:00:00.000Z');
    expect(codeOf(() => editPublished(draft(), 1, validate(validInput()), NOW))).toBe('INVALID_TRANSITION');
  });

  it('retracts published and scheduled posts, not drafts; a retracted post is final', () => {
    const published = publishOrSchedule(draft(), 1, NOW);
    const retracted = retract(published, 2, NOW);
    expect(retracted.status).toBe('retracted');
    expect(codeOf(() => retract(retracted, 3, NOW))).toBe('POST_RETRACTED');
    expect(codeOf(() => retract(draft(), 1, NOW))).toBe('INVALID_TRANSITION');
    expect(codeOf(() => publishOrSchedule(retracted, 3, NOW))).toBe('POST_RETRACTED');
    expect(codeOf(() => editPublished(retracted, 3, validate(validInput()), NOW))).toBe('POST_RETRACTED');
  });

  it('allows acknowledgement only of published posts', () => {
    const published = publishOrSchedule(draft(), 1, NOW);
    expect(() => assertAcknowledgeable(published)).not.toThrow();
    expect(codeOf(() => assertAcknowledgeable(draft()))).toBe('NOT_PUBLISHED');
    expect(codeOf(() => assertAcknowledgeable(retract(published, 2, NOW)))).toBe('POST_RETRACTED');
  });
});

describe('acknowledgementsCsv', () => {
  const headers = { name: 'Navn', upn: 'Bruger', time: 'Tidspunkt', version: 'Version' };

  it('sorts by time, quotes separators and defuses spreadsheet formulas', () => {
    const csv = acknowledgementsCsv(
      [
        {
          postId: 'u1',
          userId: 'b',
          name: 'Hansen, Bo',
          acknowledgedAt: '2026-03-02T10:00:00Z',
          postVersion: 2,
        },
        {
          postId: 'u1',
          userId: 'a',
          name: '=HYPERLINK("x")',
          upn: 'a@x.dk',
          acknowledgedAt: '2026-03-02T09:00:00Z',
          postVersion: 2,
        },
      ],
      headers,
      (iso) => iso.slice(11, 16),
    );
    expect(csv.split('\r\n')).toEqual([
      'Navn,Bruger,Tidspunkt,Version',
      `"'=HYPERLINK(""x"")",a@x.dk,09:00,2`,
      '"Hansen, Bo",b,10:00,2',
    ]);
  });
});

describe('Danish local time', () => {
  it('converts form input in winter and summer time and back', () => {
    expect(localToIso('2026-01-15', '08:00')).toBe('2026-01-15T07:00:00.000Z');
    expect(localToIso('2026-07-01', '08:00')).toBe('2026-07-01T06:00:00.000Z');
    expect(isoToLocal('2026-07-01T06:00:00.000Z')).toEqual({ date: '2026-07-01', time: '08:00' });
    expect(formatDanishDateTime('2026-03-03T06:30:00Z')).toBe('3. marts 2026 kl. 07.30');
    expect(formatDanishDate('2026-12-31T23:30:00Z')).toBe('1. januar 2027');
  });

  it('rejects malformed and non-existent times', () => {
    expect(localToIso('2026-13-01', '08:00')).toBeUndefined();
    expect(localToIso('2026-01-01', '8')).toBeUndefined();
    expect(localToIso('2026-03-29', '02:30')).toBeUndefined();
  });
});
