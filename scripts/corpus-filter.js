'use strict';
/**
 * Prepares a batch written outside the project for test/corpus/source/: drops lines equal to a corpus message (case
 * and punctuation aside) or to an earlier line, and lines too close to the other split in the same language, so that
 * the held-out split does not measure what was tuned on. Close = sharing this share of the line's words or more with
 * one message: 60% with a tuning message for a held-out batch, 50% with a held-out message for a tuning batch.
 * Prints counts only (never a message). Usage: node scripts/corpus-filter.js <in.tsv> <out.tsv> held-out|tuning
 */
const fs = require('fs');
const { messages } = require('../test/corpus/handover-corpus.json');

const [input, output, split] = process.argv.slice(2);
if (!['held-out', 'tuning'].includes(split)) throw new Error('usage: node scripts/corpus-filter.js <in.tsv> <out.tsv> held-out|tuning');
const CLOSE = split === 'held-out' ? 0.6 : 0.5;

const normal = (text) => text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (text) => new Set(normal(text).split(' ').filter(Boolean));

const seen = new Set(messages.map((m) => normal(m.text)));
const others = {};
for (const m of messages) if ((m.split === 'held-out') !== (split === 'held-out')) (others[m.lang] ??= []).push(words(m.text));

function close(lang, line) {
	for (const other of others[lang] ?? []) {
		let shared = 0;
		for (const word of line) if (other.has(word)) shared++;
		if (shared / line.size >= CLOSE) return true;
	}
	return false;
}

const kept = [];
let equal = 0;
let near = 0;
for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
	if (line.trim() === '' || line.startsWith('#')) {
		if (line.startsWith('#')) kept.push(line);
		continue;
	}
	const [lang, , text] = line.split('\t');
	const key = normal(text);
	if (seen.has(key)) equal++;
	else if (close(lang, words(text))) near++;
	else kept.push(line);
	seen.add(key);
}
fs.writeFileSync(output, `${kept.join('\n')}\n`);
console.log(`kept ${kept.filter((line) => !line.startsWith('#')).length}; left out ${equal} equal, ${near} close to the ${split === 'held-out' ? 'tuning' : 'held-out'} split`);
