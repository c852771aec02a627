'use strict';
// The launcher behind the `piral` and `pilet` commands of this package: it finds the native
// binary in the platform package that npm installed beside it (an optional dependency with
// `os`/`cpu`/`libc` fields, so npm installs only the one that fits) and runs it. Nothing is
// downloaded, at install or at run time.

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const platforms = require('./platforms.json');
const main = require('../package.json');

/** The C library of this Linux: `glibc` or `musl` (undefined elsewhere). */
function linuxLibc() {
  if (process.platform !== 'linux') {
    return undefined;
  }
  try {
    // Reading ldd is faster than a diagnostic report and answers on every common distribution.
    const ldd = fs.readFileSync('/usr/bin/ldd', 'latin1');
    if (ldd.includes('musl')) return 'musl';
    if (ldd.includes('GNU C Library') || ldd.includes('glibc')) return 'glibc';
  } catch {
    // No ldd: ask Node, which knows the glibc it was linked against.
  }
  if (process.report && typeof process.report.getReport === 'function') {
    process.report.excludeNetwork = true;
    const header = process.report.getReport().header || {};
    return header.glibcVersionRuntime ? 'glibc' : 'musl';
  }
  return 'glibc';
}

/** The key of this machine in `platforms.json` (`linux-x64-gnu`), or a description of it. */
function currentPlatform() {
  const libc = linuxLibc();
  for (const [key, platform] of Object.entries(platforms)) {
    if (
      platform.os === process.platform &&
      platform.cpu === process.arch &&
      (platform.libc === undefined || platform.libc === libc)
    ) {
      return { key, platform };
    }
  }
  const described = [process.platform, process.arch, libc].filter(Boolean).join('-');
  return { key: undefined, described };
}

/** The platform package of `key`: `@piral-rs/cli-linux-x64-gnu`. */
function platformPackage(key) {
  return `${main.name}-${key}`;
}

function fail(message, hint) {
  process.stderr.write(`error: [0182] ${message}\n`);
  if (hint) {
    process.stderr.write(`hint: ${hint}\n`);
  }
  process.exit(1);
}

/** The path of the native binary to run. */
function findBinary() {
  const override = process.env.PIRAL_BINARY_PATH;
  if (override) {
    if (!fs.existsSync(override)) {
      fail(
        `PIRAL_BINARY_PATH names \`${override}\`, which does not exist`,
        'point PIRAL_BINARY_PATH at a `piral` binary, or unset it to use the platform package',
      );
    }
    return override;
  }
  const found = currentPlatform();
  if (!found.key) {
    const supported = Object.keys(platforms).join(', ');
    fail(
      `${main.name} has no native binary for this platform (${found.described})`,
      `packages exist for ${supported}; elsewhere, build piral from source and set PIRAL_BINARY_PATH to it`,
    );
  }
  const name = platformPackage(found.key);
  let manifest;
  try {
    manifest = require.resolve(`${name}/package.json`, { paths: [path.join(__dirname, '..')] });
  } catch {
    fail(
      `the platform package \`${name}\` is not installed, so ${main.name} has no binary to run`,
      `install it with \`npm install --save-dev ${name}@${main.version}\`, or reinstall without ` +
        '`--no-optional`/`--omit=optional` (npm installs it as an optional dependency)',
    );
  }
  const installed = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  if (installed.version !== main.version) {
    fail(
      `\`${name}\` is version ${installed.version}, but ${main.name} is ${main.version}`,
      `reinstall both at one version: \`npm install --save-dev ${main.name}@${main.version}\``,
    );
  }
  const exe = found.platform.exe || '';
  const binary = path.join(path.dirname(manifest), 'bin', `piral${exe}`);
  if (!fs.existsSync(binary)) {
    fail(`\`${name}\` has no binary at \`${binary}\``, `reinstall \`${name}@${main.version}\``);
  }
  return binary;
}

/**
 * Runs the binary as `command` (`piral` or `pilet`: the binary answers to the name it is started
 * under) with this process's arguments, and ends with its exit status. Signals sent to this
 * process reach the binary, so a debug server never outlives the terminal or task that ran it.
 */
function launch(command) {
  const binary = findBinary();
  const child = spawn(binary, process.argv.slice(2), {
    argv0: command,
    stdio: 'inherit',
    windowsHide: true,
  });
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'].filter(
    (signal) => process.platform === 'win32' || signal !== 'SIGBREAK',
  );
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
    }
  };
  for (const signal of forwarded) {
    process.on(signal, forward);
  }
  child.on('error', (error) => {
    fail(`could not start \`${binary}\`: ${error.message}`, 'reinstall the package of this platform');
  });
  child.on('exit', (code, signal) => {
    for (const name of forwarded) {
      process.removeListener(name, forward);
    }
    if (signal) {
      // End the way the binary ended, so a shell or task runner sees the same status.
      process.kill(process.pid, signal);
      // Should the signal not end this process (it is handled elsewhere), end it anyway.
      setTimeout(() => process.exit(1), 100).unref();
      return;
    }
    process.exit(code === null ? 1 : code);
  });
}

module.exports = { launch };
