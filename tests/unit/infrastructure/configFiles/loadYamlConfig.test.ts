import { z } from 'zod';
import { ConfigFileError, parseYamlConfig } from '../../../../src/infrastructure/configFiles/loadYamlConfig';

const schema = z.object({
  pathways: z.array(z.object({ id: z.enum(['social', 'skole']), minAge: z.number().int().min(0) })),
});

function errorOf(text: string): ConfigFileError {
  try {
    parseYamlConfig('config/test.yaml', text, schema);
  } catch (error) {
    if (error instanceof ConfigFileError) return error;
    throw error;
  }
  throw new Error('expected a ConfigFileError');
}

describe('parseYamlConfig', () => {
  it('returns the validated value', () => {
    expect(parseYamlConfig('x.yaml', 'pathways:\n  - id: social\n    minAge: 0\n', schema)).toEqual({
      pathways: [{ id: 'social', minAge: 0 }],
    });
  });

  it('names the file, line and field of a wrong value', () => {
    const error = errorOf('pathways:\n  - id: social\n    minAge: 0\n  - id: skole\n    minAge: -3\n');
    expect(error.message).toContain('config/test.yaml');
    expect(error.problems).toEqual([expect.objectContaining({ line: 5, field: 'pathways.1.minAge' })]);
  });

  it('points a missing field at its parent entry', () => {
    const error = errorOf('pathways:\n  - id: social\n    minAge: 0\n  - id: skole\n');
    expect(error.problems[0]).toMatchObject({ line: 4, field: 'pathways.1.minAge' });
  });

  it('reports YAML syntax errors with their line', () => {
    const error = errorOf('pathways:\n  - id: social\n   minAge: [\n');
    expect(error.problems[0].line).toBeGreaterThanOrEqual(2);
    expect(error.problems[0].message).toMatch(/YAML syntax/);
  });
});
