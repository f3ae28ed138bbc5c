'use strict';
/**
 * Backtest of the Handover Decision's learned scorer (see DEVELOPERS.md): an older checkout's grammar, on batches it had
 * never seen, alone and with this checkout's scorer trained on that checkout's own tuning split and grammar examples.
 * Usage: npx tsc -p tsconfig.json && node scripts/backtest-message-scorer.js <older checkout, built> <batch pattern>
 * e.g. `git worktree add /tmp/old 69566db && ln -s "$PWD/node_modules" /tmp/old/ && (cd /tmp/old && npx tsc -p
 * tsconfig.json)`, then `node scripts/backtest-message-scorer.js /tmp/old '^held-out-8\d$'` (backtest A; B is 83728db
 * on '^held-out-7\d$'). Prints aggregates only.
 */
const path = require('path');
const { trainMessageScorer } = require('./train-message-scorer.js');
const { grammarExampleTexts } = require('./grammar-examples.js');

const DECISION = 'dist/nodes/HandoverDecision/decision';
const features = require(`../${DECISION}/messageFeatures.js`);
const { MessageScorer } = require(`../${DECISION}/messageScorer.js`);

const [root, pattern] = process.argv.slice(2);
if (!root || !pattern) throw new Error('Usage: node scripts/backtest-message-scorer.js <older checkout, built> <batch pattern>');
const older = require(path.resolve(root, DECISION, 'index.js'));
const kinds = require(path.resolve(root, DECISION, 'hitKinds.js'));
const { messages } = require(path.resolve(root, 'test/corpus/handover-corpus.json'));
const target = new RegExp(pattern);

const trained = trainMessageScorer(messages, older, features, grammarExampleTexts(path.resolve(root, 'test')));
const scorer = new MessageScorer(trained.weights, trained.scale);
const matcher = new older.PhraseMatcher();
// As matcher.ts: no promotion past these kinds of hit, and none where the grammar evaluated no frame.
const unread = [kinds.NEGATION, kinds.WIDE_NEGATION, kinds.NEGATION_AFTER, kinds.TAKE_BACK, kinds.DISOWN];
const evaluate = matcher.frames.evaluate.bind(matcher.frames);
let evaluated = false;
matcher.frames.evaluate = (...args) => {
	evaluated = true;
	return evaluate(...args);
};

const counts = { alone: { tp: 0, fp: 0, fn: 0 }, scored: { tp: 0, fp: 0, fn: 0 } };
const count = (cell, fired, expected) => {
	if (fired && expected) cell.tp++;
	else if (fired) cell.fp++;
	else if (expected) cell.fn++;
};
let n = 0;
for (const message of messages) {
	if (message.split !== 'held-out' || !target.test(message.batch)) continue;
	n++;
	evaluated = false;
	const analysis = matcher.analyse(message.text);
	const { hits } = matcher;
	let guarded = false;
	for (let h = 0; h < hits.count; h++) if (unread.includes(hits.kind[h])) guarded = true;
	const normalised = older.normalise(message.text);
	const language = older.LANGUAGE_CODES.indexOf(analysis.language);
	const alone = analysis.strength === 'explicit';
	const scored = alone ? !scorer.vetoes(normalised, language) : evaluated && !guarded && scorer.promotes(normalised, language);
	count(counts.alone, alone, message.expected);
	count(counts.scored, scored, message.expected);
}
for (const [name, { tp, fp, fn }] of Object.entries(counts)) {
	const precision = tp / (tp + fp);
	const recall = tp / (tp + fn);
	const f1 = (2 * precision * recall) / (precision + recall);
	console.log(`${name.padEnd(7)} n=${n} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (false alarms ${fp}, missed ${fn})`);
}
