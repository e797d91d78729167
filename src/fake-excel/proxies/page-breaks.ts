// Worksheet.horizontalPageBreaks: PageBreakCollection and PageBreak (ExcelApi 1.9), manual row breaks only.

import { parseAddress } from "../address";
import { ErrorCode, FakeOfficeError } from "../errors";
import type { SheetModel } from "../model/sheet";
import { assertAllowed } from "../model/guards";
import { FakeClientObject, FakeClientResult, installAccessors, PropTable } from "../runtime/client-object";
import type { FakeRequestContext } from "../runtime/context";
import { FakeCollection } from "./collection";
import { FakeRange } from "./range";

/** One manual break: the sheet and the 0-based row that begins the page after it. */
interface BreakRef {
  sheet: SheetModel;
  row: number;
}

const BREAK_PROPS: PropTable<BreakRef> = {
  rowIndex: { get: (b) => b.row },
  columnIndex: { get: () => 0 },
};

export class FakePageBreak extends FakeClientObject<BreakRef> {
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;

  protected _props(): PropTable<BreakRef> {
    return BREAK_PROPS;
  }

  delete(): void {
    this._queue("delete", (b) => {
      assertAllowed(b.sheet, null, "page breaks");
      b.sheet.rowBreaks = b.sheet.rowBreaks.filter((r) => r !== b.row);
      this.context._engine.wb.touch();
    });
  }

  getCellAfterBreak(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const b = this._target();
        return b ? { sheet: b.sheet, rect: { row: b.row, col: 0, rows: 1, cols: 1 } } : null;
      },
      { parent: this, create: "PageBreak.getCellAfterBreak" },
    );
  }
}
installAccessors(FakePageBreak, BREAK_PROPS);

export class FakePageBreakCollection extends FakeCollection<SheetModel, FakePageBreak> {
  constructor(ctx: FakeRequestContext, resolver: () => SheetModel | null, parent: FakeClientObject<unknown>) {
    super(ctx, "PageBreakCollection", resolver, { parent, version: "1.9" });
  }

  protected _props(): PropTable<SheetModel> {
    return {};
  }

  protected _enumerate(sheet: SheetModel): FakePageBreak[] {
    return sheet.rowBreaks.map(
      (row) => new FakePageBreak(this.context, "PageBreak", () => ({ sheet, row }), { parent: this }),
    );
  }

  /** A break above the top-left cell of the range (a Range proxy or an address on this sheet). */
  add(pageBreakRange: FakeRange | string): FakePageBreak {
    this._assertArgs(pageBreakRange);
    return new FakePageBreak(
      this.context,
      "PageBreak",
      () => {
        const sheet = this._target();
        if (sheet === null) return null;
        let row: number;
        if (pageBreakRange instanceof FakeRange) {
          const r = pageBreakRange._target();
          if (r === null || r.sheet !== sheet)
            throw new FakeOfficeError(ErrorCode.invalidArgument, "The range must be on this worksheet.");
          row = r.rect.row;
        } else {
          if (typeof pageBreakRange !== "string" || pageBreakRange.includes("!"))
            throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid page break range: ${String(pageBreakRange)}`);
          row = parseAddress(pageBreakRange).row;
        }
        if (row === 0) throw new FakeOfficeError(ErrorCode.invalidArgument, "A page break cannot precede row 1.");
        assertAllowed(sheet, null, "page breaks");
        if (!sheet.rowBreaks.includes(row)) sheet.rowBreaks = [...sheet.rowBreaks, row].sort((a, b) => a - b);
        this.context._engine.wb.touch();
        return { sheet, row };
      },
      { parent: this, create: "PageBreakCollection.add" },
    );
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._queue("getCount", (s) => result._resolve(s.rowBreaks.length));
    return result;
  }

  getItem(index: number): FakePageBreak {
    return new FakePageBreak(
      this.context,
      "PageBreak",
      () => {
        const sheet = this._target();
        if (sheet === null) return null;
        const row = sheet.rowBreaks[index];
        if (row === undefined)
          throw new FakeOfficeError(ErrorCode.itemNotFound, `There is no page break at index ${index}.`);
        return { sheet, row };
      },
      { parent: this, create: "PageBreakCollection.getItem" },
    );
  }

  /** Removes every manual break of the sheet. */
  removePageBreaks(): void {
    this._queue("removePageBreaks", (s) => {
      assertAllowed(s, null, "page breaks");
      s.rowBreaks = [];
      this.context._engine.wb.touch();
    });
  }
}
