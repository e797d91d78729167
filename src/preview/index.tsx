/**
 * Browser preview: the real task pane beside an in-memory workbook. The fake Excel is
 * installed as the globals Office/Excel/OfficeExtension before any pane code runs.
 *
 *   ?lang=en     English (Office display language en-US); default zh-CN
 *   ?run=check   open the pane as the ribbon's 检查完整性 button does
 *   ?api=1.7     pretend an older Excel (highest ExcelApi requirement set; default 1.17, Microsoft 365)
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { detectCapabilities } from "../excel/capabilities";
import type { ExcelRunner } from "../excel/run";
import { installFakeOffice } from "../fake-excel";
import { langOf } from "../i18n/strings";
import { createServices } from "../taskpane/services";
import { PreviewApp } from "./PreviewApp";

const params = new URLSearchParams(location.search);
const displayLanguage = params.get("lang") === "en" ? "en-US" : "zh-CN";
const apiVersion = /^1\.\d+$/.test(params.get("api") ?? "") ? (params.get("api") as string) : "1.17";
const handle = installFakeOffice(window, { displayLanguage, apiVersion });
handle.workbook.addSheet("Sheet1");
handle.user.select("Sheet1", "A1");

const lang = langOf(handle.Office.context.displayLanguage);
const run: ExcelRunner = (batch) => handle.Excel.run(batch);
const caps = detectCapabilities((name, version) => handle.Office.context.requirements.isSetSupported(name, version));
const services = createServices(lang, run, caps);

// Office's UI font for Chinese first, then what a Linux or Mac browser has.
const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif",
};

document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
document.title = lang === "zh" ? "附件1 填报助手 · 预览" : "Annex 1 Form Helper · preview";
createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={theme}>
    <PreviewApp handle={handle} lang={lang} services={services} initialAction={params.get("run")} />
  </FluentProvider>,
);
