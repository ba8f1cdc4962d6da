import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';
import { loadPublisherDirectory } from '../../../../src/infrastructure/configFiles/publisherDirectory';

describe('loadPublisherDirectory', () => {
  it('loads the shipped config/publishers.yaml', () => {
    const directory = loadPublisherDirectory(join(__dirname, '../../../../config'));
    expect(directory.size).toBeGreaterThan(0);
  });

  it('names the file, line and field of a wrong role', () => {
    const dir = mkdtempSync(join(tmpdir(), 'publishers-'));
    writeFileSync(
      join(dir, 'publishers.yaml'),
      'publishers:\n  - id: leder@herning.dk\n    role: skoleleder\n    unit: A\n  - id: b@herning.dk\n    role: rektor\n    unit: B\n',
    );
    let caught: unknown;
    try {
      loadPublisherDirectory(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigFileError);
    const error = caught as ConfigFileError;
    expect(error.file).toContain('publishers.yaml');
    expect(error.problems).toEqual([expect.objectContaining({ line: 6, field: 'publishers.1.role' })]);
  });
});
