/**
 * Apache ECharts, tree-shaken: only the core, the three chart types and the components the pages use
 * (the full build is three times the size). SVG renderer: crisp at any zoom, text stays text.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

/** Dark enough for 4.5:1 against white (axe's contrast rule) in labels and bars. */
export const COLOURS = ['#1f4e79', '#8a3b12', '#2e6b30', '#6b2c6b', '#5a5a00'];

const charts = new Set<echarts.ECharts>();
addEventListener('resize', () => charts.forEach((c) => c.resize()));

function mount(el: HTMLElement, option: EChartsCoreOption, description: string): echarts.ECharts {
  echarts.getInstanceByDom(el)?.dispose();
  const chart = echarts.init(el, null, { renderer: 'svg' });
  charts.add(chart);
  // The table next to each chart is the accessible alternative: the chart itself is one labelled image.
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', description);
  chart.setOption({ color: COLOURS, aria: { enabled: false }, animation: false, textStyle: { color: '#222' }, ...option });
  return chart;
}

/** Horizontal bars, one per category, in the order given (top to bottom). */
export function barChart(el: HTMLElement, categories: string[], values: number[], description: string): echarts.ECharts {
  el.style.height = `${Math.max(120, categories.length * 28 + 50)}px`;
  return mount(
    el,
    {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 40, top: 10, bottom: 20, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ type: 'bar', data: values, label: { show: true, position: 'right', color: '#222' } }],
    },
    description,
  );
}

export interface LineSeries {
  name: string;
  data: Array<number | null>;
  /** Reference values drawn across the chart (benchmarks, comparators). */
  references?: Array<{ name: string; value: number }>;
}

export function lineChart(el: HTMLElement, categories: string[], series: LineSeries[], description: string): echarts.ECharts {
  el.style.height = '320px';
  return mount(
    el,
    {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { color: '#222' } },
      grid: { left: 8, right: 120, top: 40, bottom: 20, containLabel: true },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value' },
      series: series.map((s) => ({
        type: 'line',
        name: s.name,
        data: s.data,
        connectNulls: false,
        markLine: s.references?.length
          ? { symbol: 'none', label: { formatter: '{b}: {c}', color: '#222' }, lineStyle: { type: 'dashed' }, data: s.references.map((r) => ({ name: r.name, yAxis: r.value })) }
          : undefined,
      })),
    },
    description,
  );
}

/** Bars per category with reference lines (the comparison's benchmarks and comparators). */
export function barsWithReferences(el: HTMLElement, categories: string[], values: Array<number | null>, references: Array<{ name: string; value: number }>, description: string): echarts.ECharts {
  el.style.height = '300px';
  return mount(
    el,
    {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 140, top: 20, bottom: 20, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, overflow: 'truncate', width: 100 } },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          data: values,
          label: { show: true, position: 'top', color: '#222' },
          markLine: references.length
            ? { symbol: 'none', label: { formatter: '{b}: {c}', color: '#222', position: 'end' }, lineStyle: { type: 'dashed', color: '#8a3b12' }, data: references.map((r) => ({ name: r.name, yAxis: r.value })) }
            : undefined,
        },
      ],
    },
    description,
  );
}

export function heatMap(el: HTMLElement, xs: string[], ys: string[], cells: Array<[number, number, number]>, description: string): echarts.ECharts {
  el.style.height = `${ys.length * 48 + 110}px`;
  const max = Math.max(1, ...cells.map((c) => c[2]));
  return mount(
    el,
    {
      tooltip: { position: 'top' },
      grid: { left: 8, right: 20, top: 10, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: xs, splitArea: { show: true } },
      // Top to bottom as in the table next to it.
      yAxis: { type: 'category', data: ys, inverse: true, splitArea: { show: true } },
      visualMap: { min: 0, max, text: [String(max), '0'], calculable: false, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f4f8fb', '#1f4e79'] }, textStyle: { color: '#222' } },
      series: [{ type: 'heatmap', data: cells, label: { show: true, color: '#000', backgroundColor: '#fff', padding: 2 } }],
    },
    description,
  );
}

/** What a chart shows, for the browser test: categories and each series' values and reference lines. */
function chartData(id: string): unknown {
  const el = document.getElementById(id);
  const chart = el && echarts.getInstanceByDom(el);
  if (!chart) return null;
  const option = chart.getOption() as {
    xAxis?: Array<{ data?: unknown[] }>;
    yAxis?: Array<{ data?: unknown[] }>;
    series?: Array<{ name?: string; data?: unknown[]; markLine?: { data?: Array<{ name?: string; yAxis?: number }> } }>;
  };
  return {
    x: option.xAxis?.[0]?.data ?? null,
    y: option.yAxis?.[0]?.data ?? null,
    series: (option.series ?? []).map((s) => ({ name: s.name ?? null, data: s.data ?? [], references: (s.markLine?.data ?? []).map((d) => ({ name: d.name, value: d.yAxis })) })),
  };
}

declare global {
  interface Window {
    dashboardTest?: { chartData: typeof chartData; ready: boolean };
  }
}
window.dashboardTest = { chartData, ready: false };
