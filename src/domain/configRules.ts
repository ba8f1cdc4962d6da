import { z } from 'zod';

/**
 * Adds an issue at `<listName>.<index>.id` for every entry whose id was already seen, so an error
 * in an editable config file points at the repeated line. Returns the ids seen (for further checks).
 */
export function reportDuplicateIds(
  ctx: z.RefinementCtx,
  listName: string,
  entries: readonly { readonly id: string }[],
  options: { readonly caseInsensitive?: boolean; readonly message?: (id: string) => string } = {},
): Set<string> {
  const seen = new Set<string>();
  const message = options.message ?? ((id: string) => `duplicate id "${id}"`);
  entries.forEach((entry, index) => {
    const key = options.caseInsensitive ? entry.id.toLowerCase() : entry.id;
    if (seen.has(key)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [listName, index, 'id'],
        message: message(entry.id),
      });
    }
    seen.add(key);
  });
  return seen;
}
