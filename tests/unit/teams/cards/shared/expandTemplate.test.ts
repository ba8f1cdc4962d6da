import { dropNulls, expandCard } from '../../../../../src/teams/cards/shared/expandTemplate';

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
