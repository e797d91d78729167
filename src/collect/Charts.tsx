/**
 * The charts (Apache ECharts, only the parts used: bar and heat-map charts on a canvas). This module is loaded
 * with import() once there are results, so ECharts is not part of the page's first download. Each chart saves
 * as a PNG; pictures() hands them to the summary workbook's 图表 sheet.
 */
import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart, HeatmapChart } from "echarts/charts";
import { GridComponent, TitleComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { ChartSpec } from "./chart-options";
import { saveBlob, dataUrlBytes } from "./save";
import { tr, type Lang } from "./strings";

echarts.use([
  BarChart,
  HeatmapChart,
  GridComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export interface ChartPicture {
  title: string;
  dataUrl: string;
  width: number;
  height: number;
}

export interface ChartsHandle {
  pictures(): ChartPicture[];
}

function picture(chart: echarts.ECharts, title: string): ChartPicture {
  const dataUrl = chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" });
  return { title, dataUrl, width: chart.getWidth(), height: chart.getHeight() };
}

function Chart({ spec, lang, charts }: { spec: ChartSpec; lang: Lang; charts: Map<string, echarts.ECharts> }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: "canvas" });
    charts.set(spec.id, chart);
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      charts.delete(spec.id);
      chart.dispose();
    };
  }, [spec.id, charts]);
  useEffect(() => {
    const chart = charts.get(spec.id);
    chart?.setOption(spec.option, true);
    chart?.resize({ height: spec.height });
  }, [spec, charts]);
  const save = () => {
    const chart = charts.get(spec.id);
    if (!chart) return;
    const bytes = dataUrlBytes(picture(chart, spec.title).dataUrl);
    saveBlob(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "image/png" }),
      `${spec.title.replace(/[\\/:*?"<>|]/g, "")}.png`,
    );
  };
  return (
    <figure className="chart">
      <div ref={box} role="img" aria-label={spec.title} style={{ height: spec.height }} />
      <figcaption>
        <button
          type="button"
          className="no-print"
          onClick={save}
          aria-label={tr(lang, "savePng", { title: spec.title })}
        >
          {tr(lang, "savePngShort")}
        </button>
      </figcaption>
    </figure>
  );
}

export default function Charts({
  specs,
  lang,
  onReady,
}: {
  specs: ChartSpec[];
  lang: Lang;
  onReady: (handle: ChartsHandle | null) => void;
}) {
  const charts = useRef(new Map<string, echarts.ECharts>()).current;
  useEffect(() => {
    onReady({
      pictures: () =>
        specs.flatMap((s) => {
          const chart = charts.get(s.id);
          return chart ? [picture(chart, s.title)] : [];
        }),
    });
    return () => onReady(null);
  }, [specs, charts, onReady]);
  return (
    <div className="charts" data-ready="true">
      {specs.map((s) => (
        <Chart key={s.id} spec={s} lang={lang} charts={charts} />
      ))}
    </div>
  );
}
