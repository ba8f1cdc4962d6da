import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';
import { loadRoleDirectory } from '../../../../src/infrastructure/configFiles/roleDirectory';

describe('loadRoleDirectory', () => {
  it('loads the shipped config/roles.yaml with the core professions', () => {
    const roles = loadRoleDirectory(join(__dirname, '../../../../config'));
    for (const id of [
      'laerer',
      'paedagog',
      'raadgiver',
      'sundhedsplejerske',
      'ppr-psykolog',
      'ssp-konsulent',
    ]) {
      expect(roles.roleIds.has(id)).toBe(true);
    }
    expect(roles.nameOf('ppr-psykolog')).toBe('PPR-psykolog');
    expect(roles.isAdmin({ upn: 'IT-Admin@herning.dk' })).toBe(true);
    expect(roles.isAdmin({ aadObjectId: '00000000-0000-4000-8000-00000000A001' })).toBe(true);
    expect(roles.isAdmin({ aadObjectId: 'someone-else' })).toBe(false);
  });

  it('names the line of an admin without an id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-'));
    writeFileSync(
      join(dir, 'roles.yaml'),
      'roles:\n  - id: a\n    name: A\nadmins:\n  - upn: not-an-email\n',
    );
    let caught: unknown;
    try {
      loadRoleDirectory(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigFileError);
    expect((caught as ConfigFileError).problems[0]).toMatchObject({ line: 5, field: 'admins.0.upn' });
  });
});
