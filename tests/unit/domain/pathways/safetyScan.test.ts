import { createNegationCheck } from '../../../../src/domain/pathways/negation';
import { createSafetyScan } from '../../../../src/domain/pathways/safetyScan';
import { prepareText } from '../../../../src/domain/pathways/textMatching';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import { CONFIG_DIR } from './testConfig';

/** Whether the writer's explanations settle the matter, so that the statistical model stays silent. */
describe('safety scan: signs the writer settled', () => {
  const { safety } = loadPathwayConfig(CONFIG_DIR);
  const scanner = createSafetyScan(safety, createNegationCheck(safety.negation));
  const scan = (text: string) => scanner.scan(prepareText(text), { pregnancy: false, ageYears: 10 });

  it.each([
    'Hun sagde "det er en hemmelighed, du må ikke sige det til nogen" – hun er forelsket i en pige fra parallelklassen.',
    'She said "it is a secret, you must not tell anyone" – she has a crush on a girl from the other class.',
    'Han har et blåt mærke over øjenbrynet. Han fik et epileptisk anfald i aftes og slog sig på bordet.',
    'He has a bruise above his eyebrow. He had an epileptic seizure last night and hit the table.',
    'Han drak sig fuld til en fødselsdag fredag. Første gang nogensinde, de hentede ham og han har husarrest.',
  ])('a named diagnosis or a crush as the secret settles it: %s', (text) => {
    const result = scan(text);
    expect(result.fired).toEqual([]);
    expect(result.ruledOut.length).toBeGreaterThan(0);
    expect(result.settled).toBe(true);
  });

  it.each([
    'Han har et blåt mærke på kinden fra fodbold i går.',
    'He has a bruise on his cheek from football yesterday.',
    'Der er ingen tegn på vold.',
    'There are no signs of violence.',
    'Han har tit blå mærker. Mor siger det er fra fodbold, men der er aldrig en lægeerklæring.',
  ])('a game, a sport or a denial leaves the model free to read on: %s', (text) => {
    expect(scan(text).settled).toBe(false);
  });

  it('settles nothing where no sign was seen', () => {
    expect(scan('Hun er glad og har mange venner.').settled).toBe(false);
  });
});
