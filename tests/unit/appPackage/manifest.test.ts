import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import { checkLocalizationFile } from '../../../src/cli/appPackage/localization';
import { findPlaceholders, substitutePlaceholders } from '../../../src/cli/appPackage/variables';
import { COMMANDS, matchCommand } from '../../../src/teams/commands';

const ROOT = join(__dirname, '..', '..', '..');
const TEMPLATE = readFileSync(join(ROOT, 'appPackage', 'manifest.json'), 'utf8');
const ENGLISH = JSON.parse(readFileSync(join(ROOT, 'appPackage', 'en.json'), 'utf8')) as Record<
  string,
  string
>;

/** Realistic values, as Teams Toolkit would write them after provisioning. */
const PROVISIONED: Record<string, string> = {
  TEAMS_APP_ID: '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
  BOT_ID: '8d4e6f70-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  BOT_DOMAIN: 'boernungea1b2c3.azurewebsites.net',
};

function filledManifest(): TeamsManifest & Record<string, unknown> {
  return JSON.parse(substitutePlaceholders(TEMPLATE, (name) => PROVISIONED[name], 'test')) as TeamsManifest &
    Record<string, unknown>;
}

interface ManifestCommand {
  title: string;
  description: string;
}
interface CommandList {
  scopes: string[];
  commands: ManifestCommand[];
}

function bot(manifest: TeamsManifest): {
  botId: string;
  scopes: string[];
  supportsFiles?: boolean;
  commandLists: CommandList[];
} {
  const bots = (manifest as { bots?: unknown[] }).bots;
  expect(bots).toHaveLength(1);
  return bots![0] as ReturnType<typeof bot>;
}

