/**
 * The end-to-end suite (`npm run test:e2e`): a real n8n with this package installed, the samples published,
 * the vendors simulated on loopback, and headless Chromium on the editor. Each file starts its own sandbox.
 * @type {import('jest').Config}
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/e2e'],
	testMatch: ['**/*.e2e.test.js'],
	// The sandboxes' user folders (e2e/.work) hold n8n's own package.json files.
	modulePathIgnorePatterns: ['<rootDir>/e2e/.work'],
	testTimeout: 120000,
	slowTestThreshold: 60,
};
