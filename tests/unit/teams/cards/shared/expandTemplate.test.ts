import {
  dropNulls,
  prepareCardTemplate,
  withSharedValues,
} from '../../../../../src/teams/cards/shared/expandTemplate';
import { createCardTemplates } from '../../../../../src/teams/cards/shared/cardTemplates';

const expandCard = (template: object, data: object) => createCardTemplates().expand(template, data);

describe('dropNulls', () => {
  it('leaves out nulls at every depth, in arrays and objects, and keeps the order of keys', () => {
    const value = {
      b: null,
      a: [1, null, { c: null, d: 'x' }, [null, false, 0, '']],
      e: { f: { g: null, h: true } },
      z: 'last',
    };
    const result = dropNulls(value);
    expect(result).toEqual({ a: [1, { d: 'x' }, [false, 0, '']], e: { f: { h: true } }, z: 'last' });
    expect(Object.keys(result as object)).toEqual(['a', 'e', 'z']);
    expect(value.b).toBeNull();
  });

  it('keeps an own "__proto__" key as a key and never changes the prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as object;
    const result = dropNulls(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual(['__proto__', 'x']);
    expect(JSON.stringify(result)).toBe('{"__proto__":{"polluted":true},"x":1}');
  });
});

describe('CardTemplates.expand', () => {
  it('expands with $root data and leaves no null behind where $when dropped a property', () => {
    const template = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: '${title}' },
        { type: 'TextBlock', $when: '${show}', text: 'hidden' },
      ],
      selectAction: { $when: '${show}', type: 'Action.Submit' },
    };
    const card = expandCard(template, { title: 'Hej', show: false });
    expect(card).toEqual({ type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Hej' }] });
    expect(expandCard(template, { title: 'Igen', show: true })).toEqual({
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'Igen' },
        { type: 'TextBlock', text: 'hidden' },
      ],
      selectAction: { type: 'Action.Submit' },
    });
  });
});

describe('withSharedValues', () => {
  const template = {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: '${label.title}', $when: '${label.show}' },
      { type: 'TextBlock', text: 'Hej ${label.title}' },
      { type: 'TextBlock', $data: '${items}', text: '${label.title}' },
      { type: 'TextBlock', text: '${label.tricky}' },
      { type: 'TextBlock', text: '${other}' },
    ],
  };
  const shared = { label: { title: 'Overskrift', show: true, tricky: 'a ${b}' } };

  it('writes in only whole bindings of shared strings outside $data, and leaves $when alone', () => {
    const prepared = withSharedValues(template, shared);
    expect(prepared.body).toEqual([
      { type: 'TextBlock', text: 'Overskrift', $when: '${label.show}' },
      { type: 'TextBlock', text: 'Hej ${label.title}' },
      { type: 'TextBlock', $data: '${items}', text: '${label.title}' },
      { type: 'TextBlock', text: '${label.tricky}' },
      { type: 'TextBlock', text: '${other}' },
    ]);
    expect(template.body[0]!.text).toBe('${label.title}');
  });

  it('expands to the same card as the template as written', () => {
    const data = { ...shared, items: [{ label: { title: 'Punkt' } }], other: 'Andet' };
    expect(expandCard(withSharedValues(template, shared), data)).toEqual(expandCard(template, data));
  });
});

describe('prepareCardTemplate', () => {
  const template = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Fast overskrift', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', $when: '${show}', text: '${title}', spacing: 'None' },
      {
        type: 'Container',
        $data: '${items}',
        items: [
          { type: 'TextBlock', text: '${name}' },
          { type: 'TextBlock', text: 'Fast linje', isSubtle: true, list: [null, 'a'] },
        ],
      },
      { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', targetElements: ['details'] }] },
    ],
    actions: [{ type: 'Action.Execute', title: 'Send', verb: 'x.send', data: { lang: '${lang}' } }],
  };
  const data = [
    { show: true, title: 'Hej', items: [{ name: 'en' }, { name: 'to' }], lang: 'da' },
    { show: false, title: 'Nej', items: [], lang: 'en' },
    { show: true, title: 'Kun én', items: [{ name: 'tre' }], lang: 'da' },
  ];

  it('expands to the same card as expandCard gives, part for part and key for key', () => {
    const prepared = prepareCardTemplate(template);
    for (const values of data) {
      expect(JSON.stringify(prepared.expand(values))).toBe(JSON.stringify(expandCard(template, values)));
    }
  });

  it('gives every card its own copy of the fixed parts', () => {
    const prepared = prepareCardTemplate(template);
    const first = prepared.expand(data[0]!);
    ((first.body as Record<string, unknown>[])[0] as Record<string, unknown>).text = 'changed';
    expect(JSON.stringify(prepared.expand(data[0]!))).toBe(JSON.stringify(expandCard(template, data[0]!)));
  });

  it('leaves data that looks like a stand-in for a fixed part as the data it is', () => {
    const prepared = prepareCardTemplate(template);
    const spoof = { ...data[0]!, title: '\u0000static-part:0' };
    expect(JSON.stringify(prepared.expand(spoof))).toBe(JSON.stringify(expandCard(template, spoof)));
  });
});
