/** What 检查完整性 needs of the relay for a unit's file, loaded on demand (src/excel/check-sheet.ts). */
export { decodeRelay } from "../relay/identity";
export { scopeToUnit } from "../relay/scope";
