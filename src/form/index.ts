import type { Entries, FormDef, Lists } from "./types";
import { listsForDraft } from "./lists";
import fujian1 from "./fujian1.json";
import sampleDraft from "./sample-draft.json";

export * from "./types";
export { GENERIC_UNITS, listsForDraft } from "./lists";

/** 附件1 as parsed from seeds/ (regenerate with `npm run form:build`). */
export const FUJIAN1: FormDef = fujian1 as FormDef;

/** The draft of 锦州师范高等专科学校 found in the seed, offered as a sample. */
export const SAMPLE_DRAFT: Entries = sampleDraft as Entries;

/** The sample's own lists: the units 锦州师专 names in its draft, the form's years. */
export const SAMPLE_LISTS: Lists = listsForDraft(SAMPLE_DRAFT, FUJIAN1.lists);
