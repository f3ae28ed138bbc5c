'use strict';
/**
 * A Certainly Trigger left at its defaults with a credential that has no webhook secret: the setup a user
 * gets by skipping the secret. The reliability suite proves that it refuses forged claims.
 */
const NO_SECRET_CERTAINLY_CREDENTIAL = {
	id: 'sbxCertainlyOpen',
	name: 'Certainly without a webhook secret',
	type: 'certainlyApi',
	data: { baseUrl: 'http://127.0.0.1:9', botId: 'botdep_sim_1', authentication: 'apiToken', apiToken: 'unused-token', webhookSecret: '' },
};

const WEBHOOK_ID = 'b3e7c0de-0000-4000-8000-00000000ce01';
const OPEN_CERTAINLY_URL_PATH = `${WEBHOOK_ID}/webhook`;

const OPEN_CERTAINLY = {
	file: 'certainly-no-secret.json',
	workflow: {
		name: 'Certainly Trigger without a webhook secret',
		nodes: [
			{
				parameters: {},
				id: 'e064c308-0ef9-4506-a28b-2bd2d98c87fa',
				name: 'Certainly Trigger',
				type: 'n8n-nodes-handover.certainlyTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: WEBHOOK_ID,
				credentials: { certainlyApi: { id: NO_SECRET_CERTAINLY_CREDENTIAL.id, name: NO_SECRET_CERTAINLY_CREDENTIAL.name } },
			},
			{ parameters: {}, id: '9c1ec488-798f-4f05-a74a-89341ee81b61', name: 'Afterwards', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [260, 0] },
		],
		connections: { 'Certainly Trigger': { main: [[{ node: 'Afterwards', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	},
};

module.exports = { OPEN_CERTAINLY, OPEN_CERTAINLY_URL_PATH, NO_SECRET_CERTAINLY_CREDENTIAL };
