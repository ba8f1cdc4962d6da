import { ThreadRuleError } from '../../../../../src/domain/threads/errors';
import { DeliveryError, RateLimitedError } from '../../../../../src/ports/outboundMessenger';
import { StorageUnavailableError } from '../../../../../src/ports/storage';
import {
  JournalNotAllowedError,
  NotAdminError,
} from '../../../../../src/services/coordination/coordinationService';
import { InvalidCardData, type Ui } from '../../../../../src/teams/handlers/coordination/env';
import { errorReply, noteFor } from '../../../../../src/teams/handlers/coordination/errors';
import { da } from '../../../../../src/teams/texts/da';
import { en } from '../../../../../src/teams/texts/en';
import { roles, silentLogger } from '../../../services/coordination/helpers';

const ui = (texts: typeof da, language: 'da' | 'en'): Ui => ({
  language,
  t: texts.coordination,
  errors: texts.common.errors,
  cardContext: { texts: texts.coordination, roles, language },
});
const DA = ui(da, 'da');
const EN = ui(en, 'en');

describe('the coordination error mapping', () => {
  it('gives every known failure its message, in the user language', () => {
    const logger = silentLogger();
    const cases: [unknown, string, string][] = [
      [new InvalidCardData(), da.common.errors.invalidCardData, en.common.errors.invalidCardData],
      [new NotAdminError(), da.coordination.notAdmin, en.coordination.notAdmin],
      [new JournalNotAllowedError(), da.coordination.journal.notAllowed, en.coordination.journal.notAllowed],
      [
        new ThreadRuleError('NOT_PERMITTED', 'x'),
        da.common.errors.invalidCardData,
        en.common.errors.invalidCardData,
      ],
      [
        new StorageUnavailableError('down'),
        da.common.errors.storageUnavailable,
        en.common.errors.storageUnavailable,
      ],
      [new RateLimitedError(1000), da.coordination.deliveryFailed, en.coordination.deliveryFailed],
    ];
    for (const [error, danish, english] of cases) {
      expect(errorReply(DA, 'create', error, logger)).toBe(danish);
      expect(errorReply(EN, 'create', error, logger)).toBe(english);
    }
    // A journal that could not be delivered says so; a thread that could not be posted says that.
    const delivery = new DeliveryError('no', 403, false);
    expect(errorReply(DA, 'journal', delivery, logger)).toBe(da.coordination.journal.noDirectChat);
    expect(errorReply(DA, 'create', delivery, logger)).toBe(da.coordination.deliveryFailed);
    // What nobody foresaw is left to the turn's error handler.
    expect(errorReply(DA, 'create', new TypeError('bug'), logger)).toBeUndefined();
    expect(JSON.stringify(logger.lines)).not.toContain('down');
  });

  it('names the rule that refused an action on the thread card', () => {
    expect(noteFor(DA, 'THREAD_CLOSED')).toBe(da.coordination.notes.threadClosed);
    expect(noteFor(EN, 'LEAD_NOT_REMOVABLE')).toBe(en.coordination.notes.leadNotRemovable);
    expect(noteFor(DA, 'REVIEW_DATE_IN_PAST')).toBe(da.coordination.fieldErrors.generic);
  });
});
