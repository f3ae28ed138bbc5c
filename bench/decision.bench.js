'use strict';
/**
 * Handover Decision: corpus precision/recall beside the naive keyword rule, the pure matcher's speed and
 * linearity, and the node inside a real n8n-core execution of 100,000 items beside pass-through nodes.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { NodeConnectionTypes } = require('n8n-workflow');

const { PhraseMatcher, HandoverRules } = require('../dist/nodes/HandoverDecision/decision/index.js');
const { HandoverDecision } = require('../dist/nodes/HandoverDecision/HandoverDecision.node.js');
const { baselineDescription, NodeTypes, runWorkflow, outputOf, nodeTime, node, connect } = require('./lib/run-workflow');
const { scoreCorpus, STRENGTHS, INDEPENDENT_BATCHES, RETIRED_BATCHES } = require('./lib/corpus-score');
const { rate, costsInTurn, table } = require('./lib/timing');
const { N8N_DIR } = require('../sandbox/runtime');

const corpus = require(path.join(__dirname, '../test/corpus/handover-corpus.json')).messages;

const SEED_KEYWORDS = ['talk to a human', 'agent', 'support', 'speak to someone'];
/** The naive keyword rule: lower-case substring match on its four keywords. */
const naiveRule = (text) => SEED_KEYWORDS.some((keyword) => text.toLowerCase().includes(keyword));

function score(messages, fires) {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const message of messages) {
		const fired = fires(message.text);
		if (fired && message.expected) tp++;
		else if (fired) fp++;
		else if (message.expected) fn++;
	}
	return { n: messages.length, tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

const pct = (x) => x.toFixed(3);

function accuracy(log, matcher) {
	const result = scoreCorpus(corpus, (text) => matcher.analyse(text));
	log(`corpus: ${corpus.length} messages, 8 languages; handed over = strength explicit (goal on held-out: precision ≥ 0.97, F1 ≥ 0.95 per language)`);
	const numbers = (batches) => batches.map((b) => b.replace(/^\D+/, '')).join(', ');
	const titles = {
		'held-out': 'held-out',
		independent: `held-out batches ${numbers(INDEPENDENT_BATCHES)} alone (written without reading the grammar)`,
		tuning: 'tuning',
		retired: `tuning batches ${numbers(RETIRED_BATCHES)} alone (written without reading the grammar, held out until stop 43)`,
	};
	const batchesOf = { independent: INDEPENDENT_BATCHES, retired: RETIRED_BATCHES };
	for (const split of ['held-out', 'independent', 'tuning', 'retired']) {
		log(`  ${titles[split]}:`);
		for (const [lang, cell] of Object.entries(result.bySplit[split])) {
			const inGroup = (m) => (batchesOf[split] ? batchesOf[split].includes(m.batch) : m.split === split);
			const naive = score(corpus.filter((m) => inGroup(m) && (lang === 'all' || m.lang === lang)), naiveRule);
			const naiveF1 = (2 * naive.precision * naive.recall) / (naive.precision + naive.recall);
			log(
				`    ${lang.padEnd(4)} n=${String(cell.n).padStart(4)}  precision ${pct(cell.precision)}  recall ${pct(cell.recall)}  F1 ${pct(cell.f1)}` +
					`   (false alarms ${cell.fp}, missed ${cell.fn}; seed naive F1 ${pct(naiveF1)})`,
			);
		}
	}
	log('  strength confusion (messages labelled with a strength; rows expected, columns found):');
	log(`    ${''.padEnd(10)}${STRENGTHS.map((s) => s.padStart(10)).join('')}`);
	for (const expected of STRENGTHS) log(`    ${expected.padEnd(10)}${STRENGTHS.map((s) => String(result.confusion[expected][s]).padStart(10)).join('')}`);
	log(`  identity questions flagged: ${result.identity.found}/${result.identity.expected}, flagged wrongly: ${result.identity.falseFlags}`);
	return { bySplit: result.bySplit, confusion: result.confusion, identity: result.identity };
}

/** `inputs` in runs of `run`, each run given `times` over before the next. */
function runsRepeated(inputs, run, times) {
	const repeated = [];
	for (let from = 0; from < inputs.length; from += run) for (let time = 0; time < times; time++) repeated.push(...inputs.slice(from, from + run));
	return repeated;
}

function repeatTo(text, bytes) {
	return text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes);
}