describe('appPackage/manifest.json', () => {
  beforeEach(() => {
    // The schema must come from the package, never from the network.
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
  });
  afterEach(() => jest.restoreAllMocks());

  it('uses only the Teams Toolkit placeholders that provisioning fills', () => {
    expect(findPlaceholders(TEMPLATE).sort()).toEqual(['BOT_DOMAIN', 'BOT_ID', 'TEAMS_APP_ID']);
  });

  it('is on a current schema that the validator has offline', () => {
    const manifest = filledManifest();
    expect(manifest.$schema).toMatch(
      /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.(\d+)\/MicrosoftTeams\.schema\.json$/,
    );
    const minor = Number(/v1\.(\d+)\//.exec(String(manifest.$schema))![1]);
    expect(minor).toBeGreaterThanOrEqual(19);
    expect(manifest.manifestVersion).toBe(`1.${minor}`);
  });

  it('validates against its JSON schema with no errors once the placeholders are filled', async () => {
    await expect(AppManifestUtils.validateAgainstSchema(filledManifest())).resolves.toEqual([]);
  });

  it('the validator really checks: a broken copy gets errors', async () => {
    const broken = filledManifest() as Record<string, unknown>;
    broken.id = 'not-a-guid';
    (broken.name as Record<string, string>).short = 'Et alt for langt kort navn til Teams-appen';
    const errors = await AppManifestUtils.validateAgainstSchema(broken as unknown as TeamsManifest);
    expect(errors.some((e) => e.startsWith('/id '))).toBe(true);
    expect(errors.some((e) => e.startsWith('/name/short '))).toBe(true);
  });

  it('is a Danish app from Herning Kommune', () => {
    const manifest = filledManifest() as unknown as {
      developer: Record<string, string>;
      name: { short: string; full: string };
      description: { short: string; full: string };
      accentColor: string;
    };
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
      expect(manifest.developer[key]).toMatch(/^https:\/\/www\.herning\.dk\//);
    }
    expect(manifest.developer.name).toContain('Herning Kommune');
    expect(manifest.name.short).toBe('Børn og Unge-assistent');
    expect(manifest.description.full).toMatch(/CPR/);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it("installs the bot personally, in teams and in group chats, and accepts files in 1:1 (knowledge owners' documents)", () => {
    const b = bot(filledManifest());
    expect(b.botId).toBe(PROVISIONED.BOT_ID);
    expect([...b.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(b.supportsFiles).toBe(true);
  });

  it('has one command list per bot scope, each listing exactly the commands in COMMANDS', () => {
    const b = bot(filledManifest());
    const listedScopes = b.commandLists.flatMap((list) => list.scopes).sort();
    expect(listedScopes).toEqual([...b.scopes].sort());
    const expectedTitles = COMMANDS.map((c) => c.title).sort();
    for (const list of b.commandLists) {
      expect(list.commands.map((c) => c.title).sort()).toEqual(expectedTitles);
      for (const command of list.commands) {
        expect(command.description.length).toBeGreaterThan(10);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('routes every command title in the manifest to the command it names', () => {
    const b = bot(filledManifest());
    for (const list of b.commandLists) {
      for (const command of list.commands) {
        // Teams sends the title as the message text when a user picks the command.
        const match = matchCommand(command.title);
        expect(match?.command.title).toBe(command.title);
        expect(match?.argument).toBe('');
      }
    }
    for (const command of COMMANDS) {
      const listed = b.commandLists.every((list) => list.commands.some((c) => c.title === command.title));
      expect(listed).toBe(true);
    }
  });

  it('offers the policy search as a query message extension on the same bot', () => {
    const manifest = filledManifest() as unknown as {
      composeExtensions: {
        botId: string;
        commands: { id: string; type: string; title: string; parameters: { name: string }[] }[];
      }[];
    };
    expect(manifest.composeExtensions).toHaveLength(1);
    const extension = manifest.composeExtensions[0];
    expect(extension.botId).toBe(PROVISIONED.BOT_ID);
    const search = extension.commands.find((c) => c.id === 'searchPolicy');
    expect(search).toMatchObject({ type: 'query', title: 'Søg i politikker' });
    expect(search!.parameters.map((p) => p.name)).toEqual(['query']);
  });

  it('is Danish by default with an English translation file', () => {
    const manifest = filledManifest() as unknown as {
      localizationInfo: {
        defaultLanguageTag: string;
        additionalLanguages: { languageTag: string; file: string }[];
      };
    };
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'da',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(findPlaceholders(JSON.stringify(ENGLISH))).toEqual([]);
  });

  it('translates every user-facing string of the manifest into English, valid against the bundled schema', async () => {
    const manifest = filledManifest();
    await expect(checkLocalizationFile(manifest, 'en.json', JSON.stringify(ENGLISH))).resolves.toEqual([]);
    const danish = manifest as unknown as { name: { short: string }; description: { full: string } };
    expect(ENGLISH['name.short']).not.toBe(danish.name.short);
    expect(ENGLISH['description.full']).toMatch(/CPR/);
    expect(ENGLISH['description.full']).not.toMatch(/[æøå]/i);
  });

  it('routes every English command title to the same command as the Danish title it translates', () => {
    const b = bot(filledManifest());
    b.commandLists.forEach((list, i) =>
      list.commands.forEach((command, j) => {
        const english = ENGLISH[`bots[0].commandLists[${i}].commands[${j}].title`];
        const match = matchCommand(english);
        expect({ english, routesTo: match?.command.title, argument: match?.argument }).toEqual({
          english,
          routesTo: command.title,
          argument: '',
        });
      }),
    );
  });

  it('lists the bot domain as a valid domain', () => {
    expect((filledManifest() as unknown as { validDomains: string[] }).validDomains).toEqual([
      PROVISIONED.BOT_DOMAIN,
    ]);
  });

  it('has the Overblik tab as a personal tab and a channel tab on the bot domain, with SSO for its API', () => {
    const manifest = filledManifest() as unknown as {
      staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
      configurableTabs: { configurationUrl: string; scopes: string[] }[];
      webApplicationInfo: { id: string; resource: string };
    };
    const tab = manifest.staticTabs.find((t) => t.entityId === 'overblik');
    expect(tab).toMatchObject({
      name: 'Overblik',
      contentUrl: `https://${PROVISIONED.BOT_DOMAIN}/tab/overblik`,
      scopes: ['personal'],
    });
    // The chat with the bot stays the first tab of the personal app.
    expect(manifest.staticTabs[0]!.entityId).toBe('conversations');
    expect(manifest.configurableTabs[0]!.configurationUrl).toBe(
      `https://${PROVISIONED.BOT_DOMAIN}/tab/overblik/config`,
    );
    expect(manifest.webApplicationInfo).toEqual({
      id: PROVISIONED.BOT_ID,
      resource: `api://${PROVISIONED.BOT_DOMAIN}/${PROVISIONED.BOT_ID}`,
    });
    expect(ENGLISH[`staticTabs[${manifest.staticTabs.indexOf(tab!)}].name`]).toBe('Overview');
  });
});
