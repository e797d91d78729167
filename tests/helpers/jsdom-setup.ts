/** What jsdom lacks and Fluent UI uses: jsdom has no layout, so a ResizeObserver never observes a size change. */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window))
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