/** What counts as a short message for the speed goal: the corpus's mean length when the goal was set was 41. */
const SHORT_CHARS = 40;

const PROSE = "Hello, I ordered a phone last week and the delivery still hasn't arrived; can your agent check the status? ";
const HOSTILE = {
	'negations and keywords': "I don't need an agent or support, no need to speak to someone. ",
	'one 100 kB word': 'a',
	'punctuation only': '!?.,;:',
	'accented text': '¿Dónde está mi pedido? Atención al cliente, por favor. Ønsker rådgiver. ',
	'emoji and symbols': '🙂👍🏽 → © ',
	'near-misses (typo lookups)': 'agentt persn sombody spaeker humann operatorr ',
	'frames without targets': 'I want to talk to the of a your in from ',
};

const number = (x) => Math.round(x).toLocaleString('en-US');
const duration = (us) => (us < 1000 ? `${us.toFixed(2)} µs` : `${(us / 1000).toFixed(2)} ms`);
const verdict = (met) => (met ? 'met' : 'NOT MET');

/** The speed rows of the table: [measure, value, baseline, ratio, goal]. */
function speed(matcher) {
	const analyse = (text) => matcher.analyse(text).request !== null;
	const texts = corpus.map((m) => m.text);
	const meanLength = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
	const perSecond = rate(analyse, texts);
	// The goal speaks of short messages; the corpus's mean has grown past them, so both are timed.
	const short = texts.filter((text) => text.length <= SHORT_CHARS);
	const shortMean = short.reduce((sum, text) => sum + text.length, 0) / short.length;
	const shortPerSecond = rate(analyse, short);
	// The same messages, each run of 50 read 8 times over: what they cost once the code and grammar data they touch are in
	// cache. Against the row above, it tells how much of a message's time is memory traffic rather than work.
	const cachedPerSecond = rate(analyse, runsRepeated(short, 50, 8));
	const naivePerSecond = rate(naiveRule, texts);
	const rules = new HandoverRules({});
	const inputs = texts.map((text, i) => ({ text, confidence: (i % 10) / 10 }));
	const decidePerSecond = rate((input) => rules.decide(input).decision, inputs);
	const rows = [
		[`matcher, short corpus messages (≤ ${SHORT_CHARS} chars: ${number(short.length)}, mean ${shortMean.toFixed(0)})`, `${number(shortPerSecond)} msg/s`, 'all corpus messages', `${(shortPerSecond / perSecond).toFixed(2)}×`, `≥ 500,000 msg/s: ${verdict(shortPerSecond >= 500_000)}`],
		['matcher, the same short messages in cache (runs of 50, each read 8 times over)', `${number(cachedPerSecond)} msg/s`, 'short corpus messages', `${(cachedPerSecond / shortPerSecond).toFixed(2)}×`, ''],
		[`matcher, corpus messages (mean ${meanLength.toFixed(0)} chars)`, `${number(perSecond)} msg/s`, `naive substring ${number(naivePerSecond)} msg/s`, `${(perSecond / naivePerSecond).toFixed(2)}×`, ''],
		['all rules (decide), corpus messages', `${number(decidePerSecond)} msg/s`, 'matcher', `${(decidePerSecond / perSecond).toFixed(2)}×`, ''],
	];
	const sizes = [100, 1_000, 10_000, 100_000];
	const hostile = Object.entries(HOSTILE);
	// Timed in turn, so that each ratio compares inputs measured under the same load.
	const measured = costsInTurn(analyse, [...sizes.map((bytes) => repeatTo(PROSE, bytes)), ...hostile.map(([, unit]) => repeatTo(unit, 100_000))]);
	const costs = measured.slice(0, sizes.length);
	const largeCost = costs[costs.length - 1];
	const shortNsPerChar = (costs[0] * 1000) / sizes[0];
	sizes.forEach((bytes, index) => {
		const nsPerChar = (costs[index] * 1000) / bytes;
		const label = bytes === 100 ? 'short' : bytes === 1_000 ? 'medium' : 'long';
		rows.push([
			`linearity: prose, ${number(bytes)} chars (${label})`,
			`${nsPerChar.toFixed(1)} ns/char (${duration(costs[index])})`,
			'ns/char at 100 chars',
			`${(nsPerChar / shortNsPerChar).toFixed(2)}×`,
			index === 0 ? '' : `≤ 1.05× (linear): ${verdict(nsPerChar <= shortNsPerChar * 1.05)}`,
		]);
	});
	let worst = 0;
	for (const [index, [name]] of hostile.entries()) {
		const us = measured[sizes.length + index];
		worst = Math.max(worst, us / largeCost);
		rows.push([`hostile: 100,000 chars of ${name}`, duration(us), 'prose, 100,000 chars', `${(us / largeCost).toFixed(2)}×`, `≤ 2×: ${verdict(us / largeCost <= 2)}`]);
	}
	return { rows, perSecond, shortPerSecond, cachedPerSecond, decidePerSecond, naivePerSecond, costs, worstHostile: worst };
}

