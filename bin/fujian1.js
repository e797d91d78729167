#!/usr/bin/env node
// fujian1 command line. Runs dist-cli/fujian1.cjs, the bundle `npm run build:cli` makes from src/cli
// (committed, so an install with production dependencies only has it); no tsx or dev dependency at run time.
"use strict";
require("../dist-cli/fujian1.cjs").run();
