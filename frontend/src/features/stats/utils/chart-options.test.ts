import type { BarSeriesOption, GaugeSeriesOption } from 'echarts';

import { amountInWan, bidsHistogramOption, bountyOption, chainBarOption, ratioGaugeOption, ratioPercent, statusBarOption } from './chart-options';

const series = <T>(option: { series?: unknown }) => (option.series as T[])[0];
const axisData = (axis: unknown) => (axis as { data: unknown[] }).data;

describe('chart option builders', () => {
  it('plots amounts in 万元, rounded to the hundredth, from exact decimals', () => {
    expect(amountInWan('8000000.00')).toBe(800);
    expect(amountInWan('12345.67')).toBe(1.23);
    expect(amountInWan('15000')).toBe(1.5);
    expect(amountInWan('49.99')).toBe(0);
    expect(amountInWan('50.00')).toBe(0.01);
    expect(amountInWan(null)).toBe(0);
  });

  it('turns 0–1 ratios (numbers or decimal strings) into percentages', () => {
    expect(ratioPercent(0.8333)).toBe(83.3);
    expect(ratioPercent('0.6667')).toBe(66.7);
    expect(ratioPercent(1)).toBe(100);
    expect(ratioPercent(null)).toBeNull();
    expect(ratioPercent('abc')).toBeNull();
  });

  it('lists industry chains as horizontal bars, largest on top, labelled, at most `limit`', () => {
    const option = chainBarOption(
      [
        { chain: 'AI', challenges: 2, bounty: '1.00' },
        { chain: 'IC', challenges: 9, bounty: '1.00' },
        { chain: 'NEV', challenges: 5, bounty: '1.00' },
      ],
      (code) => `L-${code}`,
      '榜单数',
      2,
    );
    // ECharts draws the first category at the bottom: the largest comes last.
    expect(axisData(option.yAxis)).toEqual(['L-NEV', 'L-IC']);
    expect(series<BarSeriesOption>(option).data).toEqual([5, 9]);
    expect(series<BarSeriesOption>(option).name).toBe('榜单数');
  });

  it('shows every state in order, zeros included, and unknown states after them', () => {
    const option = statusBarOption({ PUBLISHED: 4, DRAFT: 1, LEGACY: 2 }, ['DRAFT', 'SUBMITTED', 'PUBLISHED'], (s) => s.toLowerCase(), 'n');
    expect(axisData(option.xAxis)).toEqual(['draft', 'submitted', 'published', 'legacy']);
    expect(series<BarSeriesOption>(option).data).toEqual([1, 0, 4, 2]);
  });

  it('compares the bounty published with the amount awarded', () => {
    const option = bountyOption({ published: '25000000.00', awarded: '1800000.00' }, { published: 'P', awarded: 'A', unit: '万元' });
    expect(axisData(option.xAxis)).toEqual(['P', 'A']);
    expect(series<BarSeriesOption>(option).data).toEqual([2500, 180]);
  });

  it('draws the bids-per-challenge distribution bucket by bucket', () => {
    const option = bidsHistogramOption(
      [
        { bids: '0', challenges: 1 },
        { bids: '1', challenges: 3 },
        { bids: '10+', challenges: 0 },
      ],
      { axis: 'bids', series: 'challenges' },
    );
    expect(axisData(option.xAxis)).toEqual(['0', '1', '10+']);
    expect(series<BarSeriesOption>(option).data).toEqual([1, 3, 0]);
  });

  it('reads a ratio on a gauge, and an empty gauge without data', () => {
    const measured = series<GaugeSeriesOption>(ratioGaugeOption(0.75, 'on time'));
    expect(measured.data).toEqual([{ value: 75, name: 'on time' }]);
    expect(measured.pointer).toEqual({ show: true });
    const empty = series<GaugeSeriesOption>(ratioGaugeOption(null, 'on time'));
    expect(empty.data).toEqual([{ value: 0, name: 'on time' }]);
    expect((empty.detail as { formatter: string }).formatter).toBe('—');
    expect(empty.pointer).toEqual({ show: false });
  });
});
