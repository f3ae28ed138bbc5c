'use strict';
/**
 * Headless Chromium on the n8n 2.x editor: the owner setup form, the canvas as the editor rendered it (each
 * node's icon, placeholder and "not installed" state), the node panel's search, and what the page reported
 * (console errors, failed requests). Selectors are n8n 2.40's own `data-test-id`s.
 */
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR || path.join(__dirname, '..', 'screenshots');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
// Root, no GPU, and no network beyond loopback: these keep Chromium from waiting on things it cannot have.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1600, height: 1000 };

const SELECTORS = {
	canvasNode: '[data-test-id="canvas-node"]',
	nodeIcon: '.n8n-node-icon',
	// The editor draws a "?" in place of the icon of a node type it does not know.
	iconPlaceholder: '[class*="nodeIconPlaceholder"]',
	notInstalled: '[data-test-id="node-not-installed"]',
	nodeIssues: '[data-test-id="node-issues"]',
	zoomToFit: '[data-test-id="zoom-to-fit"]',
	canvasTransform: '.vue-flow__transformationpane',
	openNodeCreator: '[data-test-id="node-creator-plus-button"]',
	nodeCreatorSearch: '[data-test-id="node-creator-search-bar"]',
	nodeCreatorItem: '[data-test-id="item-iterator-item"]',
	nodeCreatorItemName: '[data-test-id="node-creator-item-name"]',
	nodeCreatorNoResults: '[data-test-id="node-creator-no-results"]',
	workflowCard: '[data-test-id="resources-list-item-workflow"]',
	workflowCardName: '[data-test-id="workflow-card-name"]',
	workflowCardPublished: '[data-test-id="workflow-card-publish-indicator"]',
};

async function launchBrowser() {
	return await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** Records what the page reports: console errors, uncaught exceptions, failed and refused requests. */
function watchPage(page) {
	const seen = { consoleErrors: [], pageErrors: [], failedRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') seen.consoleErrors.push({ text: message.text(), url: message.location().url || '' });
	});
	page.on('pageerror', (error) => seen.pageErrors.push(String(error && error.stack ? error.stack : error)));
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText || 'failed';
		// ERR_ABORTED: the page itself cancelled the request, as when it navigates away while a load is running.
		if (reason !== 'net::ERR_ABORTED') seen.failedRequests.push({ url: request.url(), reason });
	});
	page.on('response', (response) => {
		if (response.status() >= 400) seen.failedRequests.push({ url: response.url(), reason: `HTTP ${response.status()}` });
	});
	return seen;
}

/** Closes whatever drawer or dialog n8n put over the editor (surveys, "what's new", onboarding). */
async function dismissModals(page) {
	for (let attempt = 0; attempt < 5; attempt++) {
		const open = page.locator('[role="dialog"]:visible');
		if ((await open.count()) === 0) return;
		const dialog = await open.first().elementHandle();
		const close = open.first().locator('.el-drawer__close-btn, .el-dialog__headerbtn, [aria-label="Close this dialog"], [aria-label="Close"]');
		if ((await close.count()) > 0 && (await close.first().isVisible())) await close.first().click();
		else await page.keyboard.press('Escape');
		// A dialog that stays (it ignores Escape) is tried again, up to the attempts left.
		await dialog?.waitForElementState('hidden', { timeout: 3_000 }).catch(() => undefined);
	}
}

/** Fills n8n's /setup form (a new instance has no owner) and waits until the editor lets the owner in. */
async function setUpOwnerInUi(page, n8nUrl, owner) {
	await page.goto(`${n8nUrl}/setup`);
	await page.locator('input[name="email"]').fill(owner.email);
	await page.locator('input[name="firstName"]').fill(owner.firstName);
	await page.locator('input[name="lastName"]').fill(owner.lastName);
	await page.locator('input[name="password"]').fill(owner.password);
	await page.locator('[data-test-id="form-submit-button"]').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/setup') && !url.pathname.startsWith('/signin'), { timeout: 30_000 });
	await dismissModals(page);
}

/** Signs in through n8n's /signin form and waits until the editor lets the user in. */
async function signInInUi(page, n8nUrl, owner) {
	// The first page of a cold n8n on a busy machine can take longer than the default 20 s to load.
	await page.goto(`${n8nUrl}/signin`, { timeout: 60_000 });
	await page.locator('input[name="emailOrLdapLoginId"]').fill(owner.email);
	await page.locator('input[name="password"]').fill(owner.password);
	await page.locator('[data-test-id="form-submit-button"]').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30_000 });
	await dismissModals(page);
}

