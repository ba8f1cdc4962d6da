// Flat config. Errors stay errors: `npm run lint` uses --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const TEAMS_SDK = [
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  '@microsoft/teams-ai',
  '@microsoft/teams-ai/*',
  'restify',
  'adaptivecards',
  'adaptivecards-templating',
];
/** The bot SDK and HTTP framework, kept behind the seam in src/teams (card templating is not). */
const BOT_SDK = [
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  '@microsoft/teams-ai',
  '@microsoft/teams-ai/*',
  'restify',
];
/** The only src/teams files that may import BOT_SDK. */
const SDK_SEAM_FILES = [
  'src/teams/app.ts', // registers capabilities' routes with teams-ai, one error mapping
  'src/teams/adapter.ts', // CloudAdapter and Bot Framework authentication
  'src/teams/server.ts', // restify, /api/messages and the extra routes' router port
  'src/teams/turn/sdkTurn.ts', // builds the turn port from TurnContext
];
const NODE_IO = [
  'fs',
  'fs/*',
  'node:fs',
  'node:fs/*',
  'http',
  'node:http',
  'https',
  'node:https',
  'net',
  'node:net',
  'child_process',
  'node:child_process',
];

/** Builds a no-restricted-imports rule for one layer. */
function layer(message, groups) {
  return {
    'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
  };
}

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'coverage/', 'test-output/', 'data/', 'build/', 'appPackage/build/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'error',
    },
  },
  // Dependency direction: teams -> services -> domain -> ports; infrastructure implements ports.
  {
    files: ['src/domain/**/*.ts'],
    rules: layer('domain is pure TypeScript: no Teams SDK, no I/O, no outer layers', [
      ...TEAMS_SDK,
      ...NODE_IO,
      '**/teams/**',
      '**/services/**',
      '**/infrastructure/**',
      '**/cli/**',
    ]),
  },
  {
    files: ['src/ports/**/*.ts'],
    rules: layer('ports only describe contracts', [
      ...TEAMS_SDK,
      ...NODE_IO,
      '**/teams/**',
      '**/services/**',
      '**/infrastructure/**',
      '**/cli/**',
    ]),
  },
  {
    files: ['src/services/**/*.ts'],
    rules: layer('services use ports, never the Teams layer or concrete infrastructure', [
      ...TEAMS_SDK,
      '**/teams/**',
      '**/infrastructure/**',
      '**/cli/**',
    ]),
  },
  {
    files: ['src/infrastructure/**/*.ts'],
    rules: layer('infrastructure implements ports and knows nothing of Teams or use cases', [
      ...TEAMS_SDK,
      '**/teams/**',
      '**/services/**',
      '**/cli/**',
    ]),
  },
  {
    files: [
      'src/cli/**/*.ts',
      'src/index.ts',
      'src/composition/**/*.ts',
      'src/config.ts',
      'src/configSections/**/*.ts',
    ],
    rules: layer(
      'only src/teams may import the Teams SDK (botbuilder, teams-ai, restify, adaptivecards)',
      TEAMS_SDK,
    ),
  },
  // The seam in front of the SDK: inside src/teams only these files import botbuilder, teams-ai or
  // restify; handlers work with the turn port (src/teams/turn/turn.ts) and return verb tables.
  {
    files: ['src/teams/**/*.ts'],
    ignores: SDK_SEAM_FILES,
    rules: layer(
      'Teams handlers use the turn port (src/teams/turn) and return verb tables; only the files in SDK_SEAM_FILES import botbuilder, teams-ai or restify',
      BOT_SDK,
    ),
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The Overblik tab runs in the browser: DOM globals, no Node I/O, nothing of the bot's own layers.
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layer('the tab talks to the bot only through /api/tab/', [...TEAMS_SDK, ...NODE_IO, '**/src/**']),
  },
  // The one exception: the API's JSON types, shared with the overview service, as type imports only.
  {
    files: ['web/src/types.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...TEAMS_SDK, ...NODE_IO], message: 'the tab talks to the bot only through /api/tab/' },
            {
              regex: '/src/(?!services/overview/tabViews$)',
              message: 'the tab takes only the API types (src/services/overview/tabViews) from the server',
            },
            {
              group: ['**/src/services/overview/tabViews'],
              allowTypeImports: true,
              message: 'the tab takes only the API types from the server (import type)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
