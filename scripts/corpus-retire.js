'use strict';
/**
 * Moves independent held-out batches into tuning, so that their errors can be read and tuned on: batch
 * `held-out-<n>` becomes `retired-<n>` (source file, batch and ids), its messages join the tuning split, and it
 * leaves `independentBatches` for `retiredBatches`. The held-out figures are from then on read without it.
 * Usage: node scripts/corpus-retire.js held-out-38 [held-out-39 …]
 */
const fs = require('fs');
const path = require('path');

const corpusFile = path.join(__dirname, '../test/corpus/handover-corpus.json');
const sourceDir = path.join(__dirname, '../test/corpus/source');
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));

const retiredBatches = corpus.retiredBatches ?? [];
for (const batch of process.argv.slice(2)) {
	if (!corpus.independentBatches.includes(batch)) throw new Error(`${batch} is not an independent held-out batch`);
	const retired = batch.replace(/^held-out-/, 'retired-');
	for (const message of corpus.messages) {
		if (message.batch !== batch) continue;
		Object.assign(message, { id: message.id.replace(`-${batch}-`, `-${retired}-`), heldOut: false, split: 'tuning', batch: retired });
	}
	fs.renameSync(path.join(sourceDir, `${batch}.tsv`), path.join(sourceDir, `${retired}.tsv`));
	corpus.independentBatches = corpus.independentBatches.filter((b) => b !== batch);
	retiredBatches.push(retired);
}
const { description, method, independentBatches, ...rest } = corpus;
const ordered = { description, method, independentBatches, retiredBatches, ...rest };
fs.writeFileSync(corpusFile, `${JSON.stringify(ordered, null, '\t')}\n`);
console.log(`held out independently: ${independentBatches.length} batches; retired into tuning: ${retiredBatches.length}`);
