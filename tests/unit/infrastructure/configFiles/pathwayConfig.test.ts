import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';
import {
  loadPathwayConfig,
  PATHWAYS_FILE,
  SAFETY_FILE,
} from '../../../../src/infrastructure/configFiles/pathwayConfig';

const PROJECT_CONFIG = join(__dirname, '..', '..', '..', '..', 'config');

describe('loadPathwayConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pathway-config-'));
    copyFileSync(join(PROJECT_CONFIG, PATHWAYS_FILE), join(dir, PATHWAYS_FILE));
    copyFileSync(join(PROJECT_CONFIG, SAFETY_FILE), join(dir, SAFETY_FILE));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, change: (text: string) => string): void => {
    const path = join(dir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  const errorOf = (): ConfigFileError => {
    try {
      loadPathwayConfig(dir);
    } catch (error) {
      if (error instanceof ConfigFileError) return error;
      throw error;
    }
    throw new Error('expected a ConfigFileError');
  };
  const lineOf = (file: string, needle: string): number =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1;

  it('loads the shipped files with all four pathways and the safety rules', () => {
    const config = loadPathwayConfig(PROJECT_CONFIG);
    expect(config.pathways.pathways.map((p) => p.id).sort()).toEqual([
      'dagtilbud',
      'skole',
      'skolestart',
      'social',
    ]);
    expect(config.safety.rules.filter((r) => r.level === 'acute').length).toBeGreaterThanOrEqual(6);
    expect(config.safety.rules.filter((r) => r.level === 'notify').length).toBeGreaterThanOrEqual(12);
  });

  it('names file, line and field of an unknown pathway id', () => {
    edit(PATHWAYS_FILE, (t) => t.replace('- id: skolestart', '- id: skolestarten'));
    const error = errorOf();
    expect(error.file).toContain(PATHWAYS_FILE);
    const problem = error.problems.find((p) => p.field === 'pathways.2.id');
    expect(problem?.line).toBe(lineOf(PATHWAYS_FILE, '- id: skolestarten'));
    expect(problem?.message).toMatch(/social, dagtilbud, skolestart or skole/);
  });

  it('names the line of a broken regular expression in a safety rule', () => {
    edit(SAFETY_FILE, (t) => t.replace("- '\\bgår\\s+alene\\s+rundt'", "- '\\bgår\\s+(alene\\s+rundt'"));
    const error = errorOf();
    expect(error.file).toContain(SAFETY_FILE);
    expect(error.problems[0].message).toMatch(/regular expression/);
    expect(error.problems[0].line).toBe(lineOf(SAFETY_FILE, "(alene\\s+rundt'"));
    expect(error.problems[0].field).toMatch(/^rules\.\d+\.patterns\.\d+$/);
  });

  it('rejects a pattern that uses an undefined {{word list}}', () => {
    edit(SAFETY_FILE, (t) => t.replace('{{victim}}', '{{victims}}'));
    expect(errorOf().problems[0].message).toMatch(/\{\{victims\}\}/);
  });

  it('rejects a rule that requires an unknown rule', () => {
    edit(SAFETY_FILE, (t) =>
      t.replace('requiresAnyOf: [violence, sexualAbuse,', 'requiresAnyOf: [violense, sexualAbuse,'),
    );
    expect(errorOf().problems[0].message).toMatch(/unknown rule violense/);
  });

  it('rejects a missing file with a readable message', () => {
    rmSync(join(dir, SAFETY_FILE));
    expect(errorOf().message).toMatch(/safety\.yaml.*cannot be read/s);
  });
});
