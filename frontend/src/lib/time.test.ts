import dayjs from 'dayjs';

import { countdown, dayBoundary, fromPickerValue, toPickerValue } from './time';

describe('Beijing-time pickers', () => {
  it('show an instant with the digits of Beijing clocks and read them back as the same instant', () => {
    const picked = toPickerValue('2026-03-01T02:30:15Z')!;
    expect(picked.format('YYYY-MM-DD HH:mm:ss')).toBe('2026-03-01 10:30:15');
    expect(fromPickerValue(picked)).toBe('2026-03-01T02:30:15.000Z');
  });

  it('read what the user picked as Beijing time, whatever the browser zone', () => {
    expect(fromPickerValue(dayjs('2026-12-31T23:59:00'))).toBe('2026-12-31T15:59:00.000Z');
    expect(fromPickerValue(null)).toBeUndefined();
    expect(toPickerValue(undefined)).toBeUndefined();
  });

  it('turn Beijing calendar days into the instants that bound them', () => {
    expect(dayBoundary('2026-03-01', 'start')).toBe('2026-02-28T16:00:00.000Z');
    expect(dayBoundary('2026-03-01', 'end')).toBe('2026-03-01T16:00:00.000Z');
    expect(dayBoundary('March 1', 'start')).toBeUndefined();
  });
});

describe('countdown', () => {
  const now = Date.parse('2026-03-01T00:00:00Z');

  it('splits the time left into days, hours, minutes and seconds', () => {
    expect(countdown('2026-03-03T05:06:07Z', now)).toEqual({
      passed: false,
      days: 2,
      hours: 5,
      minutes: 6,
      seconds: 7,
      totalSeconds: 2 * 86_400 + 5 * 3600 + 6 * 60 + 7,
    });
  });

  it('stops at zero once the deadline has passed', () => {
    expect(countdown('2026-02-28T23:59:00Z', now)).toMatchObject({ passed: true, totalSeconds: 0, days: 0 });
    expect(countdown(null, now)).toBeUndefined();
  });
});
