//! The JavaScript that links modules at run time: a module registry with CommonJS semantics
//! (each module a function, instances cached, cycles see partial exports, ES modules carry
//! `__esModule` and live getters from swc), chunk loading for `import()`, asset URLs relative
//! to the bundle's own URL, and the interop shims for shared dependencies.
//!
//! `__m` holds definitions `[factory, specifier map]`, `__k` instances. A specifier maps to a
//! module id, or to `1` for a shared (external) module looked up in `__x`.

/// The registry; expects `__base` (a URL), `__x(specifier)`, `__lc(moduleId)` (load the
/// chunk that defines a module) and `__g` (the global object) to be defined by the format
/// around it.
pub(crate) const REGISTRY: &str = r#"var __m = {}, __k = {};
function __d(defs) { for (var id in defs) if (!(id in __m)) __m[id] = defs[id]; }
function __nf(s) { var e = new Error("Cannot find module '" + s + "'"); e.code = "MODULE_NOT_FOUND"; throw e; }
function __ns(e) { if (e && e.__esModule) return e; var n = {}; if (e != null && (typeof e === "object" || typeof e === "function")) for (var k in e) n[k] = e[k]; n["default"] = e; return n; }
function __a(f) { return new URL(f, __base).href; }
function __l(id) {
  return id === undefined
    ? Promise.reject(new Error("Cannot find the module of this import()"))
    : (__m[id] ? Promise.resolve() : __lc(id)).then(function () { return __ns(__r(id)); });
}
function __r(id) {
  var c = __k[id];
  if (c) return c.exports;
  var d = __m[id];
  if (!d) __nf(id);
  var map = d[1], module = __k[id] = { id: id, exports: {} };
  d[0].call(module.exports, function (s) { var t = map[s]; return t === 1 ? __x(s) : t === undefined ? __nf(s) : __r(t); }, module, module.exports, function (s) { return __l(map[s]); }, __a, __g);
  return module.exports;
}
"#;

/// `__g` where the code may run outside a window.
pub(crate) const GLOBAL: &str =
    "var __g = typeof globalThis !== \"undefined\" ? globalThis : window;\n";

/// Turns a SystemJS namespace of a shared dependency into what CommonJS-compiled code
/// expects: named keys, `default`, and `__esModule` so that `import X from` finds `default`.
pub(crate) const SHARED_INTEROP: &str = r#"function __cjs(m) { if (m && m.__esModule) return m; var o = {}; for (var k in m) o[k] = m[k]; if (!("default" in o)) o["default"] = m; Object.defineProperty(o, "__esModule", { value: true }); return o; }
"#;
