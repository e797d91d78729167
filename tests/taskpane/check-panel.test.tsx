/**
 * @jest-environment jsdom
 */
import "../helpers/jsdom-setup";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FUJIAN1, type Entries } from "../../src/form";
import { planSheet } from "../../src/plan/sheet-plan";
import { checkGrid } from "../../src/reading/check";
import { CheckPanel } from "../../src/taskpane/CheckPanel";
import { stubServices } from "../helpers/stub-services";

jest.setTimeout(60_000);

/** Three tasks: 教务处 misses a time, 教务处、人事处 a target, 人事处 names an unknown part. */
const entries: Entries = {
  header: { unit: "测试学院", contact: "张三", phone: "13800138000" },
  rows: {
    "1": [{ measure: "举措一", target: "目标一", unit: "教务处", time: "" }],
    "2": [{ measure: "举措二", target: "", unit: "教务处、人事处", time: "2023年" }],
    "3": [{ measure: "举措三", target: "目标三", unit: "人事处、后勤处", time: "2024年" }],
  },
};
const plan = planSheet(FUJIAN1, entries);
const result = checkGrid(
  FUJIAN1,
  plan.values.map((r) => r.map((v) => v ?? "")),
  FUJIAN1.lists,
  plan.merges,
);

function renderPanel() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CheckPanel
        lang="zh"
        services={stubServices()}
        result={result}
        error={null}
        stale={false}
        onRecheck={async () => undefined}
      />
    </FluentProvider>,
  );
}

/** The texts of the finding buttons in the open groups, after opening every group. */
function shownFindings(): string[] {
  for (const header of screen.queryAllByRole("button", { expanded: false })) fireEvent.click(header);
  return screen
    .queryAllByRole("listitem")
    .map((li) => within(li).getAllByRole("button")[0].textContent ?? "")
    .filter(Boolean);
}

describe("the check list, filtered by unit", () => {
  it("offers the units named in the rows, and shows only the rows naming the chosen one", () => {
    renderPanel();
    const select = screen.getByRole("combobox", { name: "只看某个单位负责的行" }) as HTMLSelectElement;
    // It says plainly what it filters: the list, not the sheet.
    const hint = document.getElementById(select.getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toBe("只筛选下面的检查结果；工作表上的行照常显示，不会隐藏。");
    const options = [...select.options].map((o) => o.textContent);
    expect(options[0]).toBe("全部单位");
    expect(new Set(options.slice(1))).toEqual(new Set(["教务处", "人事处", "后勤处"]));
    const all = shownFindings();
    // Every task without a measure is there before filtering (a long group shows 15 and a button for the rest).
    expect(all.filter((t) => t.includes("还没有填写具体举措"))).toHaveLength(15);
    expect(screen.getByRole("button", { name: /36/ })).toBeTruthy();

    fireEvent.change(select, { target: { value: "人事处" } });
    const mine = shownFindings();
    // Task 2 (joint, lead 教务处) and task 3 (人事处 with an unknown 后勤处); not task 1, not the empty tasks.
    expect(mine.some((t) => t.startsWith("第 2 项") && t.includes("完成目标"))).toBe(true);
    expect(mine.some((t) => t.startsWith("第 3 项") && t.includes("后勤处"))).toBe(true);
    expect(mine.some((t) => t.startsWith("第 1 项"))).toBe(false);
    expect(mine.some((t) => t.includes("还没有填写具体举措"))).toBe(false);

    fireEvent.change(select, { target: { value: "教务处" } });
    const theirs = shownFindings();
    expect(theirs.some((t) => t.startsWith("第 1 项") && t.includes("完成时间"))).toBe(true);
    expect(theirs.some((t) => t.startsWith("第 3 项"))).toBe(false);

    fireEvent.change(select, { target: { value: "" } });
    expect(shownFindings()).toHaveLength(all.length);
  });
});

describe("a unit cell of several lines: the choices the check offers", () => {
  const lines: Entries = {
    ...entries,
    rows: { "3": [{ measure: "举措三", target: "目标一\n目标二", unit: "教务处\n人事处\n思政部", time: "2025年" }] },
  };
  const linesPlan = planSheet(FUJIAN1, lines);
  const linesResult = checkGrid(
    FUJIAN1,
    linesPlan.values.map((r) => r.map((v) => v ?? "")),
    FUJIAN1.lists,
    linesPlan.merges,
  );

  it("shows 合并为共同负责, 按行拆成 3 行 and 自己修改; each does what it says", async () => {
    const services = stubServices();
    let rechecked = 0;
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckPanel
          lang="zh"
          services={services}
          result={linesResult}
          error={null}
          stale={false}
          onRecheck={async () => void rechecked++}
        />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: /一格里写了几行责任单位/ }));
    const item = screen
      .getAllByRole("listitem")
      .find((li) => li.textContent?.includes("责任单位写了 3 行")) as HTMLElement;
    const buttons = within(item)
      .getAllByRole("button")
      .slice(1)
      .map((b) => b.textContent);
    expect(buttons).toEqual(["合并为共同负责", "按行拆成 3 行", "自己修改"]);
    fireEvent.click(within(item).getByRole("button", { name: "按行拆成 3 行" }));
    expect(await screen.findByText("已把第 3 项的一行拆成 3 行。")).toBeTruthy();
    expect(services.calls).toContain("split 3/0 into 3");
    fireEvent.click(within(item).getByRole("button", { name: "自己修改" }));
    fireEvent.click(within(item).getByRole("button", { name: "合并为共同负责" }));
    await screen.findByText("已修正 1 处。");
    expect(services.calls.slice(-2)).toEqual(["select G8", "fix 1"]);
    expect(rechecked).toBe(2);
  });
});
