// Measures a debug server: the time from start until `/$pilet-api` answers, and the time from
// saving a source file until the feed's WebSocket announces the rebuilt pilet (median of N).
//   node debug-latency.mjs --cwd <pilet> --port <p> --edit <file> [--runs 10] -- <command...>
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import net from "node:net";

const args = process.argv.slice(2);
const split = args.indexOf("--");
const option = (name) => { const i = args.indexOf(name); return i >= 0 && i < split ? args[i + 1] : undefined; };
const [program, ...rest] = args.slice(split + 1);
const port = Number(option("--port"));
const file = option("--edit");
const runs = Number(option("--runs") ?? 10);

const started = process.hrtime.bigint();
const child = spawn(program, rest, { cwd: option("--cwd"), stdio: "ignore", detached: true });
const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;

async function ready() {
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/$pilet-api`);
      if (res.ok) { await res.text(); return; }
    } catch {}
    await new Promise((r) => setTimeout(r, 5));
  }
}

function socket() {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, "127.0.0.1", () => {
      s.write(`GET /$pilet-api HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    });
    s.once("data", (d) => (String(d).includes(" 101 ") ? resolve(s) : reject(new Error(String(d)))));
    s.on("error", reject);
  });
}

await ready();
const startup = ms(started);
const ws = await socket();
const original = readFileSync(file, "utf8");
// Complete WebSocket frames (server frames are unmasked): resolve one waiter per frame.
let buffer = Buffer.alloc(0);
const waiters = [];
ws.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    if (buffer.length < 2) return;
    let length = buffer[1] & 127, offset = 2;
    if (length === 126) { if (buffer.length < 4) return; length = buffer.readUInt16BE(2); offset = 4; }
    else if (length === 127) { if (buffer.length < 10) return; length = Number(buffer.readBigUInt64BE(2)); offset = 10; }
    if (buffer.length < offset + length) return;
    buffer = buffer.subarray(offset + length);
    const waiter = waiters.shift();
    if (waiter) waiter();
  }
});
const latencies = [];
for (let i = 0; i < runs; i++) {
  const message = new Promise((resolve) => waiters.push(resolve));
  const t = process.hrtime.bigint();
  writeFileSync(file, `${original}\n// edit ${i} ${Date.now()}\n`);
  await message;
  latencies.push(ms(t));
  await new Promise((r) => setTimeout(r, 300));
}
writeFileSync(file, original);
if (process.env.DEBUG_LATENCY) console.error(latencies);
latencies.sort((a, b) => a - b);
console.log(JSON.stringify({ startupMs: Math.round(startup), editToMessageMs: { median: Math.round(latencies[latencies.length >> 1]), min: Math.round(latencies[0]), max: Math.round(latencies[latencies.length - 1]) } }));
ws.destroy();
process.kill(-child.pid, "SIGTERM");
