import type { Capability } from '../capability';
import type { Language, Texts } from '../texts';

export interface HelpDeps {
  readonly texts: (language: Language) => Texts;
}

export function createHelpCapability(deps: HelpDeps): Capability {
  return {
    id: 'help',
    async onMessage(turn, incoming) {
      await turn.send({
        textFormat: 'markdown',
        text: helpText(deps.texts(incoming.language)),
      });
    },
  };
}

export function helpText(texts: Texts): string {
  const help = texts.common.help;
  const lines = help.commands.map((c) => `- **${c.command}**: ${c.description}`);
  return [`**${help.title}**`, '', help.intro, '', ...lines, '', help.privacy].join('\n');
}
