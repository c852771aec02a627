// The script injectors of the debug server (kras' script injector): one Node process that
// loads every *.js, *.cjs and *.mjs file of the mock folders and answers requests the server
// sends over a local socket, one JSON object per line each way.
//   node host.js <socket> <folders as JSON>
'use strict';
const fs = require('fs');
const net = require('net');
const path = require('path');
const { pathToFileURL } = require('url');

const [socketPath, foldersJson] = process.argv.slice(2);
const folders = JSON.parse(foldersJson);
const scripts = [];

function filesOf(folder) {
  let entries;
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) files.push(...filesOf(full));
    } else if (/\.(c?js|mjs)$/.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

function describe(error) {
  return error && error.stack ? String(error.stack) : String(error);
}

function warn(file, message) {
  send({ warning: { file, message } });
}

async function load() {
  for (const folder of folders) {
    for (const file of filesOf(folder)) {
      try {
        const loaded = file.endsWith('.mjs') ? await import(pathToFileURL(file).href) : require(file);
        const exported = loaded && typeof loaded.default === 'function' && typeof loaded !== 'function' ? loaded.default : loaded;
        if (typeof exported !== 'function') {
          warn(file, 'does not export a function; it is ignored');
          continue;
        }
        const script = { file, handler: exported, module: loaded };
        if (typeof loaded.setup === 'function') loaded.setup(context(script));
        scripts.push(script);
      } catch (error) {
        warn(file, describe(error));
      }
    }
  }
}

function context(script) {
  return { $options: { directory: folders }, $config: {}, $file: script.file };
}

// What `res(...)` builds: kras' answer, with its defaults.
function answer({ statusCode = 200, statusText = '', headers = {}, content = '' } = {}) {
  return { __krasAnswer: true, statusCode, statusText, headers, content };
}

function encode(result) {
  const response = result && result.__krasAnswer ? result : answer(result);
  const headers = {};
  for (const [name, value] of Object.entries(response.headers || {})) {
    if (value !== undefined && value !== null) headers[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
  }
  let { content } = response;
  let base64;
  if (Buffer.isBuffer(content) || content instanceof Uint8Array) {
    base64 = Buffer.from(content).toString('base64');
    content = undefined;
  } else if (typeof content !== 'string') {
    content = JSON.stringify(content);
    if (!headers['content-type']) headers['content-type'] = 'application/json';
  }
  if (!headers['content-type']) headers['content-type'] = 'text/html';
  return { status: Number(response.statusCode) || 200, statusText: String(response.statusText || ''), headers, content, base64 };
}

async function handle(request) {
  const req = {
    url: request.url,
    target: request.target,
    query: request.query,
    method: request.method,
    headers: request.headers,
    content: request.content,
    rawContent: Buffer.from(request.contentBase64 || '', 'base64'),
    remoteAddress: '127.0.0.1',
  };
  for (const script of scripts) {
    let result;
    try {
      result = script.handler(context(script), req, answer);
      if (result && typeof result.then === 'function') {
        // A promise ends the search among scripts, as with kras; nothing in it means the next injector.
        const value = await result;
        return value ? { response: encode(value) } : { response: null };
      }
    } catch (error) {
      return { error: { file: script.file, message: describe(error) } };
    }
    if (result) return { response: encode(result) };
  }
  return { response: null };
}

let socket;
function send(message) {
  socket.write(JSON.stringify(message) + '\n');
}

socket = net.connect(socketPath, async () => {
  await load();
  send({ ready: scripts.length });
  let buffer = '';
  socket.on('data', (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (!line) continue;
      const request = JSON.parse(line);
      handle(request).then(
        (reply) => send({ id: request.id, ...reply }),
        (error) => send({ id: request.id, error: { file: '', message: describe(error) } }),
      );
    }
  });
});
socket.on('close', () => process.exit(0));
socket.on('error', () => process.exit(0));
process.on('unhandledRejection', (error) => warn('', describe(error)));
process.on('uncaughtException', (error) => warn('', describe(error)));
