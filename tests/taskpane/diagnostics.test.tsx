/**
 * @jest-environment jsdom
 */
import "../helpers/jsdom-setup";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { stubServices } from "../helpers/stub-services";

describe("the diagnostics log", () => {
  it("can be copied after a failure, with every error caught so far", async () => {
    const stub = stubServices();
    stub.load = async () => ({ ok: false, message: "操作没有完成（Excel 报告 GeneralException）。", notes: [] });
    stub.diagnostics = () => "2026-11-30T10:00:00.000Z load: GeneralException at Range.merge — Injected";
    render(
      <FluentProvider theme={webLightTheme}>
        <App lang="zh" services={stub} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "载入附件1" }));
    await screen.findByRole("alert");
    // The diagnostics box loads on first use (it stays out of the pane's start-up scripts).
    const log = (await screen.findByRole("textbox", { name: "诊断信息（发给信息中心）" })) as HTMLTextAreaElement;
    expect(log.value).toContain("GeneralException at Range.merge");
    expect(screen.getByRole("button", { name: "复制诊断信息" })).toBeTruthy();
  });

  it("is not shown after a success", async () => {
    const stub = stubServices();
    stub.diagnostics = () => "an older error";
    render(
      <FluentProvider theme={webLightTheme}>
        <App lang="zh" services={stub} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "载入附件1" }));
    await screen.findByRole("status");
    expect(screen.queryByRole("textbox", { name: "诊断信息（发给信息中心）" })).toBeNull();
  });
});
