import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCoordinationPolicy } from '../../../../src/infrastructure/configFiles/coordinationConfig';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';

const CONFIG = join(__dirname, '../../../../config');

describe('loadCoordinationPolicy', () => {
  it('loads the shipped config/coordination.yaml: six weeks to the first review on every pathway', () => {
    const policy = loadCoordinationPolicy(CONFIG);
    expect(Object.values(policy.review.weeks)).toEqual([6, 6, 6, 6, 6]);
    expect(policy.digest.time).toMatch(/^\d{2}:\d{2}$/);
  });

  it('names the line and field of a mistake', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coordination-'));
    const text = readFileSync(join(CONFIG, 'coordination.yaml'), 'utf8').replace('skole: 6', 'skole: 0');
    writeFileSync(join(dir, 'coordination.yaml'), text);
    let caught: unknown;
    try {
      loadCoordinationPolicy(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigFileError);
    const line = text.split('\n').findIndex((l) => l.includes('skole: 0')) + 1;
    expect((caught as ConfigFileError).problems[0]).toMatchObject({ line, field: 'review.weeks.skole' });
  });
});
