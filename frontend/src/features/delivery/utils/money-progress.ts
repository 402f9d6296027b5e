import { toCents, type Decimal } from '@/lib/format';

/** How much of an amount is paid, computed on integer cents (never floating point on money). */
export type MoneyProgress = {
  /** Paid share in percent with one decimal, rounded down (so 99.99 % never shows as 100 %), 0–100. */
  percent: number;
  /** What remains to be paid, as a decimal string with two places ("0.00" when paid in full). */
  remaining: string;
  /** Paid in full (or more). */
  complete: boolean;
};

/** The paid share of `amount`; an unreadable or zero amount counts as nothing to pay. */
export function moneyProgress(paid: Decimal | null | undefined, amount: Decimal | null | undefined): MoneyProgress {
  const total = toCents(amount) ?? 0n;
  const done = toCents(paid) ?? 0n;
  if (total <= 0n) {
    return { percent: 0, remaining: '0.00', complete: false };
  }
  const clamped = done < 0n ? 0n : done > total ? total : done;
  // Tenths of a percent: paid × 1000 / total, rounded down, in exact integer arithmetic.
  const permille = (clamped * 1000n) / total;
  const remaining = total - clamped;
  return { percent: Number(permille) / 10, remaining: centsToDecimal(remaining), complete: remaining === 0n };
}

/** Integer cents as a decimal string with two places: 12345n → "123.45". */
export function centsToDecimal(cents: bigint): string {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  return `${negative ? '-' : ''}${(magnitude / 100n).toString()}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}

/** The exact sum of decimal amounts (unreadable ones are skipped). */
export function sumAmounts(amounts: (Decimal | null | undefined)[]): string {
  return centsToDecimal(amounts.reduce<bigint>((sum, amount) => sum + (toCents(amount) ?? 0n), 0n));
}

/** `amount − paid`, never below zero. */
export function remainingAmount(amount: Decimal | null | undefined, paid: Decimal | null | undefined): string {
  const left = (toCents(amount) ?? 0n) - (toCents(paid) ?? 0n);
  return centsToDecimal(left > 0n ? left : 0n);
}

export type PaymentAmountProblem = 'required' | 'invalid' | 'notPositive' | 'overRemaining';

/** Checks a payment against what remains of the milestone: a decimal with at most two places, 0 < amount ≤ remaining. */
export function checkPaymentAmount(amount: string | null | undefined, remaining: Decimal): PaymentAmountProblem | undefined {
  const text = (amount ?? '').trim();
  if (!text) {
    return 'required';
  }
  if (!/^\d+(\.\d{1,2})?$/.test(text)) {
    return 'invalid';
  }
  const cents = toCents(text)!;
  if (cents <= 0n) {
    return 'notPositive';
  }
  return cents > (toCents(remaining) ?? 0n) ? 'overRemaining' : undefined;
}
