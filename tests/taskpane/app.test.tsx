/**
 * @jest-environment jsdom
 */
import "../helpers/jsdom-setup";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { cellInfo, stubServices, summaryOf, type Stub } from "../helpers/stub-services";

function renderApp(stub: Stub, lang: "zh" | "en" = "zh", initialAction: string | null = null) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} services={stub} initialAction={initialAction} />
    </FluentProvider>,
  );
}

const button = (name: string) => screen.getByRole("button", { name });

describe("the task pane (against stub services)", () => {
  it("loads the blank form or the sample, as chosen, and says what happened", async () => {
    const stub = stubServices();
    renderApp(stub);
    fireEvent.click(button("载入附件1"));
    await screen.findByText("已载入附件1：54 项任务，12 类主要任务。");
    fireEvent.click(screen.getByRole("radio", { name: "示例：锦州师专草稿" }));
    fireEvent.click(button("载入附件1"));
    await waitFor(() => expect(stub.calls).toEqual(["load blank", "load sample"]));
  });

  it("shows a failed load as an alert with the service's words", async () => {
    const stub = stubServices();
    stub.load = async () => ({ ok: false, message: "Excel 正在编辑单元格。", notes: [] });
    renderApp(stub);
    fireEvent.click(button("载入附件1"));
    expect((await screen.findByRole("alert")).textContent).toBe("Excel 正在编辑单元格。");
  });

  it("runs the check and opens its tab with the count of problems", async () => {
    const stub = stubServices();
    stub.checkResult = { findings: [], summary: summaryOf({ errors: 3 }) };
    renderApp(stub);
    fireEvent.click(button("检查完整性"));
    await screen.findByText("还有 3 个问题需要处理");
    expect(screen.getByRole("tab", { name: "检查结果" }).getAttribute("aria-selected")).toBe("true");
  });

  it("opens on the check results when started from the ribbon", async () => {
    const stub = stubServices();
    stub.checkResult = { findings: [], summary: summaryOf({ errors: 0, ready: true }) };
    renderApp(stub, "zh", "check");
    await screen.findByText("可以提交");
    expect(stub.calls).toEqual(["check"]);
  });

  it("drops the last action's message when the user picks another tab", async () => {
    const stub = stubServices();
    renderApp(stub);
    fireEvent.click(button("载入附件1"));
    await screen.findByText("已载入附件1：54 项任务，12 类主要任务。");
    fireEvent.click(screen.getByRole("tab", { name: "名单" }));
    await waitFor(() => expect(screen.queryByText("已载入附件1：54 项任务，12 类主要任务。")).toBeNull());
  });

  it("acts on the selected task, and forgets the message once another task is selected", async () => {
    const stub = stubServices();
    stub.current = cellInfo();
    renderApp(stub);
    await screen.findByText("第 1 项：采取专兼职结合方式…");
    fireEvent.click(button("添加举措行"));
    await screen.findByText("已在第 1 项下添加举措行（第 7 行）。");
    act(() => stub.selectCell(cellInfo({ seq: "2", address: "E8", excerpt: "第二项" })));
    await screen.findByText("第 2 项：第二项");
    expect(screen.queryByText("已在第 1 项下添加举措行（第 7 行）。")).toBeNull();
  });

  it("speaks English when Office does", async () => {
    const stub = stubServices();
    stub.current = cellInfo();
    renderApp(stub, "en");
    await screen.findByText("Task 1: 采取专兼职结合方式…");
    expect(button("Load Annex 1")).toBeTruthy();
  });
});

describe("the 名单 tab (against stub services)", () => {
  it("saves a renamed unit as a rename, so cells using it follow", async () => {
    const stub = stubServices();
    const edits: unknown[] = [];
    stub.editList = async (edit) => (edits.push(edit), { ok: true, value: { saved: true, rewritten: 2 } });
    renderApp(stub);
    fireEvent.click(screen.getByRole("tab", { name: "名单" }));
    fireEvent.change(await screen.findByRole("textbox", { name: "重命名 学生处" }), {
      target: { value: "学生工作处" },
    });
    fireEvent.click(button("保存名单"));
    await screen.findByText("名单已保存，已更新 4 个单元格。");
    expect(edits[0]).toEqual({
      kind: "units",
      items: ["教务处", "人事处", "学生工作处"],
      renames: [{ from: "学生处", to: "学生工作处" }],
    });
  });
});

describe("messages of the pane", () => {
  it("keep the load's message while the reload leaves no task selected, and drop it when the user picks another task", async () => {
    const stub = stubServices();
    stub.current = cellInfo({ seq: "3" });
    stub.load = async () => {
      stub.current = null;
      return { ok: true, message: "已重新载入附件1。", notes: [] };
    };
    renderApp(stub);
    await screen.findByText("第 3 项：采取专兼职结合方式…");
    fireEvent.click(button("载入附件1"));
    await screen.findByText("在附件1中选中某项任务的单元格后，这里会显示可用的操作。");
    expect(screen.getByText("已重新载入附件1。")).toBeTruthy();
    act(() => stub.selectCell(cellInfo({ seq: "5" })));
    await screen.findByText("第 5 项：采取专兼职结合方式…");
    act(() => stub.selectCell(cellInfo({ seq: "6" })));
    await screen.findByText("第 6 项：采取专兼职结合方式…");
    expect(screen.queryByText("已重新载入附件1。")).toBeNull();
  });
});
