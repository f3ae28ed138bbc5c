'use strict';
/**
 * Prints the tuning messages the Handover Decision gets wrong (handed over or not, against the label), after
 * `npm run build`. Held-out messages are never printed: a batch whose name starts with "held-out" is refused.
 * Usage: node scripts/corpus-failures.js [tuning-60 …]   (no batch: the whole tuning split)
 */
const { PhraseMatcher } = require('../dist/nodes/HandoverDecision/decision');
const { messages } = require('../test/corpus/handover-corpus.json');

const batches = process.argv.slice(2);
if (batches.some((batch) => batch.startsWith('held-out'))) throw new Error('held-out batches are scored only in aggregate (npm run bench)');
const matcher = new PhraseMatcher();
const chosen = messages.filter((m) => m.split === 'tuning' && (batches.length === 0 || batches.includes(m.batch)));
let wrong = 0;
for (const message of chosen) {
	const { strength } = matcher.analyse(message.text);
	if ((strength === 'explicit') === message.expected) continue;
	wrong++;
	console.log(`${message.expected ? 'missed     ' : 'false alarm'}  ${message.id}  (${strength})  ${message.text}`);
}
console.log(`${wrong} of ${chosen.length} tuning messages wrong`);
