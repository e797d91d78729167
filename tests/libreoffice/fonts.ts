/**
 * Fonts LibreOffice needs to lay a workbook out as Excel does. An .xlsx
 * stores column widths in digits of its default font (Calibri 11); without a
 * metric-compatible font (Carlito, which LibreOffice normally installs as a
 * recommendation) LibreOffice falls back to DejaVu Sans, whose digits are a
 * third wider, and every printout shrinks to fit.
 */
import { execFileSync, spawnSync } from "child_process";

export const FONT_INSTALL_COMMAND = "apt-get install -y --no-install-recommends fonts-crosextra-carlito";

function calibriIsCarlito(): boolean {
  const r = spawnSync("fc-match", ["Calibri"], { encoding: "utf8" });
  return r.status === 0 && /Carlito/i.test(r.stdout);
}

export function ensureCalibriMetrics(): void {
  if (calibriIsCarlito()) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      `The Carlito font (Calibri's metrics) is needed for the print tests. Run as root:\n  ${FONT_INSTALL_COMMAND}`,
    );
  execFileSync("sh", ["-c", FONT_INSTALL_COMMAND], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (!calibriIsCarlito()) throw new Error(`Installing Carlito failed; run: ${FONT_INSTALL_COMMAND}`);
}
