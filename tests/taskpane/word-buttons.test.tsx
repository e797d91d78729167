/**
 * @jest-environment jsdom
 */
import "../helpers/jsdom-setup";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { useBusy } from "../../src/taskpane/hooks/useBusy";
import type { Message } from "../../src/taskpane/hooks/useMessage";
import { MessageLine } from "../../src/taskpane/MessageLine";
import { WordButtons } from "../../src/taskpane/WordButtons";
import type { Outcome } from "../../src/taskpane/outcome";
import type { DraftReview, WordDraft, WordServices } from "../../src/taskpane/word-services";

const DRAFT: WordDraft = {
  name: "草稿.docx",
  entries: { header: { unit: "", contact: "", phone: "" }, rows: {} },
  tasks: 3,
  rows: 4,
  marks: 0,
  notes: [],
  details: [],
};

function stub(review: DraftReview, problems = 0, imported: Partial<Outcome> = {}) {
  const calls: string[] = [];
  const word: WordServices = {
    exportWord: async () => (calls.push("export"), { ok: true, value: { name: "附件1.docx", blank: false, problems } }),
    readDraft: async (f) => (calls.push(`read ${f.name}`), { ok: true, value: DRAFT }),
    reviewDraft: async () => ({ ok: true, value: review }),
    importDraft: async (_d, choices) => (
      calls.push(`import ${JSON.stringify(choices ?? null)}`),
      { ok: true, message: "已导入", notes: [], ...imported }
    ),
  };
  return { word, calls };
}

const CLEAN: DraftReview = { newUnits: [], sheetHasEntries: false, changes: [] };
const REVISED: DraftReview = {
  newUnits: [],
  sheetHasEntries: true,
  changes: [
    { seq: "1", change: "different" },
    { seq: "2", change: "new" },
    { seq: "3", change: "only-base" },
  ],
};

function Harness({ word, onImported }: { word: WordServices; onImported: () => void }) {
  const { busy, during } = useBusy();
  const [message, show] = useState<Message | null>(null);
  return (
    <FluentProvider theme={webLightTheme}>
      <WordButtons lang="zh" word={word} busy={busy} during={during} show={show} onImported={onImported} />
      <MessageLine message={message} />
    </FluentProvider>
  );
}

const pick = () =>
  fireEvent.change(screen.getByLabelText("选择附件1的 Word 草稿（.docx）"), {
    target: { files: [new File(["x"], "草稿.docx")] },
  });

describe("the Word buttons", () => {
  it("imports straight away into a sheet without entries when every unit is on the list, and the panels re-read", async () => {
    const { word, calls } = stub(CLEAN);
    let reread = 0;
    render(<Harness word={word} onImported={() => reread++} />);
    pick();
    await screen.findByText("已导入");
    expect(calls).toEqual(["read 草稿.docx", "import null"]);
    expect(reread).toBe(1);
  });

  it("sums up the rows matched without 序号 in one line, their list behind a toggle", async () => {
    const rows = Array.from({ length: 54 }, (_, i) => `表格第 ${i + 3} 行 → 第 ${i + 1} 项`);
    const { word } = stub(CLEAN, 0, { notes: ["54 行没有可用的序号，已按任务内容认定是哪一项任务。"], details: rows });
    render(<Harness word={word} onImported={() => undefined} />);
    pick();
    await screen.findByText("54 行没有可用的序号，已按任务内容认定是哪一项任务。");
    expect(screen.queryByText(rows[0])).toBeNull();
    const toggle = screen.getByRole("button", { name: "显示明细（54 行）" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(rows);
    fireEvent.click(screen.getByRole("button", { name: "收起明细" }));
    expect(screen.queryByText(rows[53])).toBeNull();
  });

  it("into a sheet with entries shows per task what would change; cancel changes nothing, the chosen tasks are taken", async () => {
    const { word, calls } = stub(REVISED);
    render(<Harness word={word} onImported={() => undefined} />);
    pick();
    const review = await screen.findByRole("dialog");
    expect(review.textContent).toContain("第 1 项：与工作表中的不同");
    expect(review.textContent).toContain("第 2 项：草稿中新填");
    expect(review.textContent).toContain("只在工作表中有内容的任务保持不变：第 3 项");
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    await screen.findByText("没有导入，工作表没有改动。");
    expect(calls).toEqual(["read 草稿.docx"]);
    // By default only the task new in the draft is ticked; ticking task 1 takes the draft's version of it too.
    pick();
    await screen.findByRole("dialog");
    fireEvent.click(screen.getByRole("checkbox", { name: "第 1 项：与工作表中的不同" }));
    fireEvent.click(screen.getByRole("button", { name: "导入" }));
    await waitFor(() => expect(calls[2]).toBe(`import ${JSON.stringify({ add: [], map: {}, take: ["1", "2"] })}`));
    // 都不取: nothing is written.
    pick();
    await screen.findByRole("dialog");
    fireEvent.click(screen.getByRole("radio", { name: "都不取（工作表不变）" }));
    fireEvent.click(screen.getByRole("button", { name: "导入" }));
    await screen.findByText("没有导入，工作表没有改动。");
    expect(calls).toHaveLength(4);
  });

  it("asks what to do with each unit the list lacks: add it, write it as a close listed name, or keep it", async () => {
    const { word, calls } = stub({
      ...CLEAN,
      newUnits: [
        { name: "组织部", close: ["党委组织部"] },
        { name: "思政部", close: [] },
        { name: "后勤处", close: [] },
      ],
    });
    render(<Harness word={word} onImported={() => undefined} />);
    pick();
    await screen.findByRole("dialog");
    fireEvent.change(screen.getByRole("combobox", { name: "“组织部”怎么处理" }), {
      target: { value: "map:党委组织部" },
    });
    fireEvent.change(screen.getByRole("combobox", { name: "“思政部”怎么处理" }), { target: { value: "add" } });
    fireEvent.click(screen.getByRole("button", { name: "导入" }));
    await waitFor(() =>
      expect(calls[1]).toBe(`import ${JSON.stringify({ add: ["思政部"], map: { 组织部: "党委组织部" } })}`),
    );
  });

  it("exporting says 可以打印盖章 only when the check is ready, else how many problems are open", async () => {
    const ready = stub(CLEAN);
    const { unmount } = render(<Harness word={ready.word} onImported={() => undefined} />);
    fireEvent.click(screen.getByRole("button", { name: "导出Word" }));
    await screen.findByText(/已生成“附件1.docx”.*可以打印盖章/);
    unmount();
    const open = stub(CLEAN, 19);
    render(<Harness word={open.word} onImported={() => undefined} />);
    fireEvent.click(screen.getByRole("button", { name: "导出Word" }));
    const text = await screen.findByText(/还有 19 个问题/);
    expect(text.textContent).not.toContain("可以打印盖章");
  });
});
