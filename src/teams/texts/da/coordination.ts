/** Danish texts for the coordination capability. */
export const coordination = {};
