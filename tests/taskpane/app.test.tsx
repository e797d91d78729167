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

// Fluent renders slowly in jsdom on a busy machine; the default 5 s is too tight.
jest.setTimeout(60_000);

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
    stub.status = { present: true, filledTasks: 1, headerFilled: false };
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

describe("the pane never misleads", () => {
  it("marks a check result out of date once the user edits the sheet, until 重新检查", async () => {
    const stub = stubServices();
    stub.checkResult = { findings: [], summary: summaryOf({ errors: 0, ready: true }) };
    renderApp(stub);
    fireEvent.click(button("检查完整性"));
    await screen.findByText("可以提交");
    act(() => stub.edit());
    await screen.findByText("检查之后表格有改动，下面的结果已过时。");
    expect(screen.queryByText("可以提交")).toBeNull();
    fireEvent.click(button("重新检查"));
    await screen.findByText("可以提交");
    expect(stub.calls).toEqual(["check", "check"]);
  });

  it("marks it out of date after the pane's own writes too", async () => {
    const stub = stubServices();
    stub.current = cellInfo();
    stub.checkResult = { findings: [], summary: summaryOf({ errors: 0, ready: true }) };
    renderApp(stub);
    fireEvent.click(button("检查完整性"));
    await screen.findByText("可以提交");
    fireEvent.click(screen.getByRole("tab", { name: "填报" }));
    fireEvent.click(await screen.findByRole("button", { name: "添加举措行" }));
    await screen.findByText("已在第 1 项下添加举措行（第 7 行）。");
    fireEvent.click(screen.getByRole("tab", { name: "检查结果" }));
    await screen.findByText("检查之后表格有改动，下面的结果已过时。");
  });

  it("asks before the sample meets the college's entries, and loads it as its own sheet", async () => {
    const stub = stubServices();
    stub.status = { present: true, filledTasks: 3, headerFilled: true };
    renderApp(stub);
    fireEvent.click(screen.getByRole("radio", { name: "示例：锦州师专草稿" }));
    fireEvent.click(button("载入附件1"));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("“附件1”已有 3 项任务的填写内容和表头信息");
    fireEvent.click(button("保留我的内容，不载入"));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(stub.calls).toEqual([]);
    fireEvent.click(button("载入附件1"));
    fireEvent.click(await screen.findByRole("button", { name: "作为单独的工作表载入" }));
    await waitFor(() => expect(stub.calls).toEqual(["load sample ownSheet"]));
  });

  it("loads the sample straight into an empty 附件1", async () => {
    const stub = stubServices();
    stub.status = { present: true, filledTasks: 0, headerFilled: false };
    renderApp(stub);
    fireEvent.click(screen.getByRole("radio", { name: "示例：锦州师专草稿" }));
    fireEvent.click(button("载入附件1"));
    await waitFor(() => expect(stub.calls).toEqual(["load sample"]));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("offers the two ways out of a contradiction, and a month-dropping fix only by name", async () => {
    const stub = stubServices();
    const applied: unknown[] = [];
    stub.fix = async (fixes) => (applied.push(fixes), { ok: true, value: fixes.length });
    stub.checkResult = {
      summary: summaryOf({ errors: 2 }),
      findings: [
        {
          kind: "marked-with-measures",
          severity: "error",
          seq: "1",
          address: "I6",
          detail: { reason: "属省级部门职责", rows: "1" },
          choices: [
            { id: "clear-mark", fixes: [{ address: "I6", value: "" }] },
            { id: "clear-measures", fixes: [{ address: "E6", value: "" }] },
          ],
        },
        {
          kind: "unknown-time",
          severity: "error",
          seq: "2",
          address: "H8",
          detail: { value: "2023.12", suggestion: "2023年", dropsMonth: "1" },
          fix: { address: "H8", value: "2023年" },
        },
        {
          kind: "unknown-time",
          severity: "error",
          seq: "3",
          address: "H9",
          detail: { value: "2023.11", suggestion: "2023年", dropsMonth: "1" },
          fix: { address: "H9", value: "2023年" },
        },
      ],
    };
    renderApp(stub);
    fireEvent.click(button("检查完整性"));
    fireEvent.click(await screen.findByRole("button", { name: "清除举措" }));
    await waitFor(() => expect(applied).toEqual([[{ address: "E6", value: "" }]]));
    fireEvent.click(await screen.findByText("列表外的完成时间"));
    expect(screen.queryByRole("button", { name: /全部修正/ })).toBeNull();
    expect(screen.getAllByText("改为“2023年”（舍去月份）")).toHaveLength(2);
  });
});

it("first tells a user with an empty workbook to click 载入附件1", async () => {
  const stub = stubServices();
  stub.status = { present: false, filledTasks: 0, headerFilled: false };
  renderApp(stub);
  await screen.findByText("这个工作簿还没有附件1。点击“载入附件1”开始。");
  stub.status = { present: true, filledTasks: 0, headerFilled: false };
  fireEvent.click(button("载入附件1"));
  await screen.findByText("在附件1中选中某项任务的单元格后，这里会显示可用的操作。");
});

describe("the unit picker", () => {
  const unitCell = (value: string) => cellInfo({ address: "G6", column: "unit", value });

  it("shows the cell's units, keeps one that is off the list visible and marked, and writes it back", async () => {
    const stub = stubServices();
    stub.current = unitCell("教务处、后勤处");
    renderApp(stub);
    const offList = await screen.findByRole("checkbox", { name: "后勤处 不在名单中" });
    expect((offList as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("checkbox", { name: "教务处" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "人事处" }));
    fireEvent.click(button("写入责任单位"));
    await waitFor(() => expect(stub.calls).toEqual(["writeUnits 教务处、后勤处、人事处"]));
  });

  it("follows the cell after a paste or an edit, without a selection change", async () => {
    const stub = stubServices();
    stub.current = unitCell("教务处");
    renderApp(stub);
    await screen.findByText("单元格现有：教务处");
    stub.current = unitCell("人事处；学生处");
    act(() => stub.edit());
    await screen.findByText("单元格现有：人事处、学生处");
    expect((screen.getByRole("checkbox", { name: "教务处" }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole("checkbox", { name: "学生处" }) as HTMLInputElement).checked).toBe(true);
  });

  it("narrows a long list with its search box", async () => {
    const stub = stubServices();
    stub.current = unitCell("");
    renderApp(stub);
    fireEvent.change(await screen.findByRole("searchbox", { name: "搜索责任单位" }), { target: { value: "人事" } });
    await waitFor(() =>
      expect(screen.getAllByRole("checkbox").map((c) => c.getAttribute("aria-label") ?? "")).toEqual(["人事处"]),
    );
    fireEvent.change(screen.getByRole("searchbox", { name: "搜索责任单位" }), { target: { value: "图书馆" } });
    await screen.findByText("没有包含“图书馆”的单位。");
  });
});

describe("bulk help", () => {
  it("writes one unit and one time into the selected rows and says what it kept", async () => {
    const stub = stubServices();
    stub.status = { present: true, filledTasks: 0, headerFilled: false };
    renderApp(stub);
    const unit = await screen.findByRole("radio", { name: "人事处" });
    expect(button("写入选中的行").hasAttribute("disabled")).toBe(true);
    fireEvent.click(unit);
    fireEvent.change(screen.getByRole("combobox", { name: "完成时间（批量）" }), { target: { value: "2024年" } });
    fireEvent.click(button("写入选中的行"));
    await screen.findByText("已为 3 项任务写入 5 个单元格。");
    screen.getByText("1 个已有内容的单元格未改动。");
    fireEvent.click(button("完成时间向下填充"));
    await screen.findByText("已把完成时间“2024年”填入 3 个单元格（2 项任务，第 6–8 行）。");
    screen.getByText("1 项还没有举措的任务没有填。");
    expect(stub.calls).toEqual(["assign 人事处 2024年", "fillTimeDown"]);
  });

  it("narrows the bulk unit list with a search box, keeping the chosen unit", async () => {
    const stub = stubServices();
    renderApp(stub);
    const group = await screen.findByRole("radiogroup", { name: "责任单位（批量）" });
    fireEvent.click(screen.getByRole("radio", { name: "学生处" }));
    fireEvent.change(screen.getByRole("searchbox", { name: "搜索责任单位（批量）" }), { target: { value: "人事" } });
    await waitFor(() =>
      expect([...group.querySelectorAll("input")].map((i) => i.value)).toEqual(["", "人事处", "学生处"]),
    );
  });

  it("marks several selected tasks 不涉及 with one reason, and the box keeps the reason typed", async () => {
    const stub = stubServices();
    renderApp(stub);
    const box = await screen.findByRole("textbox", { name: "不涉及原因（选中的每项任务）" });
    fireEvent.change(box, { target: { value: "属省级部门职责" } });
    fireEvent.click(button("把选中的任务标记为不涉及"));
    await screen.findByText("已把 2 项任务标记为不涉及：第 2、3 项。");
    screen.getByText("第 4 项已填了内容，没有标记（先清空，或逐项处理）。");
    expect(stub.calls).toEqual(["markSelection 属省级部门职责"]);
    // One task selected: its own card offers the same reason.
    act(() => stub.selectCell(cellInfo({ seq: "5", address: "E10", excerpt: "第五项" })));
    await screen.findByText("第 5 项：第五项");
    expect((screen.getByRole("textbox", { name: "不涉及原因" }) as HTMLInputElement).value).toBe("属省级部门职责");
    // A range over three tasks: the bulk card marks them all; the first task's card says so.
    act(() => stub.selectCell(cellInfo({ seq: "5", address: "E10", excerpt: "第五项", tasks: 3 })));
    await screen.findByText("选中了 3 项任务：要把它们都标记为不涉及，请在下面的“批量填写”中写明原因。");
    expect(screen.queryByRole("textbox", { name: "不涉及原因" })).toBeNull();
    screen.getByRole("textbox", { name: "不涉及原因（选中的每项任务）" });
  });
});

describe("the 名单 editor saves typing", () => {
  it("refuses a pasted joint or numbered name on 添加, item by item, next to the box, keeping it there", async () => {
    const stub = stubServices();
    renderApp(stub);
    fireEvent.click(screen.getByRole("tab", { name: "名单" }));
    const box = (await screen.findByRole("textbox", {
      name: "责任单位（部门） 新项目（可粘贴一列，每行一个）",
    })) as HTMLTextAreaElement;
    fireEvent.change(box, {
      target: { value: "图书馆\n招生就业处、学生工作处\n1.现代教育技术中心\n教务处\n党委 组织部" },
    });
    fireEvent.click(screen.getAllByRole("button", { name: "添加" })[0]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("没有添加“招生就业处、学生工作处”：一项只能写一个名称，不能含有“、”。");
    // A space is named in words (quoted, it showed as “ ”).
    expect(alert.textContent).toContain("没有添加“党委 组织部”：一项只能写一个名称，不能含有空格。");
    expect(alert.textContent).toContain("没有添加“1.现代教育技术中心”：请去掉开头的编号“1.”。");
    expect(alert.textContent).toContain("已在名单中，没有重复添加：教务处。");
    expect(box.value).toBe("招生就业处、学生工作处\n1.现代教育技术中心\n党委 组织部");
    expect(box.getAttribute("aria-describedby")).toBe(alert.id);
    screen.getByRole("textbox", { name: "重命名 图书馆" });
    expect(screen.queryByRole("textbox", { name: "重命名 招生就业处、学生工作处" })).toBeNull();
  });

  it("adds a pasted column at once, removes several at once, and keeps an unsaved name across tabs", async () => {
    const stub = stubServices();
    const edits: Array<{ kind: string; items: string[] }> = [];
    stub.editList = async (edit) => (edits.push(edit), { ok: true, value: { saved: true, rewritten: 0 } });
    renderApp(stub);
    fireEvent.click(screen.getByRole("tab", { name: "名单" }));
    const box = await screen.findByRole("textbox", { name: "责任单位（部门） 新项目（可粘贴一列，每行一个）" });
    fireEvent.change(box, { target: { value: "图书馆\r\n后勤处\n\n教务处\n网络中心\n" } });
    fireEvent.click(screen.getAllByRole("button", { name: "添加" })[0]);
    fireEvent.click(screen.getByRole("checkbox", { name: "选择 人事处" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "选择 学生处" }));
    fireEvent.click(button("删除选中的 2 项"));
    fireEvent.change(box, { target: { value: "招生就业处" } });
    fireEvent.click(screen.getByRole("tab", { name: "填报" }));
    fireEvent.click(screen.getByRole("tab", { name: "名单" }));
    expect(
      (screen.getByRole("textbox", { name: "责任单位（部门） 新项目（可粘贴一列，每行一个）" }) as HTMLTextAreaElement)
        .value,
    ).toBe("招生就业处");
    fireEvent.click(button("保存名单"));
    await waitFor(() => expect(edits[0]?.items).toEqual(["教务处", "图书馆", "后勤处", "网络中心"]));
  });
});

describe("the 名单 editor in English", () => {
  it("names a space or a full-width space in words when it refuses a name", async () => {
    renderApp(stubServices(), "en");
    fireEvent.click(screen.getByRole("tab", { name: "Lists" }));
    const box = await screen.findByRole("textbox", {
      name: "Responsible units New item (paste a column: one per line)",
    });
    fireEvent.change(box, { target: { value: "党委 组织部\n招生\u3000就业处" } });
    fireEvent.click(screen.getAllByRole("button", { name: "Add" })[0]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "“党委 组织部” was not added: one item holds one name and cannot contain a space.",
    );
    expect(alert.textContent).toContain("cannot contain a full-width space.");
  });
});
