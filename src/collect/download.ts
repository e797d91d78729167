/**
 * 下载汇总表: the workbook `fujian1 merge` writes (src/xlsx/write-merge.ts, the same function), with the charts as
 * pictures on a 图表 sheet. Loaded with import() when asked for: ExcelJS is not part of the page's first download.
 */
import { FUJIAN1 } from "../form";
import { writeMerge, type MergeChart, type MergeSource } from "../xlsx/write-merge";
import { saveBlob } from "./save";

export const MERGE_FILE_NAME = "汇总.xlsx";

export interface Picture {
  title: string;
  dataUrl: string;
  width: number;
  height: number;
}

/** Pictures in the sheet at most this wide (pixels); taller ones keep their proportions. */
const MAX_WIDTH = 960;

export async function downloadMerge(sources: MergeSource[], pictures: Picture[]): Promise<{ measures: number }> {
  const charts: MergeChart[] = pictures.map((p) => {
    const scale = Math.min(1, MAX_WIDTH / p.width);
    return {
      title: p.title,
      pngBase64: p.dataUrl.slice(p.dataUrl.indexOf(",") + 1),
      width: Math.round(p.width * scale),
      height: Math.round(p.height * scale),
    };
  });
  const { bytes, measures } = await writeMerge(FUJIAN1, sources, { charts });
  saveBlob(
    new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
    MERGE_FILE_NAME,
  );
  return { measures };
}
