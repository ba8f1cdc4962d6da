import { wallClock, zoneOffsetMs } from '../../../../src/domain/shared/danishTime';

const HOUR = 60 * 60 * 1000;

describe('wallClock', () => {
  it('shows Danish winter time one hour ahead of UTC', () => {
    expect(wallClock(new Date('2026-12-03T13:30:15Z'))).toEqual({
      year: 2026,
      month: 12,
      day: 3,
      hour: 14,
      minute: 30,
      second: 15,
    });
  });

  it('rolls over to the next Danish day before UTC does', () => {
    expect(wallClock(new Date('2026-06-30T22:30:00Z'))).toMatchObject({ month: 7, day: 1, hour: 0 });
  });

  it('reads another zone when asked', () => {
    expect(wallClock(new Date('2026-12-03T13:30:00Z'), 'UTC')).toMatchObject({ day: 3, hour: 13 });
  });
});

describe('zoneOffsetMs', () => {
  it('is one hour in winter and two in summer', () => {
    expect(zoneOffsetMs(new Date('2026-01-15T12:00:00Z'))).toBe(HOUR);
    expect(zoneOffsetMs(new Date('2026-07-15T12:00:00Z'))).toBe(2 * HOUR);
  });

  it('changes at 01:00 UTC on the last Sunday of March', () => {
    expect(zoneOffsetMs(new Date('2026-03-29T00:59:00Z'))).toBe(HOUR);
    expect(zoneOffsetMs(new Date('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
  });
});
