import { Writable } from 'node:stream';
import { createPinoLogger } from '../../../../src/infrastructure/logging/pinoLogger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, callback) {
      for (const line of chunk.toString().split('\n'))
        if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  return { lines, logger: createPinoLogger({ level: 'debug', destination }) };
}

describe('pino logger', () => {
  it('writes structured JSON with child bindings', () => {
    const { lines, logger } = capture();
    logger.child({ correlationId: 'abc' }).info('turn completed', { durationMs: 12 });
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'turn completed',
      correlationId: 'abc',
      durationMs: 12,
    });
  });

  it('removes fields that could carry what a user wrote', () => {
    const { lines, logger } = capture();
    logger.info('x', {
      text: 'min besked',
      question: 'spørgsmål',
      card: { a: 1 },
      nested: { summary: 'resume' },
      count: 3,
    });
    expect(lines[0]).toEqual(expect.objectContaining({ count: 3 }));
    expect(JSON.stringify(lines[0])).not.toMatch(/min besked|spørgsmål|resume/);
  });

  it('removes them from child bindings, from objects one level down and from a message in them', () => {
    const { lines, logger } = capture();
    logger.child({ correlationId: 'c1', description: 'beskrivelse' }).info('x', {
      message: { text: 'brugerens tekst', id: 'm1' },
      nested: { message: { text: 'citeret tekst', id: 'm2' }, value: 'værdi', kind: 'k' },
    });
    expect(lines[0]).toMatchObject({
      correlationId: 'c1',
      message: { id: 'm1' },
      nested: { message: { id: 'm2' }, kind: 'k' },
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/beskrivelse|brugerens tekst|citeret tekst|værdi/);
  });

  it('removes them from an error in the fields and leaves the error as it was', () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error('det gik galt'), { text: 'min besked', code: 'E1' });
    logger.info('x', { error });
    expect(JSON.stringify(lines)).not.toContain('min besked');
    expect(lines[0]).toMatchObject({ error: { code: 'E1' } });
    expect(error.text).toBe('min besked');
  });

  it('masks CPR numbers in messages', () => {
    const { lines, logger } = capture();
    logger.warn('fejl for 010203-1234 i sag');
    expect(JSON.stringify(lines)).not.toContain('010203-1234');
  });

  it('masks CPR numbers in every written form in fields and child bindings too', () => {
    const { lines, logger } = capture();
    logger.child({ where: 'sag 15 03 87 4304' }).info('x', {
      reason: 'fra 15.03.87-4303',
      nested: { list: ['１５０３８７４３０５', '1503\u200b87-4306'] },
    });
    const json = JSON.stringify(lines[0]).normalize('NFKC').replace(/[^\d]/g, '');
    expect(json).not.toMatch(/4303|4304|4305|4306/);
    expect(lines[0]).toMatchObject({ reason: 'fra [CPR fjernet]' });
  });

  it("leaves the caller's fields as they were, whether or not something was masked", () => {
    const { lines, logger } = capture();
    const clean = { count: 3, nested: { kind: 'answer', list: ['a', 1] }, text: 'min besked' };
    const withCpr = { reason: 'fra 15.03.87-4303', nested: { list: ['ok', '150387-4304'] } };
    const before = JSON.stringify([clean, withCpr]);
    logger.info('x', clean);
    logger.info('y', withCpr);
    expect(JSON.stringify([clean, withCpr])).toBe(before);
    expect(lines[0]).toMatchObject({ count: 3, nested: { kind: 'answer', list: ['a', 1] } });
    expect(lines[0]).not.toHaveProperty('text');
    expect(lines[1]).toMatchObject({
      reason: 'fra [CPR fjernet]',
      nested: { list: ['ok', '[CPR fjernet]'] },
    });
  });
});