/** The workflows the owner's Overview lists, each with its name and whether the card says it is published. */
async function listedWorkflows(page, n8nUrl) {
	await page.goto(`${n8nUrl}/home/workflows`);
	await page.locator(SELECTORS.workflowCard).first().waitFor({ timeout: 30_000 });
	return await page.$$eval(
		SELECTORS.workflowCard,
		(cards, s) =>
			cards.map((card) => ({
				name: (card.querySelector(s.workflowCardName)?.textContent || '').trim(),
				published: card.querySelector(s.workflowCardPublished)?.dataset.state === 'published',
			})),
		SELECTORS,
	);
}

/** Opens a saved workflow and waits until the canvas has drawn the named nodes. */
async function openWorkflow(page, n8nUrl, workflowId, nodeNames) {
	await page.goto(`${n8nUrl}/workflow/${workflowId}`);
	await page.waitForSelector(SELECTORS.canvasNode, { timeout: 30_000 });
	await page.waitForFunction(
		({ selector, names }) => {
			const drawn = new Set([...document.querySelectorAll(selector)].map((node) => node.dataset.nodeName));
			return names.every((name) => drawn.has(name));
		},
		{ selector: SELECTORS.canvasNode, names: nodeNames },
		{ timeout: 30_000 },
	);
	await dismissModals(page);
}

/**
 * How the canvas draws every node: its type, its label, the icon (an <img> with its src and whether it loaded,
 * or an inline SVG for n8n's own icons), the "?" placeholder and the "not installed" / issues badges.
 * @returns {Promise<Array<{name: string, type: string, label: string, subtitle: string, iconSrc: string|null, iconLoaded: boolean,
 *   iconNaturalWidth: number, placeholder: boolean, notInstalled: boolean, issues: boolean, disabledLook: boolean}>>}
 */
async function canvasNodes(page) {
	return await page.$$eval(
		SELECTORS.canvasNode,
		(nodes, s) =>
			nodes.map((node) => {
				const img = node.querySelector(`${s.nodeIcon} img`);
				const body = node.querySelector('[data-canvas-node-render-type]');
				return {
					name: node.dataset.nodeName,
					type: node.dataset.nodeType,
					label: (node.querySelector('[class*="_description_"] [class*="_label_"]')?.textContent || '').trim(),
					subtitle: (node.querySelector('[class*="_description_"] [class*="_subtitle_"]')?.textContent || '').trim(),
					iconSrc: img ? img.getAttribute('src') : null,
					iconLoaded: Boolean(img && img.complete && img.naturalWidth > 0),
					iconNaturalWidth: img ? img.naturalWidth : 0,
					placeholder: Boolean(node.querySelector(s.iconPlaceholder)),
					notInstalled: Boolean(node.querySelector(s.notInstalled)),
					issues: Boolean(node.querySelector(s.nodeIssues)),
					disabledLook: Boolean(body && /_disabled_/.test(body.className)),
				};
			}),
		SELECTORS,
	);
}

/** Waits (briefly) for every <img> icon on the canvas to finish loading, successfully or not. */
async function iconsSettled(page, timeoutMs = 10_000) {
	await page
		.waitForFunction((selector) => [...document.querySelectorAll(`${selector} img`)].every((img) => img.complete), SELECTORS.canvasNode, {
			timeout: timeoutMs,
		})
		.catch(() => undefined);
}

/** Fits the whole workflow into the view and moves the pointer off the nodes (no hover toolbars in the shot). */
async function zoomToFit(page) {
	await page.mouse.move(5, VIEWPORT.height - 5);
	await page.locator(SELECTORS.zoomToFit).click();
	await page.mouse.move(5, VIEWPORT.height - 5);
	await canvasAtRest(page);
}

/**
 * Waits until the fit's animation is over: the canvas transform has not changed for 10 frames after it moved, or
 * for 40 frames when it never moves (the workflow was already fitted).
 */
async function canvasAtRest(page, timeoutMs = 10_000) {
	await page.evaluate(() => delete window.__handoverCanvasWatch);
	await page.waitForFunction(
		(selector) => {
			const pane = document.querySelector(selector);
			if (!pane) return false;
			const transform = getComputedStyle(pane).transform;
			const watch = (window.__handoverCanvasWatch ??= { first: transform, last: transform, still: 0 });
			watch.still = transform === watch.last ? watch.still + 1 : 0;
			watch.last = transform;
			return watch.still >= (transform === watch.first ? 40 : 10);
		},
		SELECTORS.canvasTransform,
		{ polling: 'raf', timeout: timeoutMs },
	);
}

