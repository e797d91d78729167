/** A stand-in for the pane's services: answers from fields a test sets, records the calls. */
import { FUJIAN1 } from "../../src/form";
import type { SelectionInfo } from "../../src/excel/selection";
import type { CheckResult, Summary } from "../../src/reading/check";
import type { PaneServices } from "../../src/taskpane/services";

export interface Stub extends PaneServices {
  calls: string[];
  /** The selected task cell, or null; `selectCell` changes it and tells the listeners. */
  current: SelectionInfo | null;
  selectCell(info: SelectionInfo | null): void;
  checkResult: CheckResult;
  /** Tells the pane the user edited the sheet. */
  edit(): void;
  status: { present: boolean; filledTasks: number; headerFilled: boolean };
}

export const summaryOf = (over: Partial<Summary> = {}): Summary => ({
  total: 54,
  withMeasures: 0,
  withoutMeasures: 54,
  notApplicable: 0,
  groups: [],
  units: [],
  errors: 54,
  warnings: 0,
  ready: false,
  ...over,
});

export const cellInfo = (over: Partial<SelectionInfo> = {}): SelectionInfo => ({
  address: "E6",
  seq: "1",
  excerpt: "采取专兼职结合方式…",
  column: "measure",
  value: "",
  rowCount: 1,
  rowIndex: 0,
  rowEmpty: true,
  mark: "",
  tasks: 1,
  ...over,
});

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });

/** Services that succeed; override any method with `Object.assign(stub, { … })`. */
export function stubServices(): Stub {
  const listeners = new Set<() => void>();
  const editors = new Set<() => void>();
  const stub: Stub = {
    form: FUJIAN1,
    calls: [],
    current: null,
    checkResult: { findings: [], summary: summaryOf() },
    selectCell(info) {
      stub.current = info;
      listeners.forEach((l) => l());
    },
    edit: () => editors.forEach((l) => l()),
    status: { present: true, filledTasks: 0, headerFilled: false },
    limitations: () => null,
    sheetStatus: () => ok(stub.status),
    watchesEdits: () => true,
    async watchEdits(listener) {
      editors.add(listener);
      return async () => void editors.delete(listener);
    },
    async load(source, place) {
      stub.calls.push(`load ${source}${place ? ` ${place}` : ""}`);
      return { ok: true, message: "已载入附件1：54 项任务，12 类主要任务。", notes: [] };
    },
    async check() {
      stub.calls.push("check");
      return { ok: true, value: stub.checkResult };
    },
    select: (address) => (stub.calls.push(`select ${address}`), ok(undefined)),
    fix: (fixes) => (stub.calls.push(`fix ${fixes.length}`), ok(fixes.length)),
    splitLines: (split) => (
      stub.calls.push(`split ${split.seq}/${split.index} into ${split.rows.length}`),
      ok({ seq: split.seq, rows: split.rows.length })
    ),
    selection: () => ok(stub.current),
    async watchSelection(listener) {
      listeners.add(listener);
      return async () => void listeners.delete(listener);
    },
    normaliseUnitsOnEdit: async () => async () => undefined,
    addRow: () => (stub.calls.push("addRow"), ok({ seq: stub.current?.seq ?? "?", row: 7 })),
    removeRow: () => (stub.calls.push("removeRow"), ok({ seq: stub.current?.seq ?? "?", row: 7 })),
    mark: (reason) => (stub.calls.push(`mark ${reason}`), ok(stub.current?.seq ?? "?")),
    writeUnits: (units) => (stub.calls.push(`writeUnits ${units.join("、")}`), ok(units.join("、"))),
    assign: (values) => (
      stub.calls.push(`assign ${values.unit ?? "-"} ${values.time ?? "-"}`),
      ok({ tasks: 3, cells: 5, kept: 1, marked: 0, others: 0 })
    ),
    fillTimeDown: () => (
      stub.calls.push("fillTimeDown"),
      ok({ time: "2024年", tasks: 2, cells: 3, from: 6, to: 8, empty: 1, marked: 0, others: 0 })
    ),
    markSelection: (reason) => (
      stub.calls.push(`markSelection ${reason}`),
      ok({ marked: ["2", "3"], filled: ["4"], already: 0, others: [] })
    ),
    lists: () => ok({ units: ["教务处", "人事处", "学生处"], times: ["2023年", "2024年"] }),
    diagnostics: () => "",
    editList: (edit) => (
      stub.calls.push(`editList ${edit.kind} ${edit.items.join(",")}`),
      ok({ saved: true, rewritten: 0 })
    ),
    reapplyRules: () => ok(undefined),
    standaloneFile: () => ok({ name: "附件1.xlsx", bytes: new Uint8Array([1]) }),
  };
  return stub;
}
