/** The relay: hand the form out to a college's units and gather their files back (pure, beside src/reading). */
export * from "./units";
export * from "./compare-entries";
export * from "./identity";
export * from "./hand-out";
export * from "./gather";
export * from "./scope";
export * from "./progress";
export * from "./unit-plan";
export * from "./describe";
