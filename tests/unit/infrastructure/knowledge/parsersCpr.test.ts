import { parseKnowledgeFile } from '../../../../src/infrastructure/knowledge/parsers';

describe('CPR numbers in uploaded documents', () => {
  it.each([
    ['notat.md', '# Notat om 15.03.87-4303\n\nEleven 15 03 87 4304 har fravær.\n\nSe også 1503\u200b87-4306.'],
    ['notat.txt', 'Notat\n\nEleven １５０３８７４３０５ har fravær og 15-03-87-\n4308 er søsteren.'],
    ['notat.html', '<h1>Notat</h1><p>Eleven <b>150387</b>-4303 har fravær.</p>'],
  ])('removes them from %s before anything is indexed or quoted', async (path, content) => {
    const document = await parseKnowledgeFile({ id: path, path }, Buffer.from(content, 'utf8'));
    const json = JSON.stringify(document);
    expect(json).toContain('fravær');
    expect(json).toContain('[CPR fjernet]');
    expect(json.normalize('NFKC').replace(/[^\d]/g, '')).not.toMatch(/4303|4304|4305|4306|4308/);
  });
});
