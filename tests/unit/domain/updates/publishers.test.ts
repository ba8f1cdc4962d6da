import type { z } from 'zod';
import { createPublisherDirectory, publisherDirectorySchema } from '../../../../src/domain/updates';
import { AUTHOR_OID, testPublishers } from './fixtures';

describe('publisher directory', () => {
  it('finds a publisher by object id or UPN, ignoring case', () => {
    const directory = testPublishers();
    expect(directory.find({ aadObjectId: AUTHOR_OID.toUpperCase() })).toEqual({
      role: 'skoleleder',
      roleLabel: 'Skoleleder',
      unit: 'Eksempelskolen',
    });
    expect(
      directory.find({ aadObjectId: 'ffffffff-0000-4000-8000-000000000000', upn: 'CHEF@herning.example' })
        ?.role,
    ).toBe('centerchef');
    expect(directory.find({ aadObjectId: 'ffffffff-0000-4000-8000-000000000000' })).toBeUndefined();
    expect(directory.find({})).toBeUndefined();
    expect(directory.hasUpnEntries).toBe(true);
  });

  it('knows when no UPN lookup is needed', () => {
    expect(
      createPublisherDirectory({ publishers: [{ id: AUTHOR_OID, role: 'centerchef', unit: 'X' }] })
        .hasUpnEntries,
    ).toBe(false);
  });

  it('rejects unknown roles, bad ids and duplicate ids', () => {
    const result = publisherDirectorySchema.safeParse({
      publishers: [
        { id: 'not an id', role: 'skoleleder', unit: 'A' },
        { id: AUTHOR_OID, role: 'rektor', unit: 'B' },
      ],
    });
    expect(result.success).toBe(false);
    const paths = (result as z.SafeParseError<unknown>).error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['publishers.0.id', 'publishers.1.role']);
    const duplicate = publisherDirectorySchema.safeParse({
      publishers: [
        { id: AUTHOR_OID, role: 'skoleleder', unit: 'A' },
        { id: AUTHOR_OID.toUpperCase(), role: 'skoleleder', unit: 'C' },
      ],
    });
    expect(
      (duplicate as z.SafeParseError<unknown>).error.issues.map((issue) => issue.path.join('.')),
    ).toEqual(['publishers.1.id']);
  });
});
