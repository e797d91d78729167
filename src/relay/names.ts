/** The relay's sheet names, alone, so the pane's start-up scripts can look for them without the relay's code. */
export const RELAY_SHEET = "分发信息";
export const GATHER_LOG_SHEET = "收回记录";
/** How the title of a unit's file's role column begins (本单位（教务处）): how the pane tells a unit's file. */
export const UNIT_COLUMN_TITLE = "本单位（";
/** What the 本单位 column says on the rows of the tasks the unit leads. */
export const UNIT_ROLE_LEAD = "牵头";
