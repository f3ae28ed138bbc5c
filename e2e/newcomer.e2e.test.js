'use strict';
/**
 * A newcomer's first minutes, in headless Chromium: `npm start` (how long until the editor is usable is printed),
 * signing in to find the five samples published, and Handover Decision dropped with its defaults behind n8n's own
 * Webhook node and Chat Trigger: "I want to talk to a person" must take the Hand Over output. The route taken is
 * read from n8n's stored executions. Each package icon must fill its square rather than sit small in it.
 */
const fs = require('fs');
const path = require('path');
const { randomUUID } = require('crypto');

const { readSamples } = require('../sandbox/workflows');
const { OWNER, logIn, call, publishWorkflow } = require('../sandbox/n8n-rest');
const { freePorts, waitFor, WORK_DIR } = require('./lib/sandbox');
const { startNpmStart } = require('./lib/npm-start');
const { openExecutionsDb } = require('./lib/executions-db');
const { packageNodeTypes, PREFIX } = require('./lib/package-nodes');
const { launchBrowser, signInInUi, listedWorkflows, openWorkflow, canvasNodes, withFailureArtifacts } = require('./lib/browser');

const ASKS_FOR_A_PERSON = 'I want to talk to a person';
const ASKS_THE_BOT = 'What time do you open on Saturday?';

let started;
let startedAt;
let browser;
let page;
let signingIn;
let cookie;
const userFolder = path.join(WORK_DIR, `newcomer-${process.pid}`);
const logs = () => (started ? started.output() : '');
// n8n ties a session to the browser that signed in, so the browser signs in through the form, once.
const signedIn = () => (signingIn = signingIn || signInInUi(page, started.url, OWNER));

beforeAll(async () => {
	fs.rmSync(userFolder, { recursive: true, force: true });
	const port = await freePorts(2);
	startedAt = Date.now();
	started = await startNpmStart({ port, userFolder });
	browser = await launchBrowser();
	const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
	context.setDefaultTimeout(20_000);
	page = await context.newPage();
}, 480_000);

afterAll(async () => {
	if (browser) await browser.close();
	if (started) await started.stop();
	if (!process.env.KEEP_E2E_WORK) fs.rmSync(userFolder, { recursive: true, force: true });
}, 90_000);

test('npm start leads to a usable editor with the five samples published, and the time it took is printed', async () => {
	await withFailureArtifacts(page, 'npm-start', logs, async () => {
		await signedIn();
		const listed = await listedWorkflows(page, started.url);
		const usableSeconds = Math.round((Date.now() - startedAt) / 1000);
		process.stdout.write(`\nnpm start: it reported the editor ready after ${started.readySeconds} s; signed in with the samples listed after ${usableSeconds} s\n`);
		const samples = readSamples().map(({ workflow }) => workflow.name);
		expect(listed.map((card) => card.name).sort()).toEqual([...samples].sort());
		expect(listed.filter((card) => !card.published).map((card) => card.name)).toEqual([]);
		expect(started.output()).not.toMatch(/first visit/i);
	});
}, 120_000);

