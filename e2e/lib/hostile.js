'use strict';
/** Values an attacker or a broken sender puts where an ID belongs, and a way to put them into a body. */

const HOSTILE_IDS = [
	true,
	false,
	null,
	0.5,
	{},
	[],
	['a', 'b'],
	{ toString: 1 },
	{ $ne: '' },
	'',
	'   ',
	'\u0000',
	'a\u0000b',
	'\ud800',
	'.',
	'..',
	'../..',
	'a/../b',
	'%2e%2e',
	'a\r\nX-Injected: 1',
	'x'.repeat(5000),
];

/** HTML a user can type into a chat that must reach a Zoho ticket as text, never as markup. */
const HOSTILE_HTML = ['<script>alert(1)</script>', '<iframe src=javascript:alert(1)>', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>'];
const RAW_MARKUP = /<\s*(script|iframe|img|svg)\b/i;

/** A copy of `body` with the value at the dotted `path` replaced. */
function withValueAt(body, path, value) {
	const copy = JSON.parse(JSON.stringify(body));
	const keys = path.split('.');
	let target = copy;
	for (const key of keys.slice(0, -1)) target = target[key];
	target[keys[keys.length - 1]] = value;
	return copy;
}

module.exports = { HOSTILE_IDS, HOSTILE_HTML, RAW_MARKUP, withValueAt };
