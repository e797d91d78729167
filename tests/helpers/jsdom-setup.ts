/** What jsdom lacks and Fluent UI uses: jsdom has no layout, so a ResizeObserver never observes a size change. */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window))
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });

// Fluent renders slowly in jsdom on a busy shared machine: wait up to 10 s for what a user would see.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 10_000 });

/**
 * Speed, not behaviour: jsdom's getComputedStyle (which Testing Library's getByRole calls for every element and
 * ancestor) matches the element against every CSS rule's selector with nwsapi. nwsapi ≥ 2.2.25 keeps its compiled
 * selectors in an LRU of 1000, and Fluent's Griffel inserts more rules than that, so a scan over all of them evicts
 * each selector just before it is needed again: every call recompiled every selector (the taskpane tests went from
 * ~20 s to over 2 min). Here the match caches hold every selector, as nwsapi ≤ 2.2.24 did. They only ever hold
 * compiled query plans keyed by selector text (nwsapi's own configure() still clears them), so what matches is
 * unchanged. If jsdom or nwsapi change shape, nothing is patched (one line says so) and the tests are only slower.
 */
interface NwCache {
  get(key: string): unknown;
  set(key: string, value: unknown): unknown;
  has(key: string): boolean;
  clear(): void;
  size(): number;
}
function unbounded(cache: NwCache): void {
  const all = new Map<string, unknown>();
  cache.get = (key) => all.get(key);
  cache.set = (key, value) => (all.set(key, value), value);
  cache.has = (key) => all.has(key);
  cache.clear = () => all.clear();
  cache.size = () => all.size;
}
const isCache = (c: NwCache | undefined): c is NwCache => typeof c?.get === "function" && typeof c?.set === "function";
let warned = false;
function notPatched(what: string): void {
  if (!warned) process.stderr.write(`jsdom-setup: ${what}, so nwsapi's selector cache is not widened (slower).\n`);
  warned = true;
}
function keepCompiledSelectors(nw: unknown): void {
  const api = nw as { matchLambdas?: NwCache; matchResolvers?: NwCache } | undefined;
  const caches = [api?.matchLambdas, api?.matchResolvers];
  if (!caches.every(isCache)) return notPatched("nwsapi has no matchLambdas/matchResolvers caches");
  caches.forEach(unbounded);
}
if (typeof document !== "undefined") {
  // jsdom keeps its implementation object under a private symbol of the wrapper, and creates the nwsapi instance
  // for style matching lazily (as `_nwsapiDontThrow`); patch it when it is created, or now if it exists.
  const implSymbol = Object.getOwnPropertySymbols(document).find((s) => s.description === "impl");
  const impl = implSymbol && (document as unknown as Record<symbol, Record<string, unknown>>)[implSymbol];
  if (impl && typeof impl === "object") {
    for (const field of ["_nwsapiDontThrow", "_nwsapi"]) {
      let value = impl[field];
      if (value) keepCompiledSelectors(value);
      Object.defineProperty(impl, field, {
        configurable: true,
        get: () => value,
        set: (nw: unknown) => {
          value = nw;
          keepCompiledSelectors(nw);
        },
      });
    }
  } else notPatched("jsdom's document has no implementation object under an impl symbol");
}
