import { percentText, plainDecimal } from './figures';

describe('dashboard figures', () => {
  it('drops trailing zeros of decimals', () => {
    expect(plainDecimal('50.00')).toBe('50');
    expect(plainDecimal('1.50')).toBe('1.5');
    expect(plainDecimal('10')).toBe('10');
    expect(plainDecimal('100.0')).toBe('100');
    expect(plainDecimal(null)).toBe('—');
  });

  it('reads ratios as percentages', () => {
    expect(percentText(0.6)).toBe('60%');
    expect(percentText('0.6667')).toBe('66.7%');
    expect(percentText(null)).toBe('—');
  });
});
