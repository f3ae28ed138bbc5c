/** On an n8n older than 1.85 every node says which n8n it needs, instead of failing on a missing export. */
it('refuses to load on an n8n-workflow without NodeConnectionTypes, naming the n8n version needed', () => {
	jest.isolateModules(() => {
		jest.doMock('n8n-workflow', () => ({ ...jest.requireActual('n8n-workflow'), NodeConnectionTypes: undefined }));
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load of the module is the point
		expect(() => require('../nodes/Kapso/Kapso.node')).toThrow('n8n-nodes-handover needs n8n 1.85 or newer (n8n-workflow 1.83 or newer)');
	});
});

it('loads on the n8n-workflow it is built against', () => {
	jest.isolateModules(() => {
		jest.dontMock('n8n-workflow');
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load of the module is the point
		expect(() => require('../nodes/Kapso/Kapso.node')).not.toThrow();
	});
});
