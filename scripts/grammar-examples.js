'use strict';
/**
 * The texts quoted in the Handover Decision's unit tests (test/handover-decision*.test.ts): messages written on purpose
 * around what the grammar reads, cancels included ("verbinde mich mit dem WLAN"). The message scorer trains on them as
 * the grammar alone labels them, so that it does not overturn the grammar where the grammar was taught on purpose
 * (backtests, DEVELOPERS.md). Test titles and code-like strings are left out. Sorted files, first occurrence kept:
 * the same tests give the same list, and a changed text in them asks for retraining (the scorer's test says so).
 */
const fs = require('fs');
const path = require('path');

const TEST_DIR = path.join(__dirname, '../test');
/** The grammar's tests; those of the scorer itself are not the grammar's examples. */
const TEST_FILE = /^handover-decision(?!.*scorer).*\.test\.ts$/;
const QUOTED = /'((?:\\.|[^'\\\n]){4,400})'|"((?:\\.|[^"\\\n]){4,400})"|`((?:\\.|[^`\\\n$]){4,400})`/g;
/** At least two words, one of two letters or more: a message, not an identifier or a single keyword. */
const WORDS = /\p{L}{2,}\s+\p{L}/u;
const TITLE_BEFORE = /\b(?:it|describe|test)(?:\.each\([^)]*\))?\(\s*$/;
const CODE = /=>|\.(?:ts|js|json)\b/;

function grammarExampleTexts(testDir = TEST_DIR) {
	const texts = new Set();
	const files = fs.readdirSync(testDir).filter((name) => TEST_FILE.test(name)).sort();
	for (const file of files) {
		const source = fs.readFileSync(path.join(testDir, file), 'utf8');
		for (const match of source.matchAll(QUOTED)) {
			const text = (match[1] ?? match[2] ?? match[3]).replace(/\\(.)/g, '$1');
			if (!WORDS.test(text) || CODE.test(text) || TITLE_BEFORE.test(source.slice(Math.max(0, match.index - 40), match.index))) continue;
			texts.add(text);
		}
	}
	return [...texts];
}

module.exports = { grammarExampleTexts };
