/** Danish texts for the policy capability. */
export const policy = {};