/**
 * Clicks the canvas "+" until the node panel's search shows. On a loaded machine the editor can take a click
 * before it handles it (the panel then never opens), so one click is not enough: CI saw exactly that.
 */
async function openNodeCreator(page, { attempts = 4, timeoutMs = 8_000 } = {}) {
	const search = page.locator(SELECTORS.nodeCreatorSearch);
	for (let attempt = 1; !(await search.isVisible()); attempt++) {
		await page.locator(SELECTORS.openNodeCreator).click();
		try {
			await search.waitFor({ state: 'visible', timeout: timeoutMs });
		} catch (error) {
			if (attempt >= attempts) throw error;
		}
	}
}

/** Closes the node panel and waits until it is gone: a search typed while it slides out is lost with it. */
async function closeNodeCreator(page) {
	await page.keyboard.press('Escape');
	await page.locator(SELECTORS.nodeCreatorSearch).waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Types `term` into the node panel's search and returns the items it lists once the list settles.
 * The item's keyboard-navigation id starts with the node type, e.g. "n8n-nodes-handover.zohoDesk-<uuid>".
 */
async function searchNodeCreator(page, term, { expectName, timeoutMs = 10_000 } = {}) {
	await openNodeCreator(page);
	await page.locator(SELECTORS.nodeCreatorSearch).fill(term);
	const read = () =>
		page.$$eval(
			SELECTORS.nodeCreatorItem,
			(items, s) =>
				items.map((item) => {
					const img = item.querySelector(`${s.nodeIcon} img`);
					return {
						name: (item.querySelector(s.nodeCreatorItemName)?.textContent || '').trim(),
						type: (item.dataset.keyboardNavId || '').replace(/-[0-9a-f]{8}-[0-9a-f-]{27}$/, ''),
						iconSrc: img ? img.getAttribute('src') : null,
						iconLoaded: Boolean(img && img.complete && img.naturalWidth > 0),
					};
				}),
			SELECTORS,
		);
	if (!expectName) {
		// A search expected to find nothing: wait for the panel to say so (or for the time to run out), then read.
		await page.locator(SELECTORS.nodeCreatorNoResults).waitFor({ state: 'visible', timeout: timeoutMs }).catch(() => undefined);
		return await read();
	}
	// The list filters as one types; wait for the expected name (and its icon) or for the time to run out.
	const deadline = Date.now() + timeoutMs;
	let items = await read();
	for (;;) {
		const hit = items.find((item) => item.name === expectName);
		if ((hit && (hit.iconSrc === null || hit.iconLoaded)) || Date.now() > deadline) return items;
		await page.waitForTimeout(200);
		items = await read();
	}
}

function screenshotPath(name) {
	fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
	return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/**
 * Runs `check`; when it fails, saves the page as e2e/screenshots/FAILED-<name>.png and the n8n log tail as
 * FAILED-<name>.n8n.log next to it, and adds both to the error message.
 */
async function withFailureArtifacts(page, name, logs, check) {
	const shot = screenshotPath(`FAILED-${name}`);
	const logFile = shot.replace(/\.png$/, '.n8n.log');
	try {
		const result = await check();
		// A pass clears what an earlier failed run left behind.
		for (const file of [shot, logFile]) fs.rmSync(file, { force: true });
		return result;
	} catch (error) {
		await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
		const lines = (logs ? logs() : '').split('\n');
		fs.writeFileSync(logFile, lines.slice(-500).join('\n'));
		// Prefixed, so that jest does not take n8n's own "at …" lines for this error's stack.
		const quoted = lines
			.slice(-40)
			.map((line) => `| ${line}`)
			.join('\n');
		error.message += `\n\nScreenshot: ${shot}\nPage: ${page.url()}\nn8n log tail (more in ${logFile}):\n${quoted}`;
		throw error;
	}
}

module.exports = {
	launchBrowser,
	watchPage,
	dismissModals,
	setUpOwnerInUi,
	signInInUi,
	listedWorkflows,
	openWorkflow,
	canvasNodes,
	iconsSettled,
	zoomToFit,
	openNodeCreator,
	closeNodeCreator,
	searchNodeCreator,
	screenshotPath,
	withFailureArtifacts,
	SELECTORS,
	SCREENSHOT_DIR,
	VIEWPORT,
};
