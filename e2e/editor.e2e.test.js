'use strict';
/**
 * The n8n editor in headless Chromium, with this package installed as a community package: the owner is set
 * up through the /setup page, every sample workflow is opened and each of this package's nodes must be drawn
 * with its own SVG icon (light and dark theme) rather than n8n's "?" / "Install this node" state, and the
 * node panel's search must list the package's nodes. What a newcomer then meets (through the editor's own REST calls,
 * from its page): every sandbox credential's Test passes, the Kapso Phone Number dropdown lists the simulator's
 * numbers, and every vendor Docs link is a docs/ page that exists. Screenshots land in e2e/screenshots/ (the AI chat one
 * also in docs/ for the README when UPDATE_DOCS_SCREENSHOT=1).
 */
const fs = require('fs');
const path = require('path');

const packageJson = require('../package.json');
const { readSamples, sampleId } = require('../sandbox/workflows');
const { OWNER, logIn, call } = require('../sandbox/n8n-rest');
const { startTestSandbox } = require('./lib/sandbox');
const { sandboxCredentials } = require('../sandbox/credentials');
const { dropdownOptions, editorTypes, testCredential } = require('./lib/editor-rest');
const { packageNodeTypes, PREFIX, ROOT } = require('./lib/package-nodes');
const {
	launchBrowser,
	watchPage,
	setUpOwnerInUi,
	openWorkflow,
	canvasNodes,
	iconsSettled,
	zoomToFit,
	searchNodeCreator,
	closeNodeCreator,
	screenshotPath,
	withFailureArtifacts,
	SELECTORS,
	VIEWPORT,
} = require('./lib/browser');

const DOCS_SAMPLE = 'ai-chat-to-zoho-desk';
const DOCS_SCREENSHOT = path.join(ROOT, 'docs', `screenshot-${DOCS_SAMPLE}.png`);
const SEARCH_TERMS = ['Handover Decision', 'Zoho Desk', 'Botcopy', 'Certainly', 'Kapso', 'ChatNation'];

const NODE_TYPES = packageNodeTypes();
const SAMPLE_FILES = readSamples().map(({ file }) => file.replace(/\.json$/, ''));

/**
 * What is wrong with how the canvas drew the given nodes of this package (an empty list when nothing is).
 * @param {Awaited<ReturnType<typeof canvasNodes>>} drawn
 * @param {Array<{name: string, type: string}>} nodes
 * @param {'light'|'dark'} theme
 */
