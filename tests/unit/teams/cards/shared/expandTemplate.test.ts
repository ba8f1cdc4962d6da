import {
  dropNulls,
  expandCard,
  withSharedValues,
} from '../../../../../src/teams/cards/shared/expandTemplate';

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

describe('expandCard', () => {
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
