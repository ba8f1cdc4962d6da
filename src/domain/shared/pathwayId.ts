/**
 * The four pathways of the Herning model. Pathway guidance classifies into exactly these; a
 * coordination thread may also be filed under `andet` when none of them fits, so threads use the
 * wider `ThreadPathwayId`.
 */
export const PATHWAY_IDS = ['social', 'dagtilbud', 'skolestart', 'skole'] as const;
export type PathwayId = (typeof PATHWAY_IDS)[number];

export const THREAD_PATHWAY_IDS = [...PATHWAY_IDS, 'andet'] as const;
export type ThreadPathwayId = (typeof THREAD_PATHWAY_IDS)[number];
