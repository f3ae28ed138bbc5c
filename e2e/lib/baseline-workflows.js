'use strict';
/**
 * Like-for-like workflows for measuring a trigger against n8n's own Webhook node on the same instance: the
 * Botcopy Trigger, the Webhook node with Header Auth (it reads a credential too), and the bare Webhook node,
 * each followed by the same single No-op. Used by `npm run bench:e2e` and the reliability suite.
 */
const { SANDBOX_WEBHOOK_SECRETS } = require('../../sandbox/credentials');

const TRIGGER_WEBHOOK_ID = 'b3e7c0de-0000-4000-8000-00000000b0c1';
const afterwards = { parameters: {}, name: 'Afterwards', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [260, 0] };
const BASELINE_WORKFLOWS = [
	{
		file: 'bench-botcopy-trigger.json',
		workflow: {
			name: 'Bench: Botcopy Trigger',
			nodes: [
				{
					parameters: { takeOver: ['handover_requested', 'user_message'], minutesPaused: 10, options: {} },
					name: 'Botcopy Trigger',
					type: 'n8n-nodes-handover.botcopyTrigger',
					typeVersion: 1,
					position: [0, 0],
					webhookId: TRIGGER_WEBHOOK_ID,
				},
				afterwards,
			],
			connections: { 'Botcopy Trigger': { main: [[{ node: 'Afterwards', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		},
	},
	{
		file: 'bench-webhook-auth.json',
		workflow: {
			name: "Bench: n8n's own Webhook node with Header Auth",
			nodes: [
				{
					parameters: { httpMethod: 'POST', path: 'bench/n8n-webhook-auth', authentication: 'headerAuth', responseMode: 'onReceived', options: {} },
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2.1,
					position: [0, 0],
					webhookId: 'b3e7c0de-0000-4000-8000-00000000b0c3',
					credentials: { httpHeaderAuth: { id: 'sbxBenchHeader01', name: 'Bench header auth' } },
				},
				afterwards,
			],
			connections: { Webhook: { main: [[{ node: 'Afterwards', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		},
	},
	{
		file: 'bench-webhook.json',
		workflow: {
			name: "Bench: n8n's own Webhook node",
			nodes: [
				{
					parameters: { httpMethod: 'POST', path: 'bench/n8n-webhook', responseMode: 'onReceived', options: {} },
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2.1,
					position: [0, 0],
					webhookId: 'b3e7c0de-0000-4000-8000-00000000b0c2',
				},
				afterwards,
			],
			connections: { Webhook: { main: [[{ node: 'Afterwards', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		},
	},
];


/** The same token Botcopy sends, checked by n8n's own Header Auth. */
const HEADER_AUTH_CREDENTIAL = {
	id: 'sbxBenchHeader01',
	name: 'Bench header auth',
	type: 'httpHeaderAuth',
	data: { name: 'Authorization', value: SANDBOX_WEBHOOK_SECRETS.botcopy },
};

module.exports = { BASELINE_WORKFLOWS, HEADER_AUTH_CREDENTIAL, TRIGGER_WEBHOOK_ID };
