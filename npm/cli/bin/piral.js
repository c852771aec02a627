#!/usr/bin/env node
// `piral`: runs the native binary of this platform's package.
require('../lib/launch.js').launch('piral');
