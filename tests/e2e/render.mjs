// Serves a folder on 127.0.0.1 (SPA fallback to index.html) and opens a page in headless
// Chromium. Prints one JSON line: { ok, found, texts, errors, styles, system }.
//
//   node render.mjs (--dir <folder> [--port 0] | --url <origin>) [--path /] [--steps steps.json] [--expect <text>]... [--click <text> --expect-after <text>]
//                   [--style <selector>:<property>] [--eval <js expression>] [--timeout 20000]
//                   [--headers-from <staticwebapp.config.json>] [--screenshot <file.png>]
// With --headers-from, the served files get the `globalHeaders` of that Azure Static Web Apps
// configuration (a Content-Security-Policy, for example), and the report lists every
// `securitypolicyviolation` the page saw under `violations`.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const options = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const dir = option("--dir");
const externalUrl = option("--url");
const stepsFile = option("--steps");
const path = option("--path") ?? "/";
const timeout = Number(option("--timeout") ?? 20000);
const headersFrom = option("--headers-from");
const extraHeaders = headersFrom
  ? JSON.parse((await import("node:fs")).readFileSync(headersFrom, "utf8")).globalHeaders ?? {}
  : {};
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".svg": "image/svg+xml", ".png": "image/png", ".map": "application/json" };

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  let file = normalize(join(dir, decodeURIComponent(url.pathname)));
  if (!file.startsWith(normalize(dir))) { res.writeHead(403).end(); return; }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
  } catch { file = join(dir, "index.html"); }
  try {
    const body = await readFile(file);
    res.writeHead(200, { ...extraHeaders, "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
  } catch { res.writeHead(404).end(); }
});
let origin = externalUrl;
if (!externalUrl) {
  await new Promise((resolve) => server.listen(Number(option("--port") ?? 0), "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const result = { ok: true, found: [], missing: [], errors: [], styles: {}, evals: [], violations: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Tests only touch 127.0.0.1: anything else a page asks for (web fonts, CDNs) is refused here.
  await page.route(/^https?:\/\//, (route) => {
    const { hostname } = new URL(route.request().url());
    return hostname === "127.0.0.1" || hostname === "localhost" ? route.continue() : route.abort();
  });
  await page.exposeFunction("__reportViolation", (v) => result.violations.push(v));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation",
    (e) => window.__reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  page.on("pageerror", (e) => result.errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") result.errors.push(m.text()); else if (process.env.RENDER_LOG) result.errors.push(`${m.type()}: ${m.text()}`); });
  page.on("crash", () => { result.ok = false; result.errors.push("the page crashed"); });
  await page.goto(origin + path);
  const wait = async (text) => {
    try { await page.getByText(text, { exact: false }).first().waitFor({ timeout }); result.found.push(text); }
    catch { result.missing.push(text); result.ok = false; }
  };
  for (const text of options("--expect")) await wait(text);
  const click = option("--click");
  if (click) {
    // A click event rather than a pointer: menus may be collapsed off-screen.
    await page.getByText(click, { exact: true }).first().dispatchEvent("click");
    for (const text of options("--expect-after")) await wait(text);
  }
  if (options("--style").length > 0 || options("--eval").length > 0) {
    // Styles (and expressions that read computed styles) count once every stylesheet the page
    // (or a pilet) added has loaded: a pilet's text can show before its stylesheet arrives.
    await page.waitForFunction(() => [...document.querySelectorAll("link[rel=stylesheet]")].every((l) => l.sheet), null, { timeout })
      .catch(() => result.errors.push("a stylesheet did not load"));
  }
  for (const spec of options("--style")) {
    const [selector, property] = spec.split("|");
    result.styles[spec] = await page.$eval(selector, (e, p) => getComputedStyle(e).getPropertyValue(p), property).catch((e) => `error: ${e}`);
  }
  for (const expression of options("--eval")) {
    result.evals.push(await page.evaluate(expression).catch((e) => `error: ${e}`));
  }
  // Scripted steps (JSON): {"expect": text} | {"eval": js} | {"write": {"file", "content"}} |
  // {"selector": css, "contains": text} | {"gone": css} | {"wait": ms} |
  // {"offline": true} (the served folder's server stops and the browser goes offline) |
  // {"reload": true}
  if (stepsFile) {
    const { readFileSync, writeFileSync } = await import("node:fs");
    for (const step of JSON.parse(readFileSync(stepsFile, "utf8"))) {
      if (step.expect) await wait(step.expect);
      if (step.eval) result.evals.push(await page.evaluate(step.eval).catch((e) => `error: ${e}`));
      if (step.write) writeFileSync(step.write.file, step.write.content);
      if (step.wait) await new Promise((r) => setTimeout(r, step.wait));
      if (step.offline) {
        if (!externalUrl && server.listening) { server.close(); server.closeAllConnections(); }
        await page.context().setOffline(true);
      }
      if (step.reload) await page.reload().catch((e) => result.errors.push(`reload: ${e}`));
      if (step.selector) {
        try {
          await page.waitForFunction(([s, t]) => { const e = document.querySelector(s); return e && e.textContent.includes(t); }, [step.selector, step.contains ?? ""], { timeout });
          result.found.push(step.selector);
        } catch { result.missing.push(step.selector); result.ok = false; }
      }
      if (step.gone) {
        try { await page.waitForFunction((s) => !document.querySelector(s), step.gone, { timeout }); result.found.push(`gone ${step.gone}`); }
        catch { result.missing.push(`gone ${step.gone}`); result.ok = false; }
      }
    }
  }
  const screenshot = option("--screenshot");
  if (screenshot) await page.screenshot({ path: screenshot });
  if (!result.ok) result.html = (await page.content()).slice(0, 4000);
} catch (e) {
  result.ok = false;
  result.errors.push(String(e));
} finally {
  await browser.close();
  if (!externalUrl && server.listening) server.close();
}
console.log(JSON.stringify(result));
