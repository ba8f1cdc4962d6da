import {
  createAudienceDirectory,
  createPublisherDirectory,
  type AudienceDirectory,
  type PostContentInput,
  type PublisherDirectory,
} from '../../../../src/domain/updates';

export const AUTHOR_OID = '00000000-0000-4000-8000-0000000000a1';
export const OTHER_PUBLISHER_OID = '00000000-0000-4000-8000-0000000000a2';
export const STAFF_OID = '00000000-0000-4000-8000-0000000000f1';

export function testAudiences(count = 3): AudienceDirectory {
  return createAudienceDirectory(
    Array.from({ length: count }, (_, i) => ({
      id: `kanal-${i + 1}`,
      name: `Kanal ${i + 1}`,
      channelId: `19:kanal${i + 1}@thread.tacv2`,
      serviceUrl: 'https://smba.example.invalid/emea/',
    })),
  );
}

export function testPublishers(): PublisherDirectory {
  return createPublisherDirectory({
    publishers: [
      { id: AUTHOR_OID, role: 'skoleleder', unit: 'Eksempelskolen' },
      { id: OTHER_PUBLISHER_OID, role: 'dagtilbudsleder', unit: 'Eksempel Dagtilbud' },
      { id: 'chef@herning.example', role: 'centerchef', unit: 'Center for Børn og Læring' },
    ],
  });
}

export function validInput(
  overrides: Partial<Record<keyof PostContentInput, unknown>> = {},
): PostContentInput {
  return {
    title: 'Ny praksis for overlevering mellem dagtilbud og skole',
    bodyMarkdown: 'Fra januar bruger vi **samme skema** ved overleveringsmøder.\n\n- Aftal mødet i god tid',
    tags: 'leg-og-laering,faellesskaber',
    audienceIds: 'kanal-1,kanal-2',
    link: 'https://www.herning.dk/',
    addToKnowledgeBase: 'true',
    ...overrides,
  };
}
