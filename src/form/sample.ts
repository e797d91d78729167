import type { Entries, Lists } from "./types";
import { FUJIAN1 } from "./fujian1";
import { listsForDraft } from "./lists";
import sampleDraft from "./sample-draft.json";

/** The draft of 锦州师范高等专科学校 found in the seed, offered as a sample. */
export const SAMPLE_DRAFT: Entries = sampleDraft as Entries;

/** The sample's own lists: the units 锦州师专 names in its draft, the form's years. */
export const SAMPLE_LISTS: Lists = listsForDraft(SAMPLE_DRAFT, FUJIAN1.lists);
