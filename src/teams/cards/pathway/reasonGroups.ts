import type { PathwayGuidance } from '../../../services/pathwayGuidance';
import type { Language } from '../../texts';

export interface ReasonGroup {
  readonly quote: string;
  readonly signals: readonly string[];
}

/**
 * The classifier gives one reason per signal, each with the words it was found in; several signals
 * often come from the same sentence. Grouped by quote (in the order first met), each quote is shown
 * once with its signals after it.
 */
export function groupReasonsByQuote(
  reasons: PathwayGuidance['reasons'],
  language: Language,
  ruledOutPrefix: string,
): ReasonGroup[] {
  const groups = new Map<string, string[]>();
  for (const reason of reasons) {
    const quote = reason.quote.trim();
    const label = reason.label[language];
    const signal = reason.kind === 'ruledOut' ? `${ruledOutPrefix}: ${label}` : label;
    const signals = groups.get(quote) ?? [];
    if (!signals.includes(signal)) signals.push(signal);
    groups.set(quote, signals);
  }
  return [...groups].map(([quote, signals]) => ({ quote, signals }));
}
