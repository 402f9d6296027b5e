import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

import type { Language } from './i18n';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every time is shown in China Standard Time, whatever the browser's zone. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

/** Money arrives as a decimal string ("8000000.00"); a JSON number is tolerated and turned into one. */
export type Decimal = string | number;

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * An amount in integer cents (half-up), as a BigInt so that no floating-point arithmetic touches money.
 * Returns undefined for anything that is not a plain decimal.
 */
export function toCents(amount: Decimal | null | undefined): bigint | undefined {
  if (amount === null || amount === undefined) {
    return undefined;
  }
  const match = DECIMAL_PATTERN.exec(String(amount).trim());
  if (!match) {
    return undefined;
  }
  const [, sign, whole, fraction = ''] = match;
  let cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  if (fraction.length > 2 && Number(fraction[2]) >= 5) {
    cents += 1n;
  }
  return sign === '-' ? -cents : cents;
}

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Divides by a power of ten with rounding half-up, and prints at most `decimals` digits (trailing zeros dropped). */
function scaled(cents: bigint, divisor: bigint, decimals: number): string {
  const unit = 10n ** BigInt(decimals);
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  const rounded = (magnitude * unit * 2n + divisor) / (divisor * 2n);
  const whole = (rounded / unit).toString();
  const fraction = decimals > 0 ? (rounded % unit).toString().padStart(decimals, '0').replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** "8000000" → "¥8,000,000.00". */
export function formatMoney(amount: Decimal | null | undefined): string {
  const cents = toCents(amount);
  if (cents === undefined) {
    return '—';
  }
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  const whole = groupThousands((magnitude / 100n).toString());
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}¥${whole}.${fraction}`;
}

const YUAN = 100n;
const WAN = 10_000n * YUAN;
const YI = 100_000_000n * YUAN;
const MILLION = 1_000_000n * YUAN;
const BILLION = 1_000_000_000n * YUAN;

/** The customary Chinese reading of an amount: "8000000.00" → "800万元", "250000000" → "2.5亿元", "3500" → "3500元". */
export function formatWan(amount: Decimal | null | undefined): string {
  const cents = toCents(amount);
  if (cents === undefined) {
    return '—';
  }
  const magnitude = cents < 0n ? -cents : cents;
  if (magnitude >= YI) {
    return `${scaled(cents, YI, 2)}亿元`;
  }
  if (magnitude >= WAN) {
    return `${scaled(cents, WAN, 2)}万元`;
  }
  return `${scaled(cents, YUAN, 2)}元`;
}

/**
 * A short reading next to the exact amount, or undefined when the exact amount says it all:
 * 万元/亿元 in Chinese from ¥10,000, "million"/"billion" in English from ¥1,000,000.
 */
export function formatAmountHint(amount: Decimal | null | undefined, language: Language): string | undefined {
  const cents = toCents(amount);
  if (cents === undefined) {
    return undefined;
  }
  const magnitude = cents < 0n ? -cents : cents;
  if (language === 'zh-CN') {
    return magnitude >= WAN ? formatWan(amount) : undefined;
  }
  if (magnitude >= BILLION) {
    return `¥${scaled(cents, BILLION, 2)} billion`;
  }
  return magnitude >= MILLION ? `¥${scaled(cents, MILLION, 2)} million` : undefined;
}

/** Whole numbers with thousands separators: 12345 → "12,345". */
export const formatCount = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : groupThousands(String(Math.trunc(value)));

/** An ISO-8601 instant shown in Asia/Shanghai: "2026-03-01T02:00:00Z" → "2026-03-01 10:00". */
export function formatDateTime(instant: string | null | undefined, pattern = 'YYYY-MM-DD HH:mm'): string {
  if (!instant) {
    return '—';
  }
  const parsed = dayjs(instant);
  return parsed.isValid() ? parsed.tz(DISPLAY_TIME_ZONE).format(pattern) : '—';
}

export const formatDate = (instant: string | null | undefined) => formatDateTime(instant, 'YYYY-MM-DD');

/** A time `seconds` from now, in Asia/Shanghai (used for "try again at 14:35"). */
export const formatTimeFromNow = (seconds: number, now: Date = new Date()) =>
  dayjs(now).add(seconds, 'second').tz(DISPLAY_TIME_ZONE).format('HH:mm:ss');

/** Two amounts compared exactly: negative, zero or positive; undefined when either is not a decimal. */
export function compareAmounts(a: Decimal | null | undefined, b: Decimal | null | undefined): number | undefined {
  const left = toCents(a);
  const right = toCents(b);
  if (left === undefined || right === undefined) {
    return undefined;
  }
  return left === right ? 0 : left < right ? -1 : 1;
}

const WAN_INPUT = /^\s*(\d+)(?:\.(\d*))?\s*$/;

/** An amount typed in 万元 as yuan with two decimals: "50.5" → "505000.00"; undefined unless a plain decimal. */
export function wanToYuan(wan: string | number | null | undefined): string | undefined {
  if (wan === null || wan === undefined) {
    return undefined;
  }
  const match = WAN_INPUT.exec(String(wan));
  if (!match) {
    return undefined;
  }
  // 1 万元 = 1,000,000 cents, so six decimals of 万元 are whole cents; further digits are dropped.
  const cents = BigInt(match[1]) * 1_000_000n + BigInt(((match[2] ?? '') + '000000').slice(0, 6));
  return `${(cents / 100n).toString()}.${(cents % 100n).toString().padStart(2, '0')}`;
}

/** Yuan as 万元 without trailing zeros: "505000.00" → "50.5"; undefined unless a decimal. */
export function yuanToWan(amount: Decimal | null | undefined): string | undefined {
  const cents = toCents(amount);
  return cents === undefined ? undefined : scaled(cents, WAN, 6);
}

/** A decimal normalized to two places for the API: "8000000" → "8000000.00"; undefined unless a decimal. */
export function toAmount(amount: Decimal | null | undefined): string | undefined {
  const cents = toCents(amount);
  if (cents === undefined) {
    return undefined;
  }
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  return `${negative ? '-' : ''}${(magnitude / 100n).toString()}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}
