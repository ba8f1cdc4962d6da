import type { policy as danish } from '../da/policy';

/** English texts for the policy capability (same shape as the Danish ones). */
export const policy: typeof danish = {};
