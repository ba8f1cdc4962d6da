import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  compileCues,
  cueFeatures,
  findCues,
  safetyCuesFileSchema,
} from '../../../../src/domain/pathways/cues';

const cuesFile = safetyCuesFileSchema.parse(
  parse(readFileSync(join(__dirname, '../../../../config/safety-cues.yaml'), 'utf8')),
);
const cues = compileCues(cuesFile);
const featuresOf = (text: string) => cueFeatures(findCues(text, cues));

describe('risk cues', () => {
  it('finds the same kinds of things in a Danish description and its English twin', () => {
    const da = featuresOf('Han sagde stille at far slår ham med bæltet når han er dum. Han virker bange.');
    const en = featuresOf(
      'He said quietly that his dad hits him with the belt when he is stupid. He seems scared.',
    );
    for (const cue of ['cue:childTells', 'cue:parentFigure', 'cue:harmAct', 'cue:implement', 'cue:fear']) {
      expect(da).toContain(cue);
      expect(en).toContain(cue);
    }
    expect(da).toContain('pair:harmAct+parentFigure');
    expect(en).toContain('pair:harmAct+parentFigure');
  });

  it('reads ae, oe and aa as æ, ø and å', () => {
    expect(featuresOf('hun sover i kaelderen og maa ikke komme hjem')).toContain('cue:noSafePlace');
  });

  it('pairs cues only when they meet in one sentence or in neighbouring ones', () => {
    const text =
      'Mor kom til mødet. Vi talte om lektier. Der var kage. Bagefter nævnte en elev et blåt mærke.';
    const features = featuresOf(text);
    expect(features).toContain('cue:parentFigure');
    expect(features).toContain('cue:injury');
    expect(features).not.toContain('pair:injury+parentFigure');
    expect(featuresOf('Mor kom til mødet, og drengen havde et blåt mærke.')).toContain(
      'pair:injury+parentFigure',
    );
  });

  it('marks a cue that recurs over three sentences', () => {
    expect(featuresOf('Han er sulten. Han tager mad. Han gemmer mad i tasken.')).toContain('many:basicNeeds');
    expect(featuresOf('Han er sulten i dag.')).not.toContain('many:basicNeeds');
  });

  it('gives nothing for an ordinary description without risk words', () => {
    expect(featuresOf('Klassen skal på tur til museet i næste uge.')).toEqual([]);
  });

  it('names the cue whose pattern is not a valid regular expression', () => {
    expect(() => compileCues({ version: 1, cues: { brokenCue: ['(unclosed'] } })).toThrow(/brokenCue/);
  });

  it('refuses a cue name that is not camelCase', () => {
    expect(safetyCuesFileSchema.safeParse({ version: 1, cues: { 'Bad-Name': ['x'] } }).success).toBe(false);
  });
});
