// Runs a built pilet (v0, v1, v2 or v3) in Node with a minimal SystemJS: `System.register` modules are loaded
// from disk, `_context.import` resolves relative to the module's URL, shared dependencies
// come from CommonJS files given on the command line. Calls the pilet's `setup` with an API
// whose `report(value)` collects results, and prints one JSON line:
//   { exports: [names], styles, links: [stylesheets a v0/v1/v2 pilet added], reports: [...] }
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

// v0 and v1 pilets are scripts (spec §11.3): v0 is evaluated with `module`, `exports` and
// `require` (its chunks are fetched and evaluated the same way); v1 runs as a `<script>` whose
// `document.currentScript.app` is the pilet, with `window[requireRef]` for shared modules and
// its chunks added as more script tags.
const mainUrl = pathToFileURL(main).href;
const spec = /^\/\/\s*@pilet\s+v:(\d)/.exec(header)?.[1] ?? "0";
const requireShared = (id) => {
  if (shared.has(id)) return shared.get(id);
  const error = new Error(`Cannot find module '${id}'`);
  error.code = "MODULE_NOT_FOUND";
  throw error;
};
const links = [];
async function loadScriptPilet() {
  const code = await readFile(main, "utf8");
  if (spec === "0") {
    globalThis.fetch = async (url) => ({ ok: true, text: () => readFile(fileURLToPath(url), "utf8") });
    const module = { exports: {} };
    vm.compileFunction(code, ["module", "exports", "require"], { filename: mainUrl })(module, module.exports, requireShared);
    return module.exports;
  }
  const reference = /^\/\/\s*@pilet\s+v:1\s*\(([A-Za-z0-9_:-]+)\)/.exec(header)[1];
  const current = { src: mainUrl };
  globalThis.window = globalThis;
  globalThis.document = {
    currentScript: current,
    createElement: (tag) => ({ tag, setAttribute(key, value) { this[key] = value; } }),
    head: {
      appendChild(element) {
        if (element.tag !== "script") { links.push(element.href); return; }
        readFile(fileURLToPath(element.src), "utf8").then(
          (chunk) => { vm.runInThisContext(chunk, { filename: element.src }); element.onload(); },
          (error) => element.onerror(error));
      },
    },
  };
  globalThis[reference] = requireShared;
  vm.runInThisContext(code, { filename: mainUrl });
  return current.app;
}

// v0 and v2 pilets attach their stylesheet with a `<link>`: collected in `links` too.
if (spec === "0" || spec === "2") {
  globalThis.document = {
    createElement: (tag) => ({ tag, setAttribute(key, value) { this[key] = value; } }),
    head: { appendChild(element) { links.push(element.href); } },
  };
}
const ns = spec === "0" || spec === "1" ? await loadScriptPilet() : await load(mainUrl);
const reports = [];
if (typeof ns.setup === "function") await ns.setup({ report: (value) => reports.push(value) });
console.log(JSON.stringify({ exports: Object.keys(ns).sort(), styles: ns.styles ?? null, links, reports }));
