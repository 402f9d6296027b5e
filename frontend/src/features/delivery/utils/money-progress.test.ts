import { centsToDecimal, checkPaymentAmount, moneyProgress, remainingAmount, sumAmounts } from './money-progress';

describe('money progress (exact decimal strings, no floating point)', () => {
  it('gives the paid share in tenths of a percent, rounded down', () => {
    expect(moneyProgress('720000.00', '1800000.00')).toEqual({ percent: 40, remaining: '1080000.00', complete: false });
    expect(moneyProgress('1', '3')).toMatchObject({ percent: 33.3, remaining: '2.00' });
    // 99.99 % paid is not shown as complete.
    expect(moneyProgress('9999.99', '10000.00')).toMatchObject({ percent: 99.9, remaining: '0.01', complete: false });
    expect(moneyProgress('10000', '10000.00')).toEqual({ percent: 100, remaining: '0.00', complete: true });
  });

  it('is exact where floating point is not', () => {
    // 0.1 + 0.2 paid of 0.30: in floating point 0.30000000000000004 > 0.3.
    expect(moneyProgress(sumAmounts(['0.10', '0.20']), '0.30')).toEqual({ percent: 100, remaining: '0.00', complete: true });
    // Beyond 2^53 cents a float loses the last cent; cents in BigInt do not.
    expect(remainingAmount('99999999999999.99', '0.01')).toBe('99999999999999.98');
    expect(sumAmounts(['90071992547409.91', '0.01'])).toBe('90071992547409.92');
  });

  it('treats a missing, unreadable or zero amount as nothing to pay', () => {
    expect(moneyProgress(null, null)).toEqual({ percent: 0, remaining: '0.00', complete: false });
    expect(moneyProgress('10', 'abc')).toEqual({ percent: 0, remaining: '0.00', complete: false });
    expect(moneyProgress('10', '0.00').percent).toBe(0);
  });

  it('caps overpayment and ignores negative paid amounts', () => {
    expect(moneyProgress('150', '100')).toEqual({ percent: 100, remaining: '0.00', complete: true });
    expect(moneyProgress('-5', '100')).toMatchObject({ percent: 0, remaining: '100.00' });
  });

  it('adds and subtracts amounts exactly, never below zero', () => {
    expect(sumAmounts(['720000.00', '1080000.00', null, 'x'])).toBe('1800000.00');
    expect(sumAmounts([])).toBe('0.00');
    expect(remainingAmount('1080000.00', '540000.50')).toBe('539999.50');
    expect(remainingAmount('100.00', '120.00')).toBe('0.00');
    expect(centsToDecimal(-1234n)).toBe('-12.34');
  });

  it('checks a payment against what remains of the milestone', () => {
    expect(checkPaymentAmount('', '100.00')).toBe('required');
    expect(checkPaymentAmount('1e3', '100.00')).toBe('invalid');
    expect(checkPaymentAmount('10.001', '100.00')).toBe('invalid');
    expect(checkPaymentAmount('0.00', '100.00')).toBe('notPositive');
    expect(checkPaymentAmount('100.01', '100.00')).toBe('overRemaining');
    expect(checkPaymentAmount('100', '100.00')).toBeUndefined();
    expect(checkPaymentAmount(' 0.01 ', '100.00')).toBeUndefined();
  });
});
