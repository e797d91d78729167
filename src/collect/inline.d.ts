/** `import source from "./worker?inline-worker"`: that module bundled into one script's text (see the loader). */
declare module "*?inline-worker" {
  const source: string;
  export default source;
}
