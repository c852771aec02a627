// Writes a React app of many modules into a folder (issue: bundles as small as esbuild's):
// `pages` pages, each rendering `leaves` leaf components; every leaf module also exports a
// function nobody imports, which a tree-shaking bundler drops.
//   node gen-app.mjs <folder> [pages=100] [leaves=99]      (100 × 99 + 100 + 1 = 10,001 modules)
import { mkdirSync, writeFileSync, symlinkSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

const [dir, pages = "100", leaves = "99"] = process.argv.slice(2);
if (!dir) throw new Error("usage: node gen-app.mjs <folder> [pages] [leaves]");
const root = resolve(dir);
const pageCount = Number(pages);
const leafCount = Number(leaves);
mkdirSync(join(root, "src/pages"), { recursive: true });
writeFileSync(join(root, "package.json"), JSON.stringify({ name: "app-10k", version: "1.0.0" }, null, 2) + "\n");
writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react", target: "es2020", module: "esnext", moduleResolution: "bundler" } }, null, 2) + "\n");
const modules = join(root, "node_modules");
mkdirSync(modules, { recursive: true });
for (const name of ["react"]) {
  const link = join(modules, name);
  if (!existsSync(link)) symlinkSync(resolve(import.meta.dirname, "node_modules", name), link);
}
const index = [];
index.push("import * as React from 'react';");
for (let p = 0; p < pageCount; p++) {
  const folder = join(root, "src/pages", `p${p}`);
  mkdirSync(folder, { recursive: true });
  const page = ["import * as React from 'react';"];
  for (let l = 0; l < leafCount; l++) {
    page.push(`import { Leaf${p}x${l} } from './leaf${l}';`);
    writeFileSync(join(folder, `leaf${l}.tsx`), [
      "import * as React from 'react';",
      `export function Leaf${p}x${l}({ label }: { label?: string }) {`,
      `  return <div className="leaf-${p}-${l}">{label ?? 'Leaf ${p}.${l}'}</div>;`,
      "}",
      `export function unused${p}x${l}(value: number) {`,
      `  return { page: ${p}, leaf: ${l}, doubled: value * 2, text: 'never rendered ${p}.${l}' };`,
      "}",
      "",
    ].join("\n"));
  }
  page.push(`export default function Page${p}() {`);
  page.push(`  return <section>{[${Array.from({ length: leafCount }, (_, l) => `<Leaf${p}x${l} key={${l}} />`).join(", ")}]}</section>;`);
  page.push("}");
  writeFileSync(join(folder, "index.tsx"), page.join("\n") + "\n");
  index.push(`import Page${p} from './pages/p${p}';`);
}
index.push(`export function App() {`);
index.push(`  return <main>{[${Array.from({ length: pageCount }, (_, p) => `<Page${p} key={${p}} />`).join(", ")}]}</main>;`);
index.push("}");
index.push("export function setup() {}");
writeFileSync(join(root, "src/index.tsx"), index.join("\n") + "\n");
console.log(`${pageCount * leafCount + pageCount + 1} modules in ${root}`);
