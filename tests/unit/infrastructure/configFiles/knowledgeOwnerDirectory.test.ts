import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadChannelDirectory } from '../../../../src/infrastructure/configFiles/channelDirectory';
import { loadKnowledgeOwnerDirectory } from '../../../../src/infrastructure/configFiles/knowledgeOwnerDirectory';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';
import { loadPublisherDirectory } from '../../../../src/infrastructure/configFiles/publisherDirectory';

const CONFIG = join(__dirname, '../../../../config');
const FIRST_EXAMPLE_PUBLISHER = '00000000-0000-4000-8000-0000000000a1';

function problemsOf(yaml: string): ConfigFileError {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-owners-'));
  writeFileSync(join(dir, 'knowledgeOwners.yaml'), yaml);
  try {
    loadKnowledgeOwnerDirectory(dir);
  } catch (error) {
    if (error instanceof ConfigFileError) return error;
    throw error;
  }
  throw new Error('expected a ConfigFileError');
}

describe('loadKnowledgeOwnerDirectory', () => {
  it('loads the shipped config, where the first example publisher is also a knowledge owner', () => {
    const owners = loadKnowledgeOwnerDirectory(CONFIG);
    const publisher = loadPublisherDirectory(CONFIG).find({ aadObjectId: FIRST_EXAMPLE_PUBLISHER });
    expect(publisher).toBeDefined();
    expect(owners.find({ aadObjectId: FIRST_EXAMPLE_PUBLISHER })).toEqual({
      role: 'skoleleder',
      roleLabel: 'Skoleleder',
    });
    expect(owners.find({ aadObjectId: '00000000-0000-4000-8000-0000000000a2' })).toBeUndefined();
  });

  it('ships a knowledge owners channel in config/channels.yaml', () => {
    expect(loadChannelDirectory(CONFIG).usedFor('questions')).toHaveLength(1);
  });

  it('finds an owner by UPN, case-insensitively', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-owners-'));
    writeFileSync(
      join(dir, 'knowledgeOwners.yaml'),
      'knowledgeOwners:\n  - id: Lea@Herning.dk\n    role: ppr-leder\n',
    );
    const owners = loadKnowledgeOwnerDirectory(dir);
    expect(owners.hasUpnEntries).toBe(true);
    expect(owners.find({ upn: 'lea@herning.dk' })?.roleLabel).toBe('PPR-leder');
  });

  it('names the file, line and field of a wrong role', () => {
    const error = problemsOf(
      'knowledgeOwners:\n  - id: a@herning.dk\n    role: skoleleder\n  - id: b@herning.dk\n    role: rektor\n',
    );
    expect(error.file).toContain('knowledgeOwners.yaml');
    expect(error.problems).toEqual([expect.objectContaining({ line: 5, field: 'knowledgeOwners.1.role' })]);
  });

  it('refuses a duplicate id, an id that is neither a GUID nor a UPN, and an unknown field', () => {
    expect(
      problemsOf(
        'knowledgeOwners:\n  - id: a@herning.dk\n    role: skoleleder\n  - id: A@herning.dk\n    role: centerchef\n',
      ).problems,
    ).toEqual([expect.objectContaining({ field: 'knowledgeOwners.1.id' })]);
    expect(problemsOf('knowledgeOwners:\n  - id: Lea Leder\n    role: skoleleder\n').problems).toEqual([
      expect.objectContaining({ field: 'knowledgeOwners.0.id' }),
    ]);
    expect(
      problemsOf('knowledgeOwners:\n  - id: a@herning.dk\n    role: skoleleder\n    name: Lea\n').problems,
    ).toEqual([expect.objectContaining({ field: 'knowledgeOwners.0' })]);
  });
});
