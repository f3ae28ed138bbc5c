'use strict';
/**
 * Adds the messages of test/corpus/source/<batch>.tsv to test/corpus/handover-corpus.json (idempotent: ids are
 * `<lang>-<batch>-<n>`). A line is `lang<TAB>code<TAB>text`; code E = asks for a person now, A = ambiguous (offer a
 * person), N = not a request, I = asks whether it talks to a bot. A batch whose name starts with "held-out" is
 * held out. Usage: node scripts/corpus-import.js held-out-3 [tuning-3 …]
 */
const fs = require('fs');
const path = require('path');

const corpusFile = path.join(__dirname, '../test/corpus/handover-corpus.json');
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
const CODES = {
	E: { expected: true, strength: 'explicit' },
	A: { expected: false, strength: 'ambiguous' },
	N: { expected: false, strength: 'none' },
	I: { expected: false, strength: 'none', identityQuestion: true },
};

for (const message of corpus.messages) message.split ??= message.heldOut ? 'held-out' : 'tuning';
const known = new Set(corpus.messages.map((m) => m.id));
for (const batch of process.argv.slice(2)) {
	const heldOut = batch.startsWith('held-out');
	const counters = {};
	const lines = fs.readFileSync(path.join(__dirname, `../test/corpus/source/${batch}.tsv`), 'utf8').split('\n');
	for (const line of lines) {
		if (line.trim() === '' || line.startsWith('#')) continue;
		const [lang, code, text] = line.split('\t');
		if (!CODES[code] || !text) throw new Error(`${batch}: bad line ${JSON.stringify(line)}`);
		counters[lang] = (counters[lang] ?? 0) + 1;
		const id = `${lang}-${batch}-${String(counters[lang]).padStart(3, '0')}`;
		if (known.has(id)) continue;
		corpus.messages.push({ id, lang, text, ...CODES[code], heldOut, split: heldOut ? 'held-out' : 'tuning', batch });
		known.add(id);
	}
}
fs.writeFileSync(corpusFile, `${JSON.stringify(corpus, null, '\t')}\n`);
console.log(`${corpus.messages.length} messages`);