/** n8n's trigger in front of Handover Decision with nothing set, and a no-op on each of its two outputs. */
const TRIGGERS = {
	'Webhook node': (id) => ({
		node: { id: randomUUID(), name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: id, parameters: { httpMethod: 'POST', path: `newcomer-${id}` } },
		send: (url, text) => fetch(`${url}/webhook/newcomer-${id}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) }),
	}),
	'Chat Trigger': (id) => ({
		node: { id: randomUUID(), name: 'When chat message received', type: '@n8n/n8n-nodes-langchain.chatTrigger', typeVersion: 1.5, position: [0, 0], webhookId: id, parameters: { public: true, mode: 'webhook', options: {} } },
		send: (url, text) =>
			fetch(`${url}/webhook/${id}/chat`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'sendMessage', sessionId: randomUUID(), chatInput: text }) }),
	}),
};

function decisionBehind(trigger) {
	const noOp = (name, x, y) => ({ id: randomUUID(), name, type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [x, y], parameters: {} });
	const decision = { id: randomUUID(), name: 'Handover Decision', type: `${PREFIX}handoverDecision`, typeVersion: 1, position: [250, 0], parameters: {} };
	return {
		nodes: [trigger, decision, noOp('Person wanted', 500, -100), noOp('Bot answers', 500, 100)],
		connections: {
			[trigger.name]: { main: [[{ node: decision.name, type: 'main', index: 0 }]] },
			[decision.name]: { main: [[{ node: 'Person wanted', type: 'main', index: 0 }], [{ node: 'Bot answers', type: 'main', index: 0 }]] },
		},
	};
}

describe('Handover Decision with its defaults hands "I want to talk to a person" over', () => {
	test.each(Object.keys(TRIGGERS))('behind n8n\'s %s', async (triggerName) => {
		await withFailureArtifacts(page, `decision-defaults-${triggerName.replace(/\W+/g, '-')}`, logs, async () => {
			await signedIn();
			cookie = cookie || (await logIn(started.url));
			const trigger = TRIGGERS[triggerName](randomUUID());
			const { json: workflow } = await call(started.url, 'POST', '/rest/workflows', {
				cookie,
				body: { name: `Newcomer: Handover Decision behind the ${triggerName}`, ...decisionBehind(trigger.node), settings: {} },
			});
			// The editor shows the dropped node with nothing to fix.
			await openWorkflow(page, started.url, workflow.id, ['Handover Decision']);
			expect((await canvasNodes(page)).find((node) => node.name === 'Handover Decision')).toMatchObject({ issues: false, notInstalled: false });
			await publishWorkflow(started.url, cookie, workflow.id);

			const executions = openExecutionsDb({ userFolder });
			const route = async (text) => {
				// n8n registers a published workflow's webhooks shortly after the publish call returns; until then it
				// answers 404 and runs nothing, so sending again is safe.
				const answer = await waitFor(async () => {
					const response = await trigger.send(started.url, text);
					return response.status !== 404 && response;
				}, { what: `the ${triggerName} registered` });
				expect({ status: answer.status, body: await answer.text() }).toMatchObject({ status: 200 });
				const [run] = await waitFor(async () => {
					const runs = await executions.runs(workflow.id, text);
					return runs.length && runs[0].status === 'success' && runs;
				}, { what: `the execution for "${text}"` });
				return run.nodes.filter((name) => name === 'Person wanted' || name === 'Bot answers');
			};
			expect(await route(ASKS_FOR_A_PERSON)).toEqual(['Person wanted']);
			expect(await route(ASKS_THE_BOT)).toEqual(['Bot answers']);
		});
	}, 120_000);
});

/** Content that is wide or small draws as a small mark on the canvas's square node. */
test('each package icon fills its square: its drawing is nearly as tall as wide and spans most of the view box', async () => {
	const icons = [...packageNodeTypes().values()].flatMap((type) => [type.light, type.dark]);
	const problems = [];
	for (const icon of [...new Set(icons)]) {
		const svgText = await (await fetch(`${started.url}${icon}`)).text();
		const box = await page.evaluate((text) => {
			const holder = document.createElement('div');
			holder.innerHTML = text;
			document.body.appendChild(holder);
			const svg = holder.querySelector('svg');
			const { width, height } = svg.getBBox();
			const view = svg.viewBox.baseVal;
			holder.remove();
			return { width, height, side: Math.max(view.width, view.height) };
		}, svgText);
		const [short, long] = [box.width, box.height].sort((a, b) => a - b);
		if (short < 0.75 * long || long < 0.8 * box.side) problems.push(`${icon}: drawing ${Math.round(box.width)}×${Math.round(box.height)} in a ${box.side} square`);
	}
	expect(problems).toEqual([]);
	expect(icons.length).toBe(2 * packageNodeTypes().size);
});
