'use strict';
// The registry mirror here lacks some platform-only builds (the non-Linux @unrs/resolver-binding-* of the lint
// toolchain, the non-Linux @msgpackr-extract/* and similar of n8n), so `npm install` leaves them out of the
// lock and `npm ci` then refuses it as out of sync. This adds a lock entry with its os/cpu for each missing
// optional dependency whose name says its platform; npm ci skips those on this platform.
// Run it after any `npm install` that rewrites a lock: node scripts/fix-lockfile.js [folder with the lock]
const fs = require('fs');
const path = require('path');

const OSES = ['darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'android', 'sunos', 'aix'];
const CPUS = ['x64', 'arm64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

/** {os, cpu, libc} from a name such as @scope/pkg-darwin-arm64 or pkg-linux-x64-musl; undefined if unsaid. */
function platformOf(name) {
	const parts = name.slice(name.lastIndexOf('/') + 1).split('-');
	const os = parts.find((part) => OSES.includes(part));
	if (!os) return undefined;
	const cpu = parts.find((part) => CPUS.includes(part));
	const abi = parts.find((part) => /^(gnu|musl)/.test(part));
	const libc = abi ? [abi.startsWith('musl') ? 'musl' : 'glibc'] : undefined;
	return { os: [os], ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc } : {}) };
}

/** Where npm would find `name` from the package at `key`: its own node_modules, then each ancestor's. */
function resolves(packages, key, name) {
	let base = key;
	for (;;) {
		if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
		if (!base) return false;
		const cut = base.lastIndexOf('/node_modules/');
		base = cut < 0 ? '' : base.slice(0, cut);
	}
}

function fixLockfile(folder) {
	const file = path.join(folder, 'package-lock.json');
	const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
	const added = [];
	const unknown = [];
	for (const [key, entry] of Object.entries(lock.packages)) {
		for (const [name, spec] of Object.entries(entry.optionalDependencies || {})) {
			if (resolves(lock.packages, key, name)) continue;
			const platform = platformOf(name);
			if (!platform) {
				unknown.push(`${name} (needed by ${key || 'the root'})`);
				continue;
			}
			const target = lock.packages[`node_modules/${name}`] ? `${key}/node_modules/${name}` : `node_modules/${name}`;
			lock.packages[target] = {
				version: String(spec).replace(/^[\^~=]/, ''),
				...platform,
				...(entry.dev ? { dev: true } : {}),
				optional: true,
			};
			added.push(target);
		}
	}
	const sorted = {};
	for (const key of Object.keys(lock.packages).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))) {
		sorted[key] = lock.packages[key];
	}
	lock.packages = sorted;
	fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
	return { added, unknown };
}

if (require.main === module) {
	const { added, unknown } = fixLockfile(path.resolve(process.argv[2] || '.'));
	process.stdout.write(`added ${added.length} platform-only lock entries\n`);
	for (const name of unknown) process.stdout.write(`cannot tell the platform of missing optional dependency ${name}\n`);
}

module.exports = { fixLockfile, platformOf };