function renderingProblems(drawn, nodes, theme) {
	const problems = [];
	for (const node of nodes) {
		const shown = drawn.find((candidate) => candidate.name === node.name);
		const want = NODE_TYPES.get(node.type);
		const say = (what) => problems.push(`${node.name} (${node.type}): ${what}`);
		if (!shown) {
			say('not on the canvas');
			continue;
		}
		if (!want) say('not a node type of this package');
		if (shown.type !== node.type) say(`drawn as type ${shown.type}`);
		if (shown.label !== node.name) say(`labelled "${shown.label}"`);
		if (shown.notInstalled) say('marked "not installed" (Install this node)');
		if (shown.placeholder) say('"?" placeholder instead of its icon');
		if (shown.disabledLook) say('drawn greyed out like an unknown node');
		if (want && shown.iconSrc !== want[theme]) say(`icon is ${shown.iconSrc}, expected ${want[theme]}`);
		if (!shown.iconLoaded) say(`icon image did not load (naturalWidth ${shown.iconNaturalWidth})`);
		if (shown.issues) say('shows parameter or credential issues');
		// The subtitle under the name reads as a person would write it (not "handOver: handover").
		if (!shown.subtitle || /[a-z][A-Z]|^\w+: \w+$|\{\{/.test(shown.subtitle)) say(`subtitle reads "${shown.subtitle}"`);
	}
	return problems;
}

const packageNodesOf = (sample) => sample.nodes.filter((node) => node.type.startsWith(PREFIX));
const drawnNodeNames = (sample) => sample.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote').map((node) => node.name);
const isAboutNodeTypes = (text) => /\/icons\/|\/types\/|n8n-nodes-handover/.test(text);

let sandbox;
let browser;
let context;
let page;
let seen;

const n8nLogs = () => `${sandbox.setupLog()}\n${sandbox.n8n.logs()}`;
const sampleOf = (base) => sandbox.samples.find((sample) => sample.id === sampleId(`${base}.json`));

beforeAll(async () => {
	sandbox = await startTestSandbox('editor');
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
	context.setDefaultTimeout(20_000);
	page = await context.newPage();
	seen = watchPage(page);
}, 300_000);

afterAll(async () => {
	if (browser) await browser.close();
	if (sandbox) await sandbox.stop();
}, 60_000);

test('the owner account is set up through the /setup page', async () => {
	await withFailureArtifacts(page, 'owner-setup', n8nLogs, async () => {
		await setUpOwnerInUi(page, sandbox.n8n.url, OWNER);
		expect(new URL(page.url()).pathname).not.toMatch(/^\/(setup|signin)/);
		// The form created a real account: its password now logs in over REST.
		expect(await logIn(sandbox.n8n.url)).toMatch(/=/);
	});
});

describe('each sample workflow draws the package nodes with their icons', () => {
	test.each(SAMPLE_FILES)('%s', async (base) => {
		const sample = sampleOf(base);
		expect(sample).toBeDefined();
		const ours = packageNodesOf(sample);
		expect(ours.length).toBeGreaterThan(0);
		await withFailureArtifacts(page, base, n8nLogs, async () => {
			await openWorkflow(page, sandbox.n8n.url, sample.id, drawnNodeNames(sample));
			await iconsSettled(page);
			await zoomToFit(page);
			await page.screenshot({ path: screenshotPath(base), fullPage: true });
			// The README's picture is refreshed on request only, so that a test run leaves the checkout clean.
			if (base === DOCS_SAMPLE && process.env.UPDATE_DOCS_SCREENSHOT) {
				fs.mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
				await page.screenshot({ path: DOCS_SCREENSHOT });
			}
			const drawn = await canvasNodes(page);
			expect(renderingProblems(drawn, ours, 'light')).toEqual([]);
			// No node at all (n8n's own included) is unknown to this n8n.
			expect(drawn.filter((node) => node.notInstalled || node.placeholder).map((node) => node.name)).toEqual([]);
		});
	});
});

// One test per sample, as in the light theme: the samples are large enough that all five in one test could pass
// the 120 s test timeout on a busy machine, and a timed-out test would leave the page dark for the next one.
describe('in the dark theme each sample uses the .dark.svg icons', () => {
	beforeAll(async () => await page.emulateMedia({ colorScheme: 'dark' }));
	afterAll(async () => await page.emulateMedia({ colorScheme: 'light' }));
	test.each(SAMPLE_FILES)('%s', async (base) => {
		await withFailureArtifacts(page, `dark-theme-${base}`, n8nLogs, async () => {
			const sample = sampleOf(base);
			await openWorkflow(page, sandbox.n8n.url, sample.id, drawnNodeNames(sample));
			await iconsSettled(page);
			expect(renderingProblems(await canvasNodes(page), packageNodesOf(sample), 'dark')).toEqual([]);
		});
	});
});

test('the node panel search lists the package nodes with their icons', async () => {
	await withFailureArtifacts(page, 'node-panel-search', n8nLogs, async () => {
		const sample = sampleOf(DOCS_SAMPLE);
		await openWorkflow(page, sandbox.n8n.url, sample.id, drawnNodeNames(sample));
		const found = {};
		for (const term of SEARCH_TERMS) {
			const items = await searchNodeCreator(page, term, { expectName: term });
			const hit = items.find((item) => item.name === term);
			found[term] = hit ? { type: hit.type, iconSrc: hit.iconSrc, iconLoaded: hit.iconLoaded } : `no item among ${JSON.stringify(items.map((item) => item.name))}`;
			if (term === 'Handover Decision') await page.screenshot({ path: screenshotPath('node-panel-search'), fullPage: true });
		}
		const expected = {};
		for (const term of SEARCH_TERMS) {
			// An action node and its trigger share one entry in the panel, under the action node's type.
			const type = [...NODE_TYPES.keys()].find((key) => NODE_TYPES.get(key).displayName === term);
			expected[term] = { type, iconSrc: NODE_TYPES.get(type).light, iconLoaded: true };
		}
		expect(found).toEqual(expected);
		await closeNodeCreator(page);
	});
});

describe('what a newcomer sees in the editor', () => {
	const credentialOf = (type) => sandboxCredentials(sandbox.sims).find((credential) => credential.type === type);

	test('every sandbox credential passes its Test, and a wrong Kapso key shows Kapso\'s own message', async () => {
		await withFailureArtifacts(page, 'credential-tests', n8nLogs, async () => {
			const results = {};
			for (const { id, type } of sandboxCredentials(sandbox.sims)) results[type] = (await testCredential(page, id)).status;
			expect(results).toEqual(Object.fromEntries(Object.keys(results).map((type) => [type, 'OK'])));
			expect(Object.keys(results).length).toBe(5);

			const kapso = sandbox.sims.kapso;
			const vendorSays = await fetch(`${kapso.url}/platform/v1/whatsapp/phone_numbers`, { headers: { 'X-API-Key': 'wrong-e2e-key' } });
			const { error } = await vendorSays.json();
			const wrong = await testCredential(page, credentialOf('kapsoHandoverApi').id, { apiKey: 'wrong-e2e-key' });
			expect(wrong.status).toBe('Error');
			expect(wrong.message).toContain(`"${error}"`);
			expect(wrong.message).not.toContain('wrong-e2e-key');
		});
	});

	test('the Kapso Phone Number dropdown lists the simulator\'s numbers', async () => {
		await withFailureArtifacts(page, 'kapso-phone-numbers', n8nLogs, async () => {
			const { id, name } = credentialOf('kapsoHandoverApi');
			const options = await dropdownOptions(page, {
				nodeType: `${PREFIX}kapso`,
				path: 'parameters.phoneNumberId',
				methodName: 'getPhoneNumbers',
				parameters: { resource: 'message', operation: 'sendText' },
				credentials: { kapsoHandoverApi: { id, name } },
			});
			const numbers = sandbox.sims.kapso.state.phoneNumbers;
			expect(numbers.length).toBeGreaterThan(0);
			expect(options.map((option) => option.value)).toEqual(numbers.map((number) => number.phone_number_id));
			for (const [i, option] of options.entries()) expect(option.name).toContain(numbers[i].display_phone_number);
		});
	});

	test('every vendor node\'s Docs link and credential link open a page in docs/', async () => {
		await withFailureArtifacts(page, 'docs-links', n8nLogs, async () => {
			const vendorNodes = [...NODE_TYPES.keys()].filter((name) => name !== `${PREFIX}handoverDecision`);
			const credentialTypes = sandboxCredentials(sandbox.sims).map((credential) => credential.type);
			const { nodes, credentials } = await editorTypes(page, vendorNodes, credentialTypes);
			const links = [
				...nodes.flatMap((node) => ['primaryDocumentation', 'credentialDocumentation'].flatMap((kind) => (node.resources[kind] ?? []).map((doc) => [`${node.name} ${kind}`, doc.url]))),
				...credentials.map((credential) => [credential.name, credential.documentationUrl]),
			];
			expect(nodes.map((node) => node.name).sort()).toEqual([...vendorNodes].sort());
			expect(credentials.map((credential) => credential.name).sort()).toEqual([...credentialTypes].sort());
			const blob = `${packageJson.homepage.replace(/#.*$/, '')}/blob/main/`;
			const problems = links
				.filter(([, url]) => !(typeof url === 'string' && url.startsWith(`${blob}docs/`) && fs.existsSync(path.join(ROOT, url.slice(blob.length)))))
				.map(([where, url]) => `${where}: ${url}`);
			expect(problems).toEqual([]);
			expect(links.length).toBeGreaterThanOrEqual(nodes.length + credentials.length);
		});
	});
});

test('the node panel finds the package by the words a newcomer types (codex aliases)', async () => {
	await withFailureArtifacts(page, 'node-panel-aliases', n8nLogs, async () => {
		const sample = sampleOf(DOCS_SAMPLE);
		await openWorkflow(page, sandbox.n8n.url, sample.id, drawnNodeNames(sample));
		const wanted = { handoff: 'Handover Decision', whatsapp: 'Kapso', escalate: 'ChatNation', helpdesk: 'Zoho Desk' };
		const found = {};
		for (const [term, name] of Object.entries(wanted)) {
			const items = await searchNodeCreator(page, term, { expectName: name });
			found[term] = items.some((item) => item.name === name) ? name : `not among ${JSON.stringify(items.map((item) => item.name))}`;
			await closeNodeCreator(page);
		}
		expect(found).toEqual(wanted);
	});
});

test('the browser reported no failure loading node types or icons', () => {
	const refused = seen.failedRequests.filter((request) => isAboutNodeTypes(request.url));
	const errors = seen.consoleErrors.filter((message) => isAboutNodeTypes(`${message.url} ${message.text}`));
	const crashes = seen.pageErrors.filter((error) => /n8n-nodes-handover|icon|node ?type/i.test(error));
	expect({ refused, errors, crashes }).toEqual({ refused: [], errors: [], crashes: [] });
});

/**
 * The checks above must be able to fail: a node type n8n does not have, and an icon the server refuses, are
 * both caught by the same renderingProblems() and request watcher the samples pass.
 */
test('the checks catch a node that is not installed and an icon that does not load', async () => {
	const probePage = await context.newPage();
	const probeSeen = watchPage(probePage);
	try {
		await withFailureArtifacts(probePage, 'negative-control', n8nLogs, async () => {
			const cookie = await logIn(sandbox.n8n.url);
			const ghost = { id: 'e2e-ghost', name: 'Ghost node', type: `${PREFIX}notInstalled`, typeVersion: 1, position: [0, 0], parameters: {} };
			const { json: created } = await call(sandbox.n8n.url, 'POST', '/rest/workflows', {
				cookie,
				body: { name: 'e2e: a node type that is not installed', nodes: [ghost], connections: {}, settings: {} },
			});
			await openWorkflow(probePage, sandbox.n8n.url, created.id, [ghost.name]);
			await iconsSettled(probePage);
			expect(await probePage.locator(SELECTORS.notInstalled).count()).toBe(1);
			expect(renderingProblems(await canvasNodes(probePage), [ghost], 'light')).toEqual([
				`${ghost.name} (${ghost.type}): not a node type of this package`,
				`${ghost.name} (${ghost.type}): marked "not installed" (Install this node)`,
				`${ghost.name} (${ghost.type}): "?" placeholder instead of its icon`,
				`${ghost.name} (${ghost.type}): drawn greyed out like an unknown node`,
				`${ghost.name} (${ghost.type}): icon image did not load (naturalWidth 0)`,
				`${ghost.name} (${ghost.type}): subtitle reads ""`,
			]);

			const kapso = sampleOf('kapso-whatsapp');
			const kapsoIcon = NODE_TYPES.get(`${PREFIX}kapso`).light;
			await probePage.route(`**${kapsoIcon}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
			await openWorkflow(probePage, sandbox.n8n.url, kapso.id, drawnNodeNames(kapso));
			await iconsSettled(probePage);
			const broken = renderingProblems(await canvasNodes(probePage), packageNodesOf(kapso), 'light');
			const kapsoNodes = packageNodesOf(kapso).filter((node) => NODE_TYPES.get(node.type).light === kapsoIcon);
			expect(broken).toEqual(kapsoNodes.map((node) => `${node.name} (${node.type}): icon image did not load (naturalWidth 0)`));
			expect(probeSeen.failedRequests.filter((request) => isAboutNodeTypes(request.url)).map((request) => request.reason)).toContain('HTTP 404');

			const nothing = await searchNodeCreator(probePage, 'Handover Nonexistent Vendor');
			expect(nothing.filter((item) => item.type.startsWith(PREFIX))).toEqual([]);
		});
	} finally {
		await probePage.close();
	}
});
