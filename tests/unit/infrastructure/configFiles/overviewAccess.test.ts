import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';
import { loadOverviewAccess } from '../../../../src/infrastructure/configFiles/overviewAccess';
import { loadRoleDirectory } from '../../../../src/infrastructure/configFiles/roleDirectory';

const noKnowledgeOwners = { find: () => undefined };

function problemsOf(load: () => unknown): ConfigFileError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigFileError) return error;
    throw error;
  }
  throw new Error('expected a ConfigFileError');
}

describe('loadOverviewAccess', () => {
  it('finds managers by object id or UPN, whatever their case', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overblik-'));
    writeFileSync(
      join(dir, 'overblik.yaml'),
      'managers:\n  - objectId: 00000000-0000-4000-8000-0000000000A1\n  - upn: Leder@herning.dk\n',
    );
    const access = loadOverviewAccess(dir, noKnowledgeOwners);
    expect(access.isManager({ aadObjectId: '00000000-0000-4000-8000-0000000000a1' })).toBe(true);
    expect(access.isManager({ aadObjectId: 'someone', upn: 'leder@HERNING.dk' })).toBe(true);
    expect(access.isManager({ aadObjectId: 'someone', upn: 'other@herning.dk' })).toBe(false);
  });

  it('names the file, line and field of a manager without an id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overblik-'));
    writeFileSync(join(dir, 'overblik.yaml'), 'managers:\n  - upn: leder@herning.dk\n  - name: Leder\n');
    const error = problemsOf(() => loadOverviewAccess(dir, noKnowledgeOwners));
    expect(error.message).toContain('overblik.yaml');
    expect(error.problems[0]).toMatchObject({ line: 3, field: 'managers.1' });
  });

  it('reports a person the same way in overblik.yaml and in roles.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'people-'));
    writeFileSync(join(dir, 'overblik.yaml'), 'managers:\n  - objectId: not-a-guid\n');
    writeFileSync(
      join(dir, 'roles.yaml'),
      'roles:\n  - id: a\n    name: A\nadmins:\n  - objectId: not-a-guid\n',
    );
    const managers = problemsOf(() => loadOverviewAccess(dir, noKnowledgeOwners)).problems[0];
    const admins = problemsOf(() => loadRoleDirectory(dir)).problems[0];
    expect(managers).toMatchObject({
      field: 'managers.0.objectId',
      message: 'must be an Entra object id (GUID)',
    });
    expect(admins).toMatchObject({
      field: 'admins.0.objectId',
      message: 'must be an Entra object id (GUID)',
    });
  });

  it('without overblik.yaml nobody is a manager', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overblik-'));
    expect(loadOverviewAccess(dir, noKnowledgeOwners).isManager({ aadObjectId: 'x' })).toBe(false);
  });
});
