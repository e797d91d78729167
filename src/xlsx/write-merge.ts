/**
 * The collecting office's workbook: "汇总" lists every college's measures
 * under each task (official columns, 学校, 文件, the fill columns), "完成情况"
 * lists each college's completeness. Browser-safe (ExcelJS only): `fujian1 merge`
 * and the collecting page (src/collect) write it with this one function; the page
 * adds "图表", its charts as pictures.
 */
import { Workbook, type Worksheet } from "exceljs";
import { effectiveMeasures, isEmptyRow, type Entries, type FormDef, type MeasureRow } from "../form/types";
import { BODY_FONT, HEADING_FONT, widthInPoints } from "../plan/metrics";
import type { Summary } from "../reading/check";
import { argb, widthFromPoints } from "./cell-style";
import { CREATOR } from "./write-plan";

export const MERGE_SHEET = "汇总";
export const STATUS_SHEET = "完成情况";
export const SCHOOL_TITLE = "学校";
/** The file each row came from, so that a college sent twice can be seen. */
export const FILE_TITLE = "文件";
export const CHARTS_SHEET = "图表";

/** A chart as a picture for the 图表 sheet. */
export interface MergeChart {
  title: string;
  /** PNG bytes, base64 (no data: prefix). */
  pngBase64: string;
  /** Size shown in the sheet, in pixels. */
  width: number;
  height: number;
}

export interface MergeSource {
  /** 学校: the file's 单位（公章）, or its file name. */
  school: string;
  file: string;
  entries?: Entries;
  summary?: Summary;
  /** Why the file could not be read. */
  problem?: string;
}

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: argb("#D9E1F2") } };
const BAND_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: argb("#F2F2F2") } };

type Value = string | number | null;

/** Adds a row; empty text stays an empty cell. */
function addRow(sheet: Worksheet, values: Value[]): void {
  sheet.addRow(values.map((v) => (v === "" ? null : v)));
}

function styleTable(sheet: Worksheet, columns: number, rows: number, band?: (row: number) => boolean): void {
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { name: HEADING_FONT.name, size: HEADING_FONT.size, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });
  for (let r = 2; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: BODY_FONT.name, size: BODY_FONT.size };
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = BORDER;
      if (band?.(r)) cell.fill = BAND_FILL;
    }
  }
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rows, 1), column: columns } };
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
}

/** A task's rows as they stand alone in the merged table: a shared 具体举措 is repeated on each of its rows. */
function rowsOf(entries: Entries, seq: string): MeasureRow[] {
  const all = entries.rows[seq] ?? [];
  const measures = effectiveMeasures(all);
  const rows = all
    .map((r, i) => ({ measure: measures[i], target: r.target, unit: r.unit, time: r.time }))
    .filter((r) => !isEmptyRow(r));
  const mark = entries.marks?.[seq];
  if (mark !== undefined && !rows.length) return [{ measure: `不涉及：${mark}`, target: "", unit: "", time: "" }];
  return rows;
}

/** Fills "汇总"; returns the number of measure rows written. */
function writeMergeSheet(sheet: Worksheet, form: FormDef, sources: MergeSource[]): number {
  const official = form.columns.filter((c) => c.role === "official");
  const fill = form.columns.filter((c) => c.role === "fill");
  sheet.addRow([...official.map((c) => c.title), SCHOOL_TITLE, FILE_TITLE, ...fill.map((c) => c.title)]);
  const widths = [...official.map((c) => c.width), 14, 14, ...fill.map((c) => c.width)];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = widthFromPoints(widthInPoints(w))));
  const bands: boolean[] = [];
  let measures = 0;
  form.tasks.forEach((task, t) => {
    const officialValues = official.map((c) => {
      if (c.key === "seq") return /^\d+$/.test(task.seq) ? Number(task.seq) : task.seq;
      if (c.key === "mainTask") return form.groups[task.group].title;
      return c.key === "content" ? task.content : task.department;
    });
    let written = 0;
    for (const s of sources) {
      if (!s.entries) continue;
      for (const r of rowsOf(s.entries, task.seq)) {
        addRow(sheet, [
          ...officialValues,
          s.school,
          s.file,
          ...fill.map((c) => r[c.key as "measure" | "target" | "unit" | "time"]),
        ]);
        bands.push(t % 2 === 1);
        written++;
      }
    }
    measures += written;
    if (!written) {
      addRow(sheet, officialValues);
      bands.push(t % 2 === 1);
    }
  });
  styleTable(sheet, widths.length, bands.length + 1, (r) => bands[r - 2]);
  return measures;
}

function writeStatusSheet(sheet: Worksheet, form: FormDef, sources: MergeSource[]): void {
  const total = form.tasks.length;
  sheet.addRow([
    SCHOOL_TITLE,
    "文件",
    `有举措的任务（共 ${total} 项）`,
    "没有举措",
    "不涉及",
    "需要修改的问题",
    "提醒",
    "可以提交",
    "说明",
  ]);
  for (const s of sources) {
    const m = s.summary;
    if (m)
      addRow(sheet, [
        s.school,
        s.file,
        m.withMeasures,
        m.withoutMeasures,
        m.notApplicable,
        m.errors,
        m.warnings,
        m.ready ? "是" : "否",
      ]);
    else addRow(sheet, [s.school, s.file, null, null, null, null, null, "否", `无法读取：${s.problem ?? ""}`]);
  }
  [24, 28, 14, 10, 8, 12, 8, 10, 60].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  styleTable(sheet, 9, sources.length + 1, (r) => !sources[r - 2].summary);
}

/** Each chart under its title, one below the other. */
function writeChartsSheet(workbook: Workbook, sheet: Worksheet, charts: MergeChart[]): void {
  const ROW_PX = 20;
  sheet.getColumn(1).width = 12;
  let row = 1;
  for (const chart of charts) {
    const title = sheet.getCell(row, 1);
    title.value = chart.title;
    title.font = { name: HEADING_FONT.name, size: HEADING_FONT.size, bold: true };
    const image = workbook.addImage({ base64: chart.pngBase64, extension: "png" });
    sheet.addImage(image, { tl: { col: 0, row }, ext: { width: chart.width, height: chart.height } });
    row += 2 + Math.ceil(chart.height / ROW_PX);
  }
  sheet.properties.defaultRowHeight = (ROW_PX * 72) / 96;
  sheet.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

export async function writeMerge(
  form: FormDef,
  sources: MergeSource[],
  options: { created?: Date; charts?: MergeChart[] } = {},
): Promise<{ bytes: Uint8Array; measures: number }> {
  const workbook = new Workbook();
  workbook.creator = CREATOR;
  workbook.created = workbook.modified = options.created ?? new Date();
  const measures = writeMergeSheet(workbook.addWorksheet(MERGE_SHEET), form, sources);
  writeStatusSheet(workbook.addWorksheet(STATUS_SHEET), form, sources);
  if (options.charts?.length) writeChartsSheet(workbook, workbook.addWorksheet(CHARTS_SHEET), options.charts);
  const written = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(written as ArrayBuffer), measures };
}
