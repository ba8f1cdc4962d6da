import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, loadToolSettings } from '../../../../src/config';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';
import {
  loadPathwayConfig,
  PATHWAYS_FILE,
  SAFETY_CUES_FILE,
  SAFETY_FILE,
  SAFETY_MODEL_FILE,
} from '../../../../src/infrastructure/configFiles/pathwayConfig';

const PROJECT_CONFIG = join(__dirname, '..', '..', '..', '..', 'config');

describe('the safety model file at start-up', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'safety-model-'));
    for (const file of [PATHWAYS_FILE, SAFETY_FILE, SAFETY_MODEL_FILE, SAFETY_CUES_FILE]) {
      copyFileSync(join(PROJECT_CONFIG, file), join(dir, file));
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The file as a hand edit would leave it: any field may hold anything. */
  interface LooseModel {
    features: { buckets: number };
    heads: Record<'notify' | 'acute', { indices: unknown[]; values: unknown[] }>;
  }
  const tamper = (change: (model: LooseModel) => void): void => {
    const path = join(dir, SAFETY_MODEL_FILE);
    const model = JSON.parse(readFileSync(path, 'utf8')) as LooseModel;
    change(model);
    writeFileSync(path, JSON.stringify(model));
  };
  const startUpError = (): ConfigFileError => {
    try {
      loadPathwayConfig(dir, { safetyModel: true });
    } catch (error) {
      if (error instanceof ConfigFileError) return error;
      throw error;
    }
    throw new Error('expected the start to stop');
  };

  it('loads the risk cues the shipped model was trained on, and names their file when it is missing', () => {
    expect(loadPathwayConfig(dir, { safetyModel: true }).safetyCues?.cues).toBeDefined();
    rmSync(join(dir, SAFETY_CUES_FILE));
    expect(startUpError().message).toContain(SAFETY_CUES_FILE);
  });

  it('loads the shipped model, small enough to ship', () => {
    const config = loadPathwayConfig(PROJECT_CONFIG, { safetyModel: true });
    expect(config.safetyModel?.heads.notify.indices.length).toBeGreaterThan(100);
    // Trained on about 6,300 cases the two heads hold about 111,000 weights (1.6 MB of JSON); the
    // bound catches a model that would slow the start, not the growth that more cases bring.
    expect(readFileSync(join(PROJECT_CONFIG, SAFETY_MODEL_FILE)).length).toBeLessThan(2 * 1024 * 1024);
  });

  it('is not read at all when SAFETY_MODEL is off', () => {
    writeFileSync(join(dir, SAFETY_MODEL_FILE), '{ broken');
    expect(loadPathwayConfig(dir, { safetyModel: false }).safetyModel).toBeUndefined();
  });

  it('stops the start, naming the file, when it is not JSON', () => {
    writeFileSync(join(dir, SAFETY_MODEL_FILE), '{"version": 1, "heads": ');
    const error = startUpError();
    expect(error.message).toContain(SAFETY_MODEL_FILE);
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('stops the start, naming the file and field, when a weight was edited to text', () => {
    tamper((m) => (m.heads.notify.values[3] = 'x'));
    const error = startUpError();
    expect(error.message).toContain(SAFETY_MODEL_FILE);
    expect(error.problems.map((p) => p.field)).toContain('heads.notify.values.3');
  });

  it('stops the start when a feature bucket lies outside the model or the arrays differ in length', () => {
    tamper((m) => (m.heads.acute.indices[0] = m.features.buckets));
    expect(startUpError().problems.map((p) => p.field)).toContain('heads.acute.indices.0');
    tamper((m) => m.heads.acute.values.pop());
    expect(startUpError().message).toMatch(/same length/);
  });

  it('stops the start when the file is missing and the model is on', () => {
    rmSync(join(dir, SAFETY_MODEL_FILE));
    expect(startUpError().message).toMatch(/safety-model\.json[\s\S]*not found/);
  });

  it('reads SAFETY_MODEL as on or off and names the variable otherwise', () => {
    expect(loadToolSettings({ SAFETY_MODEL: 'on' }).safetyModel).toBe(true);
    expect(loadToolSettings({ SAFETY_MODEL: 'off' }).safetyModel).toBe(false);
    expect(() => loadConfig({ SAFETY_MODEL: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ SAFETY_MODEL: 'maybe' })).toThrow(/SAFETY_MODEL/);
  });
});