/** The least a node that adds a field to each item must do: copy every item, keeping its pairing. */
class CopyItems {
	constructor() {
		this.description = {
			...baselineDescription('Copy Items', 'copyItems', 'transform', [NodeConnectionTypes.Main]),
			properties: [
				{ displayName: 'Message', name: 'text', type: 'string', default: '={{ $json.text }}' },
				{ displayName: 'Confidence', name: 'confidence', type: 'string', default: '={{ $json.confidence }}' },
				{ displayName: 'Evaluate', name: 'evaluate', type: 'boolean', default: false },
			],
		};
	}

	async execute() {
		const items = this.getInputData();
		// with `evaluate`, it reads its two parameters through n8n's expression engine for every item
		const evaluate = this.getNodeParameter('evaluate', 0) === true;
		return [
			items.map((item, i) => ({
				json: evaluate
					? { ...item.json, copy: { text: this.getNodeParameter('text', i), confidence: this.getNodeParameter('confidence', i) } }
					: { ...item.json, copy: { text: item.json.text, confidence: item.json.confidence } },
				pairedItem: { item: i },
			})),
		];
	}
}

/** The seed's rule: hand over below 60% confidence or when the message contains one of its keywords. */
const SEED_RULE = `$json.confidence < 0.6 || ${JSON.stringify(SEED_KEYWORDS)}.some((keyword) => String($json.text).toLowerCase().includes(keyword))`;

/**
 * n8n's own IF node (n8n-nodes-base) from the n8n the end-to-end suite installs (`npm run sandbox:install`), or
 * null when that n8n is not installed. n8n-nodes-base is not a dependency of the package: it comes with n8n.
 */
function installedIf() {
	const file = path.join(N8N_DIR, 'node_modules/n8n-nodes-base/dist/nodes/If/If.node.js');
	return fs.existsSync(file) ? new (require(file).If)() : null;
}

/** An IF node (v2.2) as the editor saves it, routing items on `conditions` joined by `combinator`. */
function ifNode(name, index, conditions, combinator = 'and') {
	const options = { caseSensitive: false, leftValue: '', typeValidation: 'strict', version: 2 };
	return { ...node(name, 'n8n-nodes-base.if', index, { conditions: { options, conditions, combinator }, options: {} }), typeVersion: 2.2 };
}

/** The seed's rule as one expression: the least work an IF node can do for it. */
const SEED_RULE_EXPRESSION = [{ id: 'seed-rule', leftValue: `={{ ${SEED_RULE} }}`, rightValue: '', operator: { type: 'boolean', operation: 'true', singleValue: true } }];

/** The seed's rule the way the editor offers it: a number condition and one "contains" per keyword, any of them. */
const SEED_RULE_CONDITIONS = [
	{ id: 'confidence', leftValue: '={{ $json.confidence }}', rightValue: 0.6, operator: { type: 'number', operation: 'lt' } },
	...SEED_KEYWORDS.map((keyword, i) => ({ id: `keyword-${i}`, leftValue: '={{ $json.text }}', rightValue: keyword, operator: { type: 'string', operation: 'contains' } })),
];

