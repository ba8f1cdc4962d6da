import type { Citation } from '../../../domain/citations';
import type { CardTemplates } from '../../cards/shared/cardTemplates';
import { CPR_MASK, redactCpr } from '../../../domain/privacy/cpr';
import { sanitiseQuotedPlainText } from '../../../domain/text/quotedMarkdown';
import type { Logger } from '../../../ports/logger';
import type { PassageHit, PolicyQaService } from '../../../services/policyQa/types';
import { renderPassageCard } from '../../cards/policy/policyCards';
import { shorten } from '../../citations';
import type { Language, Texts } from '../../texts';
import type { SearchQuery, SearchResult, SearchResultItem } from '../../turn/routes';
import {
  adaptiveCardAttachment,
  THUMBNAIL_CARD_CONTENT_TYPE,
  type Turn,
  type TurnAttachment,
} from '../../turn/turn';

/** Name of the search command's parameter in the manifest. */
export const SEARCH_POLICY_PARAMETER = 'query';
export const MAX_SEARCH_RESULTS = 10;

export interface PolicySearchDeps {
  /** The card templates the wiring made for this bot. */
  readonly cardTemplates: CardTemplates;
  readonly policyQa: Pick<PolicyQaService, 'searchPassages'>;
  readonly texts: (language: Language) => Texts;
  readonly logger: Logger;
}

/** A thumbnail card (title, text, subtitle), as Teams shows a search result in its list. */
function thumbnailCard(title: string, text: string, subtitle: string): TurnAttachment {
  return {
    contentType: THUMBNAIL_CARD_CONTENT_TYPE,
    content: { subtitle, ...(title ? { title } : {}), ...(text ? { text } : {}) },
  };
}

export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function toCitation(hit: PassageHit): Citation {
  return { title: hit.title, section: hit.section, quote: hit.snippet, source: hit.source };
}

/** The message extension's search: passages as a list; each inserts an Adaptive Card citing the passage. */
export function createPolicySearch(
  deps: PolicySearchDeps,
): (turn: Turn, query: SearchQuery) => Promise<SearchResult> {
  /** Passages for the query; an empty query shows one passage per starter topic instead. */
  function searchHits(rawQuery: string): { hits: PassageHit[]; empty: boolean } {
    // A CPR number is removed, not searched for and not echoed.
    const query = redactCpr(rawQuery).split(CPR_MASK).join(' ').replace(/\s+/g, ' ').trim();
    if (query !== '' && hasWords(query)) {
      return { hits: deps.policyQa.searchPassages(query, MAX_SEARCH_RESULTS), empty: false };
    }
    const seen = new Set<string>();
    const hits: PassageHit[] = [];
    for (const starter of deps.texts('da').policy.search.starterQueries) {
      for (const hit of deps.policyQa.searchPassages(starter, 1)) {
        if (seen.has(hit.id)) continue;
        seen.add(hit.id);
        hits.push(hit);
      }
      if (hits.length >= MAX_SEARCH_RESULTS) break;
    }
    return { hits, empty: true };
  }

  return async function onSearch(_turn: Turn, query: SearchQuery): Promise<SearchResult> {
    const t = deps.texts('da').policy;
    const raw = query.parameters?.[SEARCH_POLICY_PARAMETER];
    const { hits, empty } = searchHits(typeof raw === 'string' ? raw : '');
    const skip = Math.max(0, Number.isFinite(query.skip) ? query.skip : 0);
    const count = Math.max(
      1,
      Math.min(MAX_SEARCH_RESULTS, Number.isFinite(query.count) ? query.count : MAX_SEARCH_RESULTS),
    );
    const page = hits.slice(0, MAX_SEARCH_RESULTS).slice(skip, skip + count);
    deps.logger.info('policy search', { results: page.length, emptyQuery: empty, skip });
    if (hits.length === 0) {
      return { type: 'message', text: empty ? t.search.hint : t.search.noResults };
    }
    const attachments: SearchResultItem[] = page.map((hit) => ({
      ...adaptiveCardAttachment(renderPassageCard(deps.cardTemplates, toCitation(hit), t)),
      preview: thumbnailCard(
        sanitiseQuotedPlainText(hit.title),
        shorten(sanitiseQuotedPlainText(hit.snippet), 140),
        sanitiseQuotedPlainText(hit.section),
      ),
    }));
    return { type: 'result', attachmentLayout: 'list', attachments };
  };
}
