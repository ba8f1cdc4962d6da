import type { pathway as danish } from '../da/pathway';

/** English texts for the pathway capability (same shape as the Danish ones). */
export const pathway: typeof danish = {};
