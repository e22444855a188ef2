#!/usr/bin/env node
// The installed command: runs the built local runtime (lib/), which `npm ci` builds in a clone and
// `npm pack` ships.
require('../lib/roadmap-tracker.js');
