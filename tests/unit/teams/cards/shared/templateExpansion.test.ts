/**
 * The direct expansion (src/teams/cards/shared/templateExpansion.ts) gives what
 * adaptivecards-templating's own Template.expand gives: for every expansion behind every card of
 * the catalogue, and for the rules of the expression language it evaluates itself.
 */
import { isDeepStrictEqual } from 'node:util';
import * as ACData from 'adaptivecards-templating';
import { cardCatalogue } from '@src/cli/renderCards';
import { parseTemplate } from '@src/teams/cards/shared/templateExpansion';

type Expansion = { template: object; root: object; ours: unknown; library: unknown };
const mockExpansions: Expansion[] = [];

jest.mock('@src/teams/cards/shared/templateExpansion', () => {
  const actual = jest.requireActual('@src/teams/cards/shared/templateExpansion');
  const Library = jest.requireActual('adaptivecards-templating').Template;
  return {
    ...actual,
    parseTemplate: (template: object) => {
      const ours = actual.parseTemplate(template);
      const library = new Library(template);
      return {
        expand: (root: object) => {
          const expansion = {
            template,
            root,
            ours: ours.expand(root),
            library: library.expand({ $root: root }),
          };
          mockExpansions.push(expansion);
          return expansion.ours;
        },
      };
    },
  };
});

const library = (template: object, root: object) => new ACData.Template(template).expand({ $root: root });
const ours = (template: object, root: object) =>
  jest.requireActual('@src/teams/cards/shared/templateExpansion').parseTemplate(template).expand(root);

describe('the direct template expansion', () => {
  it('gives the library expansion for every card of the catalogue', () => {
    const cards = cardCatalogue();
    expect(cards.length).toBeGreaterThan(50);
    expect(mockExpansions.length).toBeGreaterThanOrEqual(cards.length);
    const differing = mockExpansions.filter((e) => !isDeepStrictEqual(e.ours, e.library));
    expect(differing.map((e) => JSON.stringify(e.ours).slice(0, 200))).toEqual([]);
  });

  it.each([
    ['a plain path', { text: '${a.b}' }, { a: { b: 'x' } }],
    [
      'a path of another type',
      { n: '${n}', f: '${flag}', list: '${items}' },
      { n: 3, flag: false, items: [1, 2] },
    ],
    [
      'a missing value, written back as its binding',
      { text: '${a.missing}', t: 'x ${nothing} y' },
      { a: {} },
    ],
    ['a key in other case', { text: '${Name} ${NAME}' }, { name: 'n' }],
    ['the first key in other case wins', { text: '${name}' }, { NAME: 'upper', name: 'lower' }],
    ['a falsy value on the way', { t: '${a.b}', u: '${z.length}' }, { a: 0, z: '' }],
    [
      'an array length and a string length',
      { t: '${items.length}', u: '${s.length}' },
      { items: [1], s: 'ab' },
    ],
    [
      'numbers, booleans and lists in a string',
      { t: '${n} ${f} ${l} ${o}' },
      { n: 1.5, f: true, l: [1, 2], o: {} },
    ],
    [
      '$root, $data and $index',
      { body: [{ $data: '${items}', text: '${$index}: ${name} of ${$root.title}' }] },
      { title: 'T', items: [{ name: 'a' }, { name: 'b' }] },
    ],
    ['$data that is one object', { body: [{ $data: '${item}', text: '${name}' }] }, { item: { name: 'a' } }],
    ['$data that is missing', { body: [{ $data: '${nothing}', text: 'x' }] }, {}],
    [
      '$when true, false, missing and not a boolean',
      {
        body: [
          { $when: '${yes}', t: 1 },
          { $when: '${no}', t: 2 },
          { $when: '${nothing}', t: 3 },
          { $when: '${text}', t: 4 },
        ],
      },
      { yes: true, no: false, text: 'true' },
    ],
    [
      '$when on an item',
      { body: [{ $data: '${items}', $when: '${show}', t: '${n}' }] },
      {
        items: [
          { show: true, n: 1 },
          { show: false, n: 2 },
        ],
      },
    ],
    [
      'comparisons and functions (evaluated by the library)',
      { a: "${x != ''}", b: '${count(items) > 0}', c: '${items[0]}', d: "${concat(x, '!')}" },
      { x: 'v', items: ['i'] },
    ],
    ['a failing function in a string', { t: 'a ${nope(x)} b' }, { x: 1 }],
    ['a Map on the way', { t: '${m.k}' }, { m: new Map([['k', 'v']]) }],
    ['an index (evaluated by the library)', { t: '${items[0].name}' }, { items: [{ name: 'zero' }] }],
  ])('%s', (_name, template, root) => {
    expect(ours(template, root)).toEqual(library(template, root));
  });

  it('throws where the library throws: a null part of a string', () => {
    const template = { t: 'a ${x} b' };
    expect(() => library(template, { x: null })).toThrow();
    expect(() => ours(template, { x: null })).toThrow();
  });

  it('is what the card renderers use', () => {
    expect(parseTemplate({ t: '${a}' }).expand({ a: 'b' })).toEqual({ t: 'b' });
  });
});
