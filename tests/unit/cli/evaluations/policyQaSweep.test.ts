import { parseRankingSweep } from '../../../../src/cli/evaluations/policyQa';

describe('eval --sweep', () => {
  it('reads one ranking parameter and its values', () => {
    expect(parseRankingSweep(['--only', 'policyQa', '--sweep', 'proximityBoost=0.2, 0.3,0.4'])).toEqual({
      parameter: 'proximityBoost',
      values: [0.2, 0.3, 0.4],
    });
    expect(parseRankingSweep(['--dev-only'])).toBeUndefined();
  });

  it('names the parameters when the name is unknown, and refuses values that are not numbers', () => {
    expect(() => parseRankingSweep(['--sweep', 'bogus=1,2'])).toThrow(/proximityBoost/);
    expect(() => parseRankingSweep(['--sweep', 'typeBoost=0.5,x'])).toThrow(/numbers/);
    expect(() => parseRankingSweep(['--sweep', 'typeBoost='])).toThrow(/numbers/);
  });
});
