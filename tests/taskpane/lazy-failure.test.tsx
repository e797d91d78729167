/**
 * @jest-environment jsdom
 */
import "../helpers/jsdom-setup";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { describeError } from "../../src/excel/errors";
import { cellInfo, stubServices } from "../helpers/stub-services";

/** What webpack rejects a lazy import() with when the chunk's script cannot be downloaded. */
function chunkLoadError(): Error {
  const e = new Error("Loading chunk 646 failed.\n(error: https://localhost:3000/646.js)");
  e.name = "ChunkLoadError";
  return e;
}

// The check's tab and the selected task's tools come as their own chunks; here their download fails.
jest.mock("../../src/taskpane/CheckPanel", () => {
  throw chunkLoadError();
});
jest.mock("../../src/taskpane/TaskTools", () => {
  throw chunkLoadError();
});

jest.setTimeout(60_000);

// React logs every error a boundary catches; these are the expected ones, anything else still shows.
const consoleError = console.error;
beforeEach(() =>
  jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (args.some((a) => String(a).includes("ChunkLoadError") || String(a).includes("LazyBoundary"))) return;
    consoleError(...args);
  }),
);
afterEach(() => jest.restoreAllMocks());

function renderApp(lang: "zh" | "en", stub = stubServices()) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} services={stub} />
    </FluentProvider>,
  );
}

describe("a part of the pane whose script cannot be downloaded", () => {
  it("says so in place of the tab (zh), and the rest of the pane still works", async () => {
    renderApp("zh");
    fireEvent.click(screen.getByRole("tab", { name: "检查结果" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "任务窗格的这一部分没能下载（可能是网络中断）。工作表没有被改动。请检查网络，然后关闭并重新打开任务窗格。",
    );
    expect(screen.getByRole("button", { name: "载入附件1" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "名单" }));
    expect(screen.getByRole("tab", { name: "名单" }).getAttribute("aria-selected")).toBe("true");
  });

  it("says so in English where the selected task's tools would be", async () => {
    const stub = stubServices();
    stub.current = cellInfo();
    renderApp("en", stub);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This part of the task pane could not be downloaded (the network may be down). The sheet was not changed. Check the network, then close and reopen the task pane.",
    );
    expect(screen.getByRole("button", { name: "Load Annex 1" })).toBeTruthy();
  });

  it("is worded as such when an action's code cannot be downloaded (zh and en)", () => {
    expect(describeError(chunkLoadError(), "zh")).toBe(
      "操作未完成：加载项的这一部分没能下载（可能是网络中断）。工作表没有被改动。请检查网络后再点一次；仍不行就关闭并重新打开任务窗格。",
    );
    expect(describeError(chunkLoadError(), "en")).toMatch(
      /^The operation did not finish: part of the add-in could not/,
    );
  });
});
