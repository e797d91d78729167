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
import type { WordDraft, WordServices } from "../../src/taskpane/word-services";

const DRAFT: WordDraft = {
  name: "草稿.docx",
  entries: { header: { unit: "", contact: "", phone: "" }, rows: {} },
  tasks: 3,
  rows: 4,
  marks: 0,
  notes: [],
};

function stub(filled: number) {
  const calls: string[] = [];
  const word: WordServices = {
    exportWord: async () => (calls.push("export"), { ok: true, value: { name: "附件1.docx" } }),
    readDraft: async (f) => (calls.push(`read ${f.name}`), { ok: true, value: DRAFT }),
    filledTasks: async () => ({ ok: true, value: filled }),
    importDraft: async () => (calls.push("import"), { ok: true, message: "已导入", notes: [] }),
  };
  return { word, calls };
}

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
  it("imports straight away into a sheet without entries, and the panels re-read", async () => {
    const { word, calls } = stub(0);
    let reread = 0;
    render(<Harness word={word} onImported={() => reread++} />);
    pick();
    await screen.findByText("已导入");
    expect(calls).toEqual(["read 草稿.docx", "import"]);
    expect(reread).toBe(1);
  });

  it("asks first when the sheet holds entries; cancel changes nothing, continue imports", async () => {
    const { word, calls } = stub(5);
    render(<Harness word={word} onImported={() => undefined} />);
    pick();
    const ask = await screen.findByRole("alertdialog");
    expect(ask.textContent).toContain("工作表中已有 5 项任务填了内容");
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    await screen.findByText("没有导入，工作表没有改动。");
    expect(calls).toEqual(["read 草稿.docx"]);
    pick();
    await screen.findByRole("alertdialog");
    fireEvent.click(screen.getByRole("button", { name: "继续导入" }));
    await waitFor(() => expect(calls).toEqual(["read 草稿.docx", "read 草稿.docx", "import"]));
  });

  it("exports and says where the file went", async () => {
    const { word, calls } = stub(0);
    render(<Harness word={word} onImported={() => undefined} />);
    fireEvent.click(screen.getByRole("button", { name: "导出Word" }));
    await screen.findByText(/已生成“附件1.docx”/);
    expect(calls).toEqual(["export"]);
  });
});
