/**
 * Pathway guidance from the command line (used by evaluation tools; keep the output stable).
 *
 *   npm run --silent pathway -- --json "drengen på 4 år i børnehaven taler meget lidt"
 *   printf '%s\n' "beskrivelse 1" "beskrivelse 2" | npm run --silent pathway -- --json
 *
 * With --json: one JSON object per description, one per line, nothing else on stdout.
 * Configuration from CONFIG_DIR or ./config. A CPR number is masked before anything is processed.
 */
import { createInterface } from 'node:readline';
import { redactCpr } from '../domain/privacy/cpr';
import { formatReason, type PathwayClassification } from '../domain/pathways';
import { createPathwayClassifier } from '../domain/pathways/classify';
import { loadToolSettings } from '../config';
import { loadPathwayConfig } from '../infrastructure/configFiles/pathwayConfig';

export interface PathwayCliRecord {
  text: string;
  pathway: string;
  alsoConsider: string[];
  dutyToNotify: boolean;
  acute: boolean;
  reasons: string[];
  involve: string[];
  nextSteps: string[];
}

export function toCliRecord(text: string, result: PathwayClassification): PathwayCliRecord {
  const language = result.context.language;
  return {
    text,
    pathway: result.pathway,
    alsoConsider: [...result.alsoConsider],
    dutyToNotify: result.dutyToNotify,
    acute: result.acute,
    reasons: result.reasons.map((r) => formatReason(r, language)),
    involve: result.involve.map((r) => r[language]),
    nextSteps: result.nextSteps.map((s) => s[language]),
  };
}

function human(record: PathwayCliRecord): string {
  const lines = [`> ${record.text}`];
  if (record.acute) lines.push('!! AKUT: ring 112 (uden for kontortid 114 og socialvagten)');
  if (record.dutyToNotify)
    lines.push('!! Underretningspligt (personlig, skriftlig, ad den officielle kanal)');
  lines.push(
    `Forløb: ${record.pathway}${record.alsoConsider.length ? ` (overvej også: ${record.alsoConsider.join(', ')})` : ''}`,
  );
  for (const r of record.reasons) lines.push(`  - ${r}`);
  lines.push('Første skridt:', ...record.nextSteps.map((s) => `  ${s}`));
  lines.push(`Inddrag: ${record.involve.join('; ')}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  let classifier: ReturnType<typeof createPathwayClassifier>;
  try {
    const settings = loadToolSettings();
    classifier = createPathwayClassifier(
      loadPathwayConfig(settings.configDir, { safetyModel: settings.safetyModel }),
    );
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const emit = (raw: string): void => {
    const text = redactCpr(raw.trim());
    if (text === '') return;
    const record = toCliRecord(text, classifier.classify(text));
    process.stdout.write(json ? `${JSON.stringify(record)}\n` : `${human(record)}\n\n`);
  };
  if (rest.length > 0) {
    emit(rest.join(' '));
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) emit(line);
}

void main();
