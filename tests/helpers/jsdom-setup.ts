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
