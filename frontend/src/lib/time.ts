import dayjs, { type Dayjs } from 'dayjs';

import { DISPLAY_TIME_ZONE } from './format';

const WALL_CLOCK = 'YYYY-MM-DDTHH:mm:ss';

/**
 * Date pickers work in the browser's zone; the platform's times are Beijing time. A picker value is
 * therefore a wall-clock reading: this turns an instant into the local Dayjs that shows the same digits
 * as Beijing time does.
 */
export function toPickerValue(instant: string | null | undefined): Dayjs | undefined {
  if (!instant) {
    return undefined;
  }
  const parsed = dayjs(instant);
  return parsed.isValid() ? dayjs(parsed.tz(DISPLAY_TIME_ZONE).format(WALL_CLOCK)) : undefined;
}

/** The instant (ISO-8601 UTC) at which Beijing clocks show the picker's digits. */
export function fromPickerValue(value: Dayjs | null | undefined): string | undefined {
  if (!value || !value.isValid()) {
    return undefined;
  }
  return dayjs.tz(value.format(WALL_CLOCK), DISPLAY_TIME_ZONE).toISOString();
}

/** The start (00:00) or end (24:00) of a Beijing calendar day "YYYY-MM-DD", as an ISO instant. */
export function dayBoundary(day: string, edge: 'start' | 'end'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return undefined;
  }
  const parsed = dayjs.tz(`${day}T00:00:00`, DISPLAY_TIME_ZONE);
  if (!parsed.isValid()) {
    return undefined;
  }
  return (edge === 'start' ? parsed : parsed.add(1, 'day')).toISOString();
}

export type Countdown = { passed: boolean; days: number; hours: number; minutes: number; seconds: number; totalSeconds: number };

/** Time left until a deadline, split into days … seconds (all zero once it has passed). */
export function countdown(deadline: string | null | undefined, now: number = Date.now()): Countdown | undefined {
  if (!deadline) {
    return undefined;
  }
  const end = Date.parse(deadline);
  if (Number.isNaN(end)) {
    return undefined;
  }
  const total = Math.max(0, Math.floor((end - now) / 1000));
  return {
    passed: end <= now,
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    totalSeconds: total,
  };
}