/**
 * Where n8n's IF node is not installed: the same per-item work, the seed's rule evaluated through n8n's expression
 * engine and each item routed to true or false. With the sandbox's n8n installed the bench uses the real node.
 */
class SeedRuleIf {
	constructor() {
		this.description = {
			...baselineDescription('If (seed rule)', 'seedRuleIf', 'transform', [NodeConnectionTypes.Main]),
			defaults: { name: 'If' },
			outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
			properties: [{ displayName: 'Condition', name: 'condition', type: 'boolean', default: `={{ ${SEED_RULE} }}` }],
		};
	}

	async execute() {
		const items = this.getInputData();
		const yes = [];
		const no = [];
		items.forEach((item, i) => (this.getNodeParameter('condition', i) === true ? yes : no).push({ json: item.json, pairedItem: { item: i } }));
		return [yes, no];
	}
}

function benchItems(count) {
	const texts = corpus.map((m) => m.text);
	return Array.from({ length: count }, (_, i) => ({ text: texts[i % texts.length], confidence: ((i * 7) % 100) / 100, id: i }));
}

/** How many items the seed's rule hands over, worked out here: what an IF node's true output must hold. */
const seedRuleCount = (items) => items.filter((item) => item.confidence < 0.6 || naiveRule(String(item.text))).length;

