// Runs a built pilet in Node with a minimal SystemJS: `System.register` modules are loaded
// from disk, `_context.import` resolves relative to the module's URL, shared dependencies
// come from CommonJS files given on the command line. Calls the pilet's `setup` with an API
// whose `report(value)` collects results, and prints one JSON line:
//   { exports: [names], styles, reports: [...] }
//
//   node run-pilet.mjs <dist>/index.js [--shared name=/path/to/module.cjs]...
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL, fileURLToPath } from "node:url";
import vm from "node:vm";

const args = process.argv.slice(2);
const main = args[0];
const shared = new Map();
const require = createRequire(import.meta.url);
for (let i = 1; i < args.length; i++) {
  if (args[i] === "--shared") {
    const [name, file] = args[++i].split("=");
    const exports = require(file);
    // The host registers namespaces: named keys plus `default`, as piral-base does.
    const ns = Object.assign(Object.create(null), exports, { default: exports });
    shared.set(name, ns);
  }
}

// The header's dependencies ({"name@version": "file"}) are registered under their ids, as
// piral-base does for v2/v3 pilets.
const header = (await readFile(main, "utf8")).split("\n", 1)[0];
const match = /^\/\/\s*@pilet\s+v:\d\s*\(([A-Za-z0-9_:-]+),\s*(.*)\)/.exec(header);
const sideBundles = new Map(Object.entries(match ? JSON.parse(match[2]) : {}));

let last = null;
globalThis.System = { register(deps, declare) { last = [deps, declare]; } };
const modules = new Map();

function load(url) {
  if (modules.has(url)) return modules.get(url);
  const promise = (async () => {
    const code = await readFile(fileURLToPath(url), "utf8");
    last = null;
    vm.runInThisContext(code, { filename: url });
    if (!last) throw new Error(`${url} did not call System.register`);
    const [deps, declare] = last;
    const ns = Object.create(null);
    const _export = (name, value) => {
      if (typeof name === "object") { for (const key in name) ns[key] = name[key]; } else { ns[name] = value; }
      return value;
    };
    const context = { meta: { url }, import: (specifier) => load(new URL(specifier, url).href) };
    const { setters = [], execute } = declare(_export, context);
    const resolved = await Promise.all(deps.map((dep) => {
      if (shared.has(dep)) return shared.get(dep);
      if (sideBundles.has(dep)) return load(new URL(sideBundles.get(dep), pathToFileURL(main).href).href);
      if (dep.startsWith("./") || dep.startsWith("../")) return load(new URL(dep, url).href);
      throw new Error(`no shared module "${dep}"`);
    }));
    resolved.forEach((m, i) => setters[i] && setters[i](m));
    await execute();
    return ns;
  })();
  modules.set(url, promise);
  return promise;
}

const ns = await load(pathToFileURL(main).href);
const reports = [];
if (typeof ns.setup === "function") await ns.setup({ report: (value) => reports.push(value) });
console.log(JSON.stringify({ exports: Object.keys(ns).sort(), styles: ns.styles ?? null, reports }));
