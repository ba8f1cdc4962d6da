/** Danish texts for the updates capability. */
export const updates = {};
