/** Danish texts for the pathway capability. */
export const pathway = {};
