import type { CapabilityId } from './capability';

/**
 * The bot's text commands. The manifest's commandLists (appPackage/manifest.json) must list the
 * same commands; a test keeps them in step.
 */
export interface CommandDefinition {
  readonly capability: CapabilityId;
  /** The title shown in Teams' command menu. */
  readonly title: string;
  /** Lower-case keywords that start a message for this command (Danish first, then English and ASCII forms). */
  readonly keywords: readonly string[];
}

export const COMMANDS: readonly CommandDefinition[] = [
  { capability: 'help', title: 'hjælp', keywords: ['hjælp', 'hjaelp', 'help', '?'] },
  { capability: 'pathway', title: 'forløb', keywords: ['forløb', 'forloeb', 'forlob', 'pathway'] },
  {
    capability: 'coordination',
    title: 'ny tråd',
    keywords: ['ny tråd', 'ny traad', 'ny trad', 'new thread'],
  },
  { capability: 'coordination', title: 'mine sager', keywords: ['mine sager', 'my cases'] },
  { capability: 'coordination', title: 'mine opgaver', keywords: ['mine opgaver', 'my tasks'] },
  { capability: 'knowledgeUpdates', title: 'videndeling', keywords: ['videndeling', 'knowledge update'] },
  {
    capability: 'questions',
    title: 'mine spørgsmål',
    keywords: ['mine spørgsmål', 'mine spoergsmaal', 'mine sporgsmal', 'my questions'],
  },
  {
    capability: 'questions',
    title: 'spørgsmålskø',
    keywords: ['spørgsmålskø', 'spoergsmaalskoe', 'sporgsmalsko', 'question queue', 'review queue'],
  },
];

export interface CommandMatch {
  readonly command: CommandDefinition;
  readonly argument: string;
}

/** Matches a leading command keyword as a whole word; "forløbet i skolen" is not the command "forløb". */
export function matchCommand(text: string): CommandMatch | undefined {
  const lower = text.toLowerCase();
  for (const command of COMMANDS) {
    for (const keyword of command.keywords) {
      if (!lower.startsWith(keyword)) continue;
      const rest = text.slice(keyword.length);
      if (rest === '' || /^[\s:,.!-]/.test(rest)) {
        return { command, argument: rest.replace(/^[\s:,.!-]+/, '').trim() };
      }
    }
  }
  return undefined;
}
