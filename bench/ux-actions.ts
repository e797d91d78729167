/**
 * ux.actions.fill54: the user actions (clicks, typed texts, keys, dropdown picks) to fill and check
 * the 54-task form in the browser preview, by hand and with the bulk tools (tests/e2e/fill54.ts
 * says how they are counted). One build, one browser.
 */
import { fillByHand, fillWithBulk } from "../tests/e2e/fill54";
import { buildPreview, launch, openPreview, removeDir, serve } from "../tests/e2e/support";

type Emit = (r: Record<string, unknown>) => void;

export async function benchUxActions(emit: Emit): Promise<void> {
  const dir = await buildPreview();
  const server = await serve(dir);
  const browser = await launch();
  try {
    const errors: string[] = [];
    const run = async (fill: typeof fillByHand) => {
      const page = await openPreview(browser, server.url, errors);
      try {
        return (await fill(page)).actions;
      } finally {
        await page.close();
      }
    };
    const byHand = await run(fillByHand);
    const bulk = await run(fillWithBulk);
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    emit({ name: "ux.actions.fill54", actions: bulk, byHand, ratio: Math.round((bulk / byHand) * 1000) / 1000 });
  } finally {
    await browser.close();
    await server.close();
    removeDir(dir);
  }
}

if (require.main === module)
  benchUxActions((r) => process.stdout.write(`${JSON.stringify(r)}\n`)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
