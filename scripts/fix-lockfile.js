'use strict';
// The registry mirror here lacks the non-Linux builds of @unrs/resolver-binding-* (optional dependencies of
// the lint toolchain), so `npm install` leaves them out of package-lock.json and `npm ci` then refuses the
// lock as out of sync. This adds lock entries for the missing ones with their os/cpu, which npm ci skips
// on this platform. Run it after any `npm install` that rewrites the lock: node scripts/fix-lockfile.js
const fs = require('fs');

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const resolver = lock.packages['node_modules/unrs-resolver'];
let added = 0;
for (const [name, version] of Object.entries((resolver && resolver.optionalDependencies) || {})) {
	const key = `node_modules/${name}`;
	if (lock.packages[key]) continue;
	const [os, cpu, abi = ''] = name.replace('@unrs/resolver-binding-', '').split('-');
	const libc = abi.startsWith('gnu') ? ['glibc'] : abi.startsWith('musl') ? ['musl'] : undefined;
	lock.packages[key] = { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os], ...(libc ? { libc } : {}) };
	added += 1;
}
const sorted = {};
for (const key of Object.keys(lock.packages).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))) {
	sorted[key] = lock.packages[key];
}
lock.packages = sorted;
fs.writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`added ${added} platform-only lock entries\n`);
