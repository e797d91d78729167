#!/usr/bin/env node
// fujian1 command line: runs the TypeScript sources through tsx, no build step needed.
"use strict";
require("tsx/cjs");
require("../src/cli/main.ts").run();
