import {
  isoWeekOf,
  recentWeeks,
  suppressedRate,
  suppressSmall,
} from '../../../../src/domain/overview/counts';

describe('suppressSmall', () => {
  it('hides counts from 1 to 4 and shows 0 and 5 and up', () => {
    expect([0, 1, 4, 5, 120].map(suppressSmall)).toEqual([0, null, null, 5, 120]);
  });
});

describe('suppressedRate', () => {
  it('gives the share when both counts and the remainder are shown', () => {
    expect(suppressedRate(40, 50)).toBe(0.8);
    expect(suppressedRate(50, 50)).toBe(1);
  });

  it('hides a share that would reveal a count under 5', () => {
    expect(suppressedRate(3, 50)).toBeNull(); // the part
    expect(suppressedRate(47, 50)).toBeNull(); // the remainder: 3 unanswered
    expect(suppressedRate(0, 0)).toBeNull();
  });
});

describe('isoWeekOf', () => {
  it('names the ISO week in Danish time, with the year of its Thursday', () => {
    expect(isoWeekOf(new Date('2026-03-02T10:00:00Z'))).toBe('2026-W10');
    // Sunday 23:30 UTC is already Monday in Copenhagen.
    expect(isoWeekOf(new Date('2026-03-01T23:30:00Z'))).toBe('2026-W10');
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeekOf(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
  });

  it('lists recent weeks oldest first without gaps or repeats', () => {
    const weeks = recentWeeks(new Date('2026-01-14T12:00:00Z'), 4);
    expect(weeks).toEqual(['2025-W52', '2026-W01', '2026-W02', '2026-W03']);
  });
});
