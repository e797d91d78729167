import type { FormDef } from "./types";
import fujian1 from "./fujian1.json";

/** 附件1 as parsed from seeds/ (regenerate with `npm run form:build`). */
export const FUJIAN1: FormDef = fujian1 as FormDef;
