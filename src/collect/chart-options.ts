/** The four charts' ECharts options, from ChartData (pure: no ECharts code runs here). */
import type { EChartsCoreOption } from "echarts/core";
import type { ChartData } from "./chart-data";
import { tr, type Lang } from "./strings";

export interface ChartSpec {
  id: "measures" | "heat" | "coverage" | "years";
  title: string;
  /** Height in pixels (the width is the page's). */
  height: number;
  option: EChartsCoreOption;
}

const BLUE = "#2f5597";
const FONT = { fontFamily: "Microsoft YaHei, PingFang SC, Noto Sans CJK SC, sans-serif" };

const base = (title: string) => ({
  animation: false,
  textStyle: FONT,
  title: { text: title, left: "center", textStyle: { fontSize: 15 } },
  tooltip: { trigger: "item" },
});

/** Long college names are cut on the axis (the tooltip has them whole). */
const cut = (s: string, n = 10) => ([...s].length > n ? `${[...s].slice(0, n).join("")}…` : s);

export function chartSpecs(data: ChartData, lang: Lang): ChartSpec[] {
  const total = data.seqs.length;
  const n = data.schools.length;
  const measuresTitle = tr(lang, "chartMeasures", { total });
  const heatTitle = tr(lang, "chartHeat");
  const coverageTitle = tr(lang, "chartCoverage", { n });
  const yearsTitle = tr(lang, "chartYears");
  const rotate = n > 6 ? 40 : 0;
  const heatRows = Math.max(1, n);
  return [
    {
      id: "measures",
      title: measuresTitle,
      height: 360,
      option: {
        ...base(measuresTitle),
        tooltip: { trigger: "axis" },
        grid: { left: 48, right: 24, top: 48, bottom: rotate ? 110 : 48 },
        xAxis: {
          type: "category",
          data: data.schools,
          axisLabel: { rotate, interval: 0, formatter: (s: string) => cut(s) },
        },
        yAxis: { type: "value", max: total, name: tr(lang, "tasks") },
        series: [
          {
            type: "bar",
            name: tr(lang, "withMeasures"),
            data: data.perCollege.map((c) => c.withMeasures),
            itemStyle: { color: BLUE },
            label: { show: n <= 30, position: "top" },
          },
        ],
      },
    },
    {
      id: "heat",
      title: heatTitle,
      height: Math.min(2000, 150 + heatRows * 22),
      option: {
        ...base(heatTitle),
        tooltip: {
          formatter: (p: { value: [number, number, number] }) => {
            const [t, c, v] = p.value;
            const state = tr(lang, v === 2 ? "withMeasures" : v === 1 ? "notApplicable" : "noMeasure");
            return `${data.schools[c]}<br/>${tr(lang, "task")} ${data.seqs[t]}：${data.excerpts[t]}<br/>${state}`;
          },
        },
        grid: { left: 130, right: 24, top: 48, bottom: 70 },
        xAxis: { type: "category", data: data.seqs, name: tr(lang, "task"), splitArea: { show: true } },
        yAxis: {
          type: "category",
          data: data.schools,
          inverse: true,
          axisLabel: { interval: 0, formatter: (s: string) => cut(s, 9) },
        },
        visualMap: {
          type: "piecewise",
          orient: "horizontal",
          left: "center",
          bottom: 8,
          pieces: [
            { value: 2, label: tr(lang, "withMeasures"), color: BLUE },
            { value: 1, label: tr(lang, "notApplicable"), color: "#a9c4eb" },
            { value: 0, label: tr(lang, "noMeasure"), color: "#f4b183" },
          ],
        },
        series: [
          {
            type: "heatmap",
            data: data.cover.flatMap((row, t) => row.map((v, c) => [t, c, v])),
            itemStyle: { borderColor: "#fff", borderWidth: 1 },
          },
        ],
      },
    },
    {
      id: "coverage",
      title: coverageTitle,
      height: 340,
      option: {
        ...base(coverageTitle),
        tooltip: {
          trigger: "axis",
          formatter: (ps: Array<{ dataIndex: number; value: number }>) =>
            `${tr(lang, "task")} ${data.seqs[ps[0].dataIndex]}：${data.excerpts[ps[0].dataIndex]}<br/>${ps[0].value} / ${n}`,
        },
        grid: { left: 48, right: 24, top: 48, bottom: 48 },
        xAxis: { type: "category", data: data.seqs, name: tr(lang, "task") },
        yAxis: { type: "value", max: Math.max(1, n), minInterval: 1, name: tr(lang, "colleges") },
        series: [{ type: "bar", data: data.coverage, itemStyle: { color: BLUE } }],
      },
    },
    {
      id: "years",
      title: yearsTitle,
      height: 320,
      option: {
        ...base(yearsTitle),
        tooltip: { trigger: "axis" },
        grid: { left: 56, right: 24, top: 48, bottom: 48 },
        xAxis: { type: "category", data: data.years.map((y) => y.year ?? tr(lang, "noYear")) },
        yAxis: { type: "value", minInterval: 1, name: tr(lang, "rows") },
        series: [
          {
            type: "bar",
            data: data.years.map((y) => y.rows),
            itemStyle: { color: BLUE },
            label: { show: true, position: "top" },
          },
        ],
      },
    },
  ];
}
