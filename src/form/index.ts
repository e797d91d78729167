export * from "./types";
export { GENERIC_UNITS, listsForDraft } from "./lists";
export { FUJIAN1 } from "./fujian1";
export { SAMPLE_DRAFT, SAMPLE_LISTS } from "./sample";
