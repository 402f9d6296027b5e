import {
  compareAmounts,
  formatAmountHint,
  formatCount,
  formatDateTime,
  formatMoney,
  formatWan,
  toAmount,
  toCents,
  wanToYuan,
  yuanToWan,
} from './format';

describe('money formatting', () => {
  it('shows yuan with thousands separators and two decimals', () => {
    expect(formatMoney('8000000.00')).toBe('¥8,000,000.00');
    expect(formatMoney('1234.5')).toBe('¥1,234.50');
    expect(formatMoney('999')).toBe('¥999.00');
    expect(formatMoney('0.07')).toBe('¥0.07');
    expect(formatMoney('-1500.00')).toBe('-¥1,500.00');
  });

  it('keeps amounts beyond floating-point precision exact', () => {
    expect(formatMoney('12345678901234567.89')).toBe('¥12,345,678,901,234,567.89');
    expect(toCents('90071992547409.93')).toBe(9007199254740993n);
  });

  it('rounds extra decimals half up on the string, not on a float', () => {
    expect(formatMoney('1.005')).toBe('¥1.01');
    expect(formatMoney('2.675')).toBe('¥2.68');
    expect(formatMoney('2.674')).toBe('¥2.67');
  });

  it('tolerates a JSON number and rejects anything that is not a decimal', () => {
    expect(formatMoney(250000)).toBe('¥250,000.00');
    expect(formatMoney('12,000')).toBe('—');
    expect(formatMoney(undefined)).toBe('—');
  });

  it('reads amounts in 万元 and 亿元 the customary way', () => {
    expect(formatWan('8000000.00')).toBe('800万元');
    expect(formatWan('12345678.90')).toBe('1234.57万元');
    expect(formatWan('50000')).toBe('5万元');
    expect(formatWan('397500000.00')).toBe('3.98亿元');
    expect(formatWan('3500')).toBe('3500元');
  });

  it('gives a short hint per language only where it helps', () => {
    expect(formatAmountHint('8000000.00', 'zh-CN')).toBe('800万元');
    expect(formatAmountHint('9999.99', 'zh-CN')).toBeUndefined();
    expect(formatAmountHint('8000000.00', 'en')).toBe('¥8 million');
    expect(formatAmountHint('2500000000', 'en')).toBe('¥2.5 billion');
    expect(formatAmountHint('800000', 'en')).toBeUndefined();
  });

  it('groups counts', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(null)).toBe('—');
  });
});

describe('time formatting', () => {
  it('shows instants in Asia/Shanghai whatever the browser zone', () => {
    expect(formatDateTime('2026-03-01T02:00:00Z')).toBe('2026-03-01 10:00');
    expect(formatDateTime('2026-03-01T20:30:00Z')).toBe('2026-03-02 04:30');
    expect(formatDateTime(null)).toBe('—');
  });
});

describe('万元 conversions', () => {
  it('turns 万元 typed in a filter into exact yuan', () => {
    expect(wanToYuan('50')).toBe('500000.00');
    expect(wanToYuan('50.5')).toBe('505000.00');
    expect(wanToYuan('0.0001')).toBe('1.00');
    expect(wanToYuan('123456789.123456')).toBe('1234567891234.56');
    expect(wanToYuan('1,000')).toBeUndefined();
    expect(wanToYuan('-5')).toBeUndefined();
    expect(wanToYuan(undefined)).toBeUndefined();
  });

  it('reads yuan back as 万元 without trailing zeros', () => {
    expect(yuanToWan('505000.00')).toBe('50.5');
    expect(yuanToWan('8000000')).toBe('800');
    expect(yuanToWan('1.00')).toBe('0.0001');
  });

  it('compares and normalizes amounts exactly', () => {
    expect(compareAmounts('7500000.00', '8000000')).toBe(-1);
    expect(compareAmounts('8000000.00', '8000000')).toBe(0);
    expect(compareAmounts('90071992547409.93', '90071992547409.92')).toBe(1);
    expect(compareAmounts('x', '1')).toBeUndefined();
    expect(toAmount('8000000')).toBe('8000000.00');
    expect(toAmount(' 12.5 ')).toBe('12.50');
    expect(toAmount('')).toBeUndefined();
  });
});
