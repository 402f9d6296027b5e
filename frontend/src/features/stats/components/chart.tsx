import { BarChart, GaugeChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import EChartsReactCore from 'echarts-for-react/esm/core';

// Only the chart types and components the app uses, so that the chunk stays small.
echarts.use([BarChart, GaugeChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type ChartProps = {
  option: EChartsOption;
  height?: number;
  /** What the chart shows, for screen readers (the numbers are in a table next to it). */
  label: string;
  testId?: string;
};

/** An ECharts canvas that resizes with its container. */
export default function Chart({ option, height = 260, label, testId }: ChartProps) {
  return (
    <div className="chart" role="img" aria-label={label} data-testid={testId}>
      <EChartsReactCore echarts={echarts} option={option} notMerge lazyUpdate style={{ height, width: '100%' }} opts={{ renderer: 'canvas' }} />
    </div>
  );
}
