/** The relay's sheet names, alone, so the pane's start-up scripts can look for them without the relay's code. */
export const RELAY_SHEET = "分发信息";
export const GATHER_LOG_SHEET = "收回记录";
