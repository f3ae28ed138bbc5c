'use strict';
/** Precision, recall and F1 per split and language on the labelled corpus, and the confusion of strengths. */
const LANGS = ['en', 'es', 'pt', 'fr', 'de', 'da', 'id', 'sw'];
const STRENGTHS = ['explicit', 'ambiguous', 'none'];
/**
 * Held-out batches written by someone who had not read the grammar (also counted in the held-out split), and such
 * batches retired into tuning (also counted in the tuning split).
 */
const { independentBatches: INDEPENDENT_BATCHES, retiredBatches: RETIRED_BATCHES } = require('../../test/corpus/handover-corpus.json');

function prf(tp, fp, fn) {
	const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
	const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { tp, fp, fn, precision, recall, f1 };
}

/**
 * `analyse(text)` → {strength, identityQuestion}. A message counts as handed over when its strength is explicit.
 * Groups: `tuning`, `held-out`, `independent` (the held-out batches written without reading the grammar) and
 * `retired` (such batches moved into tuning).
 */
function scoreCorpus(messages, analyse) {
	const bySplit = {};
	const confusion = {};
	const identity = { expected: 0, found: 0, falseFlags: 0 };
	const wrong = [];
	for (const split of ['tuning', 'held-out', 'independent', 'retired']) {
		bySplit[split] = {};
		for (const lang of [...LANGS, 'all']) bySplit[split][lang] = { tp: 0, fp: 0, fn: 0, n: 0 };
	}
	for (const expected of STRENGTHS) confusion[expected] = Object.fromEntries(STRENGTHS.map((s) => [s, 0]));
	for (const message of messages) {
		const result = analyse(message.text);
		const fired = result.strength === 'explicit';
		const groups = [message.split];
		if (INDEPENDENT_BATCHES.includes(message.batch)) groups.push('independent');
		if (RETIRED_BATCHES.includes(message.batch)) groups.push('retired');
		for (const group of groups) {
			for (const lang of [message.lang, 'all']) {
				const cell = bySplit[group][lang];
				cell.n++;
				if (fired && message.expected) cell.tp++;
				else if (fired) cell.fp++;
				else if (message.expected) cell.fn++;
			}
		}
		if (fired !== message.expected) wrong.push({ ...message, got: result.strength });
		if (message.strength) confusion[message.strength][result.strength]++;
		if (message.identityQuestion) {
			identity.expected++;
			if (result.identityQuestion) identity.found++;
		} else if (message.strength && result.identityQuestion) identity.falseFlags++;
	}
	for (const split of Object.keys(bySplit)) {
		for (const lang of Object.keys(bySplit[split])) {
			const cell = bySplit[split][lang];
			bySplit[split][lang] = { n: cell.n, ...prf(cell.tp, cell.fp, cell.fn) };
		}
	}
	return { bySplit, confusion, identity, wrong };
}

module.exports = { scoreCorpus, LANGS, STRENGTHS, INDEPENDENT_BATCHES, RETIRED_BATCHES };
