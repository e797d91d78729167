/**
 * A user unhides a hidden sheet (取消隐藏: Excel, WPS and LibreOffice all offer it; sheet protection does not
 * prevent it) and types over a cell; the sheet is hidden again after. The typing's result is what the user meets.
 */
import type { ExcelRunner } from "../../src/excel/run";
import type { Setup } from "./workbook";

export async function unhideAndType(
  w: { run: ExcelRunner; model: Setup["model"] },
  sheet: string,
  address = "A1",
  text = "改掉的身份",
): Promise<ReturnType<Setup["model"]["user"]["type"]> & { wasHidden: boolean }> {
  const visibility = async (to?: "Visible" | "Hidden") =>
    w.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      if (to) ws.visibility = to;
      ws.load("visibility");
      await context.sync();
      return ws.visibility as string;
    });
  const wasHidden = (await visibility()) === "Hidden";
  await visibility("Visible");
  const typed = w.model.user.type(sheet, address, text);
  await visibility("Hidden");
  return { ...typed, wasHidden };
}
