/**
 * @jest-environment jsdom
 */
import "../helpers/jsdom-setup";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { useBusy } from "../../src/taskpane/hooks/useBusy";
import type { Message } from "../../src/taskpane/hooks/useMessage";
import { MessageLine } from "../../src/taskpane/MessageLine";
import { TeamButtons } from "../../src/taskpane/TeamButtons";
import type { TeamServices, UnitFile } from "../../src/taskpane/team-services";

const FILES: UnitFile[] = [
  { unit: "教务处", name: "附件1-教务处.xlsx", bytes: new Uint8Array([1]), lead: 7, co: 2 },
  { unit: "人事处", name: "附件1-人事处.xlsx", bytes: new Uint8Array([2]), lead: 3, co: 0 },
];

function Harness({ team }: { team: TeamServices }) {
  const { busy, during } = useBusy();
  const [message, show] = useState<Message | null>(null);
  return (
    <FluentProvider theme={webLightTheme}>
      <TeamButtons
        lang="zh"
        team={async () => team}
        gather={() => Promise.reject(new Error("not used here"))}
        busy={busy}
        during={during}
        show={show}
        onWritten={() => undefined}
      />
      <MessageLine message={message} />
    </FluentProvider>
  );
}

describe("分发给各单位", () => {
  it("says what was handed out, lists each unit's file and downloads it singly", async () => {
    const saved: string[] = [];
    const team: TeamServices = {
      handOut: async () => ({
        ok: true,
        value: { files: FILES, zipName: "附件1-分发.zip", message: "已为 2 个单位生成文件" },
      }),
      save: (f) => saved.push(f.name),
    };
    render(<Harness team={team} />);
    fireEvent.click(screen.getByRole("button", { name: "分发给各单位" }));
    await screen.findByText("已为 2 个单位生成文件");
    expect(screen.getByText("教务处：牵头 7 项，协办 2 项")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "下载 附件1-人事处.xlsx" }));
    expect(saved).toEqual(["附件1-人事处.xlsx"]);
  });

  it("shows the message of a hand-out that could not be made, and no files", async () => {
    const team: TeamServices = {
      handOut: async () => ({ ok: false, message: "还没有任务分配给单位" }),
      save: () => undefined,
    };
    render(<Harness team={team} />);
    fireEvent.click(screen.getByRole("button", { name: "分发给各单位" }));
    await screen.findByText("还没有任务分配给单位");
    expect(screen.queryByText("各单位的文件")).toBeNull();
  });
});