async function inN8n(log, count = 100_000, rounds = 3) {
	const n8nIf = installedIf();
	const nodeTypes = new NodeTypes({
		'bench.handoverDecision': new HandoverDecision(),
		'bench.copyItems': new CopyItems(),
		...(n8nIf ? { 'n8n-nodes-base.if': n8nIf } : { 'bench.seedRuleIf': new SeedRuleIf() }),
	});
	const items = benchItems(count);
	const names = ['Handover Decision', 'Pass Through', 'Copy Items', 'If'];
	const wf = {
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 0),
			node('Handover Decision', 'bench.handoverDecision', 1),
			node('Pass Through', 'bench.passThrough', 2),
			node('Copy Items', 'bench.copyItems', 3),
			n8nIf ? ifNode('If', 4, SEED_RULE_EXPRESSION) : node('If', 'bench.seedRuleIf', 4),
		],
		connections: connect({}, 'Start', [names]),
	};
	const best = {};
	let run;
	for (let round = 0; round <= rounds; round++) {
		run = await runWorkflow(wf, { nodeTypes, items });
		if (run.status !== 'success') throw new Error(`bench workflow ${run.status}: ${run.data.resultData.error?.message}`);
		if (round === 0) continue; // warm-up
		for (const name of names) best[name] = Math.min(best[name] ?? Infinity, Math.max(nodeTime(run, name), 0.5));
	}
	const handOver = outputOf(run, 'Handover Decision', 0).length;
	const stay = outputOf(run, 'Handover Decision', 1).length;
	if (handOver + stay !== count) throw new Error(`lost items: ${handOver} + ${stay} ≠ ${count}`);
	const ifTrue = outputOf(run, 'If', 0).length;
	if (ifTrue !== seedRuleCount(items)) throw new Error(`the IF node sent ${ifTrue} items to true; the seed's rule hands over ${seedRuleCount(items)}`);
	const perSecond = (name) => count / (best[name] / 1000);
	const line = (label, name) => log(`  ${label.padEnd(46)} ${Math.round(perSecond(name)).toLocaleString('en-US').padStart(11)} items/s  (${best[name]} ms)`);
	log(`node in n8n-core WorkflowExecute runs of ${count.toLocaleString('en-US')} items, four nodes on the same trigger output, best of ${rounds} runs`);
	log(`(${handOver.toLocaleString('en-US')} items handed over, ${stay.toLocaleString('en-US')} stay with the bot):`);
	line('Handover Decision (default parameters)', 'Handover Decision');
	line('pass-through (returns its input)', 'Pass Through');
	line('pass-through copying each item', 'Copy Items');
	const baseline = n8nIf ? "n8n's IF" : 'IF stand-in';
	line(n8nIf ? "n8n's IF (v2.2), seed's rule as 1 expression" : "IF stand-in, seed's rule as 1 expression", 'If');
	if (!n8nIf) log("  (n8n's own IF node comes with the sandbox's n8n: `npm run sandbox:install`, then the bench measures against it)");
	log(`  → Handover Decision takes ${(best['Handover Decision'] / best['Copy Items']).toFixed(1)}× the copying pass-through, ${((best['Handover Decision'] - best['Copy Items']) * 1000 / count).toFixed(2)} µs more per item`);
	const ifRatio = best.If / best['Handover Decision'];

	// For scale, on fewer items: the same copying node evaluating its two `={{ $json.… }}` parameters per item, and
	// n8n's IF with the seed's rule as the editor offers it (a condition per keyword).
	const small = 10_000;
	const smallItems = benchItems(small);
	const forScale = [node('Copy Items', 'bench.copyItems', 1, { evaluate: true }), ...(n8nIf ? [ifNode('If', 2, SEED_RULE_CONDITIONS, 'or')] : [])];
	const scaled = await runWorkflow({ nodes: [node('Start', 'n8n-nodes-base.manualTrigger', 0), ...forScale], connections: connect({}, 'Start', [forScale.map((n) => n.name)]) }, { nodeTypes, items: smallItems });
	const smallPerSecond = (name) => small / (Math.max(nodeTime(scaled, name), 0.5) / 1000);
	const evaluatedPerSecond = smallPerSecond('Copy Items');
	log(`  for scale, copying with 2 expressions evaluated per item (${small.toLocaleString('en-US')} items): ${Math.round(evaluatedPerSecond).toLocaleString('en-US')} items/s;`);
	log('  Handover Decision reads plain `$json` paths such as its defaults directly and gives the same values');
	let conditionsPerSecond = null;
	if (n8nIf) {
		if (outputOf(scaled, 'If', 0).length !== seedRuleCount(smallItems)) throw new Error("n8n's IF with the rule's conditions did not hand over what the seed's rule does");
		conditionsPerSecond = smallPerSecond('If');
		log(`  for scale, n8n's IF with the seed's rule as five conditions, any of them (${small.toLocaleString('en-US')} items): ${Math.round(conditionsPerSecond).toLocaleString('en-US')} items/s,`);
		log(`  which Handover Decision runs ${(perSecond('Handover Decision') / conditionsPerSecond).toFixed(1)}× as fast as`);
	}
	const row = [
		`node in n8n-core, ${count.toLocaleString('en-US')} items (wall time, best of ${rounds})`,
		`${Math.round(perSecond('Handover Decision')).toLocaleString('en-US')} items/s`,
		`${baseline} ${Math.round(perSecond('If')).toLocaleString('en-US')} items/s`,
		`${ifRatio.toFixed(1)}×`,
		`≥ 10×: ${ifRatio >= 10 ? 'met' : 'NOT MET'}`,
	];
	return { decision: perSecond('Handover Decision'), passThrough: perSecond('Pass Through'), copy: perSecond('Copy Items'), seedIf: perSecond('If'), n8nIf: n8nIf !== null, ifRatio, evaluatedPerSecond, conditionsPerSecond, row };
}

async function run(log) {
	const matcher = new PhraseMatcher();
	const results = { accuracy: accuracy(log, matcher) };
	// Before n8n's runs: the heap they leave behind slows the matcher's allocating inputs more than its prose.
	results.speed = speed(matcher);
	log('');
	results.node = await inN8n(log);
	log('');
	const [oneMinute] = os.loadavg();
	log(`speed: the issue's goals, each against a baseline from this run. Matcher figures are CPU time of this process, median of 5 short slices (the length and hostile rows timed in turn);`);
	log(`the node figure is n8n's own wall-clock timing. Load average ${oneMinute.toFixed(1)} on ${os.cpus().length} CPUs when the table was printed.`);
	table(log, [...results.speed.rows, results.node.row]);
	return results;
}

module.exports = { run };
