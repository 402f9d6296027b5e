import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';

import type { ChartProps } from './chart';

const Chart = lazy(() => import('./chart'));

/** The chart, loaded on first use (ECharts is a large module), with a placeholder of its height meanwhile. */
export function LazyChart(props: ChartProps) {
  return (
    <Suspense
      fallback={
        <div className="chart-placeholder" style={{ height: props.height ?? 260 }}>
          <Skeleton active />
        </div>
      }
    >
      <Chart {...props} />
    </Suspense>
  );
}
