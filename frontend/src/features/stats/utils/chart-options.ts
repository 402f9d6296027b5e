import type { EChartsOption } from 'echarts';

import { toCents, type Decimal } from '@/lib/format';
import type { ChainCount, DashboardView } from '@/types/api';

/**
 * Pure builders of the ECharts options of the dashboard and the home page: data in, option out, so that
 * they are unit-tested without a canvas. Amounts are plotted in 万元; the exact amounts stay in the tables.
 */

export const CHART_COLORS = ['#1f4e9c', '#b8272c', '#2f9e77', '#d4a017', '#7b5ea7', '#3a8fd6', '#e07b39', '#5b6b82'];

/** An amount in 万元 with two decimals, for plotting only (the exact value is shown as text elsewhere). */
export function amountInWan(amount: Decimal | null | undefined): number {
  const cents = toCents(amount) ?? 0n;
  // Round to 0.01 万元 (= 100 yuan) on integers first, then one division for the plot.
  const hundredths = (cents + (cents >= 0n ? 5_000n : -5_000n)) / 10_000n;
  return Number(hundredths) / 100;
}

/** A 0–1 ratio as a whole-number percentage with one decimal, or null. */
export function ratioPercent(ratio: number | string | null | undefined): number | null {
  if (ratio === null || ratio === undefined || ratio === '') {
    return null;
  }
  const value = Number(ratio);
  return Number.isFinite(value) ? Math.round(value * 1000) / 10 : null;
}

type Label = (code: string) => string;

const baseGrid = { left: 8, right: 16, top: 24, bottom: 8, containLabel: true };

/** Published challenges per industry chain, as horizontal bars (largest on top), at most `limit` chains. */
export function chainBarOption(chains: ChainCount[], label: Label, seriesName: string, limit = 10): EChartsOption {
  const shown = [...chains].sort((a, b) => b.challenges - a.challenges).slice(0, limit).reverse();
  return {
    color: CHART_COLORS,
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: baseGrid,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((c) => label(c.chain)), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', name: seriesName, data: shown.map((c) => c.challenges), barMaxWidth: 18, label: { show: true, position: 'right' } }],
  };
}

/** Challenges per state, as vertical bars in the given order (states without challenges included). */
export function statusBarOption(byStatus: Record<string, number>, order: readonly string[], label: Label, seriesName: string): EChartsOption {
  const states = [...order, ...Object.keys(byStatus).filter((state) => !order.includes(state))];
  return {
    color: CHART_COLORS,
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: baseGrid,
    xAxis: { type: 'category', data: states.map(label), axisLabel: { interval: 0, rotate: 40 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: seriesName, data: states.map((state) => byStatus[state] ?? 0), barMaxWidth: 28 }],
  };
}

/** Bounty published against awarded, in 万元. */
export function bountyOption(bounty: DashboardView['bounty'], labels: { published: string; awarded: string; unit: string }): EChartsOption {
  return {
    color: [CHART_COLORS[0], CHART_COLORS[1]],
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: baseGrid,
    xAxis: { type: 'category', data: [labels.published, labels.awarded] },
    yAxis: { type: 'value', name: labels.unit },
    series: [
      {
        type: 'bar',
        name: labels.unit,
        barMaxWidth: 56,
        colorBy: 'data',
        data: [amountInWan(bounty.published), amountInWan(bounty.awarded)],
        label: { show: true, position: 'top' },
      },
    ],
  };
}

/** How many closed challenges received 0, 1, 2, … bids. */
export function bidsHistogramOption(buckets: DashboardView['bidsPerChallenge']['buckets'], labels: { axis: string; series: string }): EChartsOption {
  return {
    color: [CHART_COLORS[2]],
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { ...baseGrid, bottom: 28 },
    xAxis: { type: 'category', name: labels.axis, nameLocation: 'middle', nameGap: 26, data: buckets.map((b) => b.bids) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: labels.series, data: buckets.map((b) => b.challenges), barCategoryGap: '10%', label: { show: true, position: 'top' } }],
  };
}

/** A 0–100 % gauge for a ratio; an empty gauge reading "—" when there is nothing to measure yet. */
export function ratioGaugeOption(ratio: number | string | null | undefined, name: string): EChartsOption {
  const percent = ratioPercent(ratio);
  return {
    animation: false,
    series: [
      {
        type: 'gauge',
        name,
        min: 0,
        max: 100,
        progress: { show: true, width: 12 },
        axisLine: { lineStyle: { width: 12 } },
        axisTick: { show: false },
        splitLine: { length: 8 },
        axisLabel: { distance: 16, fontSize: 10 },
        pointer: { show: percent !== null },
        itemStyle: { color: percent !== null && percent < 60 ? CHART_COLORS[1] : CHART_COLORS[0] },
        detail: { valueAnimation: false, formatter: percent === null ? '—' : '{value}%', fontSize: 22, offsetCenter: [0, '60%'] },
        data: [{ value: percent ?? 0, name }],
        title: { show: false },
      },
    ],
  };
}
