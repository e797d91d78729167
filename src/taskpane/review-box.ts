import { tokens } from "@fluentui/react-components";

/** The framed box a review sits in before anything is written (Word import, gather): one look for both. */
export const reviewBox = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  border: `1px solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
} as const;
