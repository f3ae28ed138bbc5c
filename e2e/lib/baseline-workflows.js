'use strict';
/**
 * Like-for-like workflows for measuring a trigger against n8n's own Webhook node on the same instance: the
 * Botcopy Trigger, the Webhook node with Header Auth (it reads a credential too), and the bare Webhook node,
 * each followed by the same single No-op. Used by `npm run bench:e2e` and the reliability suite.
 */
const { SANDBOX_WEBHOOK_SECRETS } = require('../../sandbox/credentials');

const TRIGGER_WEBHOOK_ID = 'b3e7c0de-0000-4000-8000-00000000b0c1';
const afterwards = (id) => ({ parameters: {}, id, name: 'Afterwards', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [260, 0] });
const BASELINE_WORKFLOWS = [
	{
		file: 'bench-botcopy-trigger.json',
		workflow: {
			name: 'Bench: Botcopy Trigger',
			nodes: [
				{
					parameters: { takeOver: ['handover_requested', 'user_message'], minutesPaused: 10, options: {} },
					id: 'd1218cfa-c6ff-44a6-adf7-5739efe4fadf',
					name: 'Botcopy Trigger',
					type: 'n8n-nodes-handover.botcopyTrigger',
					typeVersion: 1,
					position: [0, 0],
					webhookId: TRIGGER_WEBHOOK_ID,
				},
				afterwards('1814eb8c-371a-452a-8539-72b983362e71'),
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
					id: '7b83f355-6217-4542-9cb8-170fc50136b8',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2.1,
					position: [0, 0],
					webhookId: 'b3e7c0de-0000-4000-8000-00000000b0c3',
					credentials: { httpHeaderAuth: { id: 'sbxBenchHeader01', name: 'Bench header auth' } },
				},
				afterwards('3223b16b-e462-488a-a2f9-141ce4131911'),
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
					id: 'cf33e12e-f593-412b-b786-b78c8e4ba16f',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2.1,
					position: [0, 0],
					webhookId: 'b3e7c0de-0000-4000-8000-00000000b0c2',
				},
				afterwards('44d195cf-6ca8-4fc9-9da2-6f8451374a7d'),
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
