import { detectDemand, meetsDemand } from '../../../../src/domain/retrieval/answerType';

const unit = (text: string, listItem = false) => ({ text, listItem });

describe('questions that demand what a text must state outright', () => {
  it.each([
    ['hvor mange sager har en socialrådgiver præcist', 'exactFigure'],
    ['how many cases exactly does a social worker have', 'exactFigure'],
    ['hvordan fungerer analysemodellen trin for trin', 'steps'],
    ['explain the model step by step', 'steps'],
  ])('%s -> %s', (question, demand) => {
    expect(detectDemand(question)).toBe(demand);
  });

  it.each([
    'hvor mange temaer har politikken',
    'hvad er præcist formålet med politikken',
    'hvad er herningmodellen',
  ])('asks nothing extra of %s', (question) => {
    expect(detectDemand(question)).toBeUndefined();
  });

  it('an exact figure needs a written number, a mention is not enough', () => {
    expect(
      meetsDemand('exactFigure', [unit('Færre sager pr. socialrådgiver giver tid til familierne.')]),
    ).toBe(false);
    expect(meetsDemand('exactFigure', [unit('Hver rådgiver har højst 25 sager.')])).toBe(true);
  });

  it('steps need a list of at least three items', () => {
    expect(meetsDemand('steps', [unit('Analysemodellen er inspireret af LP.')])).toBe(false);
    expect(
      meetsDemand('steps', [
        unit('Trinene:'),
        unit('Beskriv', true),
        unit('Analysér', true),
        unit('Handl', true),
      ]),
    ).toBe(true);
  });
});
