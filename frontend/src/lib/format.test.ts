import { formatAmountHint, formatCount, formatDateTime, formatMoney, formatWan, toCents } from './format';

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
