#!/usr/bin/env node
// `pilet`: the same binary, started under the name `pilet` (it then answers as `piral pilet`).
require('../lib/launch.js').launch('pilet');
