/**
 * Theme tags a knowledge update can carry: the four themes of Børne- og Ungepolitikken (2018)
 * and the four themes of the strategy "Meningsfulde Fællesskaber" (Herning Kommuneplan 2021-2032).
 * The tag id is stable (stored on posts); the label is what users see.
 */
export const THEME_TAGS = [
  { id: 'dannelse', label: 'Dannelse', group: 'policy' },
  { id: 'leg-og-laering', label: 'Leg og læring', group: 'policy' },
  { id: 'foraeldre-og-netvaerk', label: 'Forældre og netværk', group: 'policy' },
  { id: 'vores-faelles-boern-og-unge', label: 'Vores fælles børn og unge', group: 'policy' },
  { id: 'faellesskaber', label: 'Fællesskaber', group: 'meningsfuldeFaellesskaber' },
  {
    id: 'barnets-og-den-unges-perspektiv',
    label: 'Barnets og den unges perspektiv',
    group: 'meningsfuldeFaellesskaber',
  },
  { id: 'de-voksnes-rolle', label: 'De voksnes rolle', group: 'meningsfuldeFaellesskaber' },
  { id: 'dygtige-fagprofessionelle', label: 'Dygtige fagprofessionelle', group: 'meningsfuldeFaellesskaber' },
] as const;

export type ThemeTagId = (typeof THEME_TAGS)[number]['id'];

const BY_ID = new Map<string, (typeof THEME_TAGS)[number]>(THEME_TAGS.map((tag) => [tag.id, tag]));

export function isThemeTag(id: string): id is ThemeTagId {
  return BY_ID.has(id);
}

export function themeLabel(id: ThemeTagId): string {
  return BY_ID.get(id)?.label ?? id;
}
