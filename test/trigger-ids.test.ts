/**
 * Every ID a trigger reads from a webhook body must be a usable value: a table of hostile values per field
 * gets a 400 naming the field, and starts no execution. (The Zoho Desk Trigger's ticket IDs are in
 * zohodesk-trigger-deliveries.test.ts, with its simulator.)
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeType } from 'n8n-workflow';

import { BotcopyApi } from '../credentials/BotcopyApi.credentials';
import { CertainlyApi } from '../credentials/CertainlyApi.credentials';
import { KapsoHandoverApi } from '../credentials/KapsoHandoverApi.credentials';
import { BotcopyTrigger } from '../nodes/Botcopy/BotcopyTrigger.node';
import { CertainlyTrigger } from '../nodes/Certainly/CertainlyTrigger.node';
import { KapsoTrigger } from '../nodes/Kapso/KapsoTrigger.node';
import { stepOneBody, stepTwoBody } from '../simulators/botcopy';
import * as botcopy from '../simulators/botcopy';
import { claimWebhookBody, userMessageWebhookBody } from '../simulators/certainly';
import * as certainly from '../simulators/certainly';
import * as kapso from '../simulators/kapso';
import { CredentialsHelper, NodeTypes } from './helpers/n8n';
import { canaryKey, credentialRef } from './helpers/package';
import type { HostedTrigger } from './helpers/trigger';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';

/** Values that are not IDs whatever the field. */
const HOSTILE: Array<[string, unknown]> = [
	['true', true],
	['false', false],
	['an object with its own toString', { toString: 1 }],
	['an array', ['id']],
	['a NUL', 'a\u0000b'],
	['a newline', 'a\nb'],
	['a lone surrogate', 'a\ud800b'],
	['"."', '.'],
	['".."', '..'],
	['a path that walks up', '../tickets'],
	['501 characters', 'x'.repeat(501)],
	['a fraction', 1.5],
	['an integer beyond 2^53', 2 ** 60],
];
/** Blank values: a 400 for a field that is required and has no other spelling to fall back on. */
const BLANK: Array<[string, unknown]> = [
	['an empty string', ''],
	['whitespace only', ' \t '],
];

const secret = canaryKey('whsec');
const unused = 'http://127.0.0.1:9';

interface Field {
	path: string;
	/** The field's name in the 400, when the body is a part of the request (a batch element). */
	name?: string;
	body: () => IDataObject;
	/** Required with no fallback: a blank value is a 400 too. */
	required: boolean;
	/** A `/`-separated name (Dialogflow's session), which may be longer than other IDs. */
	pathLike?: boolean;
}

interface TriggerSpec {
	type: string;
	node: INodeType;
	credential: [string, ICredentialDataDecryptedObject, object];
	send: (url: string, body: IDataObject) => Promise<{ status: number; body: unknown }>;
	fields: Field[];
}

function withValue(body: IDataObject, path: string, value: unknown): IDataObject {
	const copy = JSON.parse(JSON.stringify(body)) as IDataObject;
	const keys = path.split('.');
	let parent: IDataObject = copy;
	for (const key of keys.slice(0, -1)) parent = parent[key] as IDataObject;
	parent[keys[keys.length - 1]] = value as IDataObject;
	return copy;
}

/** The Kapso Trigger receiving signed deliveries of `event`. */
const kapsoSpec = (event: string, fields: Field[]): TriggerSpec => ({
	type: 'kapsoTrigger',
	node: new KapsoTrigger(),
	credential: ['kapsoHandoverApi', { webhookSecret: secret }, new KapsoHandoverApi()],
	send: async (url, body) => await kapso.send(url, event, body, { secret }),
	fields,
});

const SPECS: Record<string, TriggerSpec> = {
	Botcopy: {
		type: 'botcopyTrigger',
		node: new BotcopyTrigger(),
		credential: ['botcopyApi', { apiKey: 'k', keyPlacement: 'header', baseUrl: unused, webhookAccessToken: secret }, new BotcopyApi()],
		send: async (url, body) => await botcopy.send(url, body, { token: secret }),
		fields: [
			{ path: 'userId', body: () => stepTwoBody(), required: true },
			{ path: 'botId', body: () => stepOneBody(), required: true },
			{ path: 'session', body: () => stepTwoBody(), required: true, pathLike: true },
		],
	},
	Certainly: {
		type: 'certainlyTrigger',
		node: new CertainlyTrigger(),
		credential: ['certainlyApi', { baseUrl: unused, botId: 'botdep_1', authentication: 'apiToken', apiToken: 't', webhookSecret: secret }, new CertainlyApi()],
		send: async (url, body) => await certainly.send(url, body, { headers: { 'X-Webhook-Secret': secret } }),
		fields: [
			{ path: 'to', body: () => claimWebhookBody(), required: true },
			{ path: 'botId', body: () => claimWebhookBody(), required: false },
			{ path: 'sessionId', body: () => claimWebhookBody(), required: false },
			{ path: 'data.message.user_id', body: () => userMessageWebhookBody(), required: true },
		],
	},
	'Kapso (message)': kapsoSpec(kapso.MESSAGE_RECEIVED, [
		{ path: 'conversation.id', body: () => kapso.messageReceived(), required: true },
		{ path: 'message.id', body: () => kapso.messageReceived(), required: true },
		{ path: 'conversation.phone_number', body: () => kapso.messageReceived(), required: false },
		{ path: 'phone_number_id', body: () => kapso.messageReceived(), required: false },
		{
			path: 'data.0.message.id',
			name: 'data[0].message.id',
			body: () => kapso.messageBatch([kapso.messageReceived(), kapso.messageReceived()]),
			required: true,
		},
	]),
	'Kapso (handoff)': kapsoSpec(kapso.HANDOFF, [
		{ path: 'workflow_execution.id', body: () => kapso.handoff(), required: true },
		{ path: 'conversation.id', body: () => kapso.handoff(), required: false },
		{ path: 'workflow_execution.workflow.id', body: () => kapso.handoff(), required: false },
		{ path: 'workflow_execution.tracking_id', body: () => kapso.handoff(), required: false },
	]),
};

let hosted: HostedTrigger | undefined;
afterEach(async () => {
	await hosted?.stop();
	hosted = undefined;
});

describe.each(Object.keys(SPECS))('%s Trigger: IDs are values', (name) => {
	const spec = SPECS[name];

	it('answers 400 naming the field to every hostile ID, and starts no execution', async () => {
		const [credentialType, data, credentialClass] = spec.credential;
		hosted = await hostTrigger(
			triggerWorkflow({ name: 'Trigger', type: `test.${spec.type}`, parameters: {}, credentials: credentialRef(credentialType) }),
			{
				nodeTypes: new NodeTypes({ [`test.${spec.type}`]: spec.node }),
				credentialsHelper: new CredentialsHelper({ [credentialType]: credentialClass as never }, { [credentialType]: data }),
			},
		);
		const answers: unknown[] = [];
		const expected: unknown[] = [];
		for (const field of spec.fields) {
			const values = [...HOSTILE, ...(field.required ? BLANK : []), ...(field.pathLike ? [] : [['201 characters', 'x'.repeat(201)]])];
			for (const [label, value] of values) {
				const answer = await spec.send(hosted.url, withValue(field.body(), field.path, value));
				const error = String((answer.body as IDataObject)?.error ?? '');
				answers.push({ field: field.path, label, status: answer.status, namesField: error.includes(`field: ${field.name ?? field.path}`) });
				expected.push({ field: field.path, label, status: 400, namesField: true });
			}
		}
		expect(answers).toEqual(expected);

		// Usable IDs at the edges are accepted, and are the only executions once every request has settled.
		const first = spec.fields[0];
		for (const value of [4711, 'x'.repeat(200), ' padded ']) {
			expect((await spec.send(hosted.url, withValue(first.body(), first.path, value))).status).toBe(200);
		}
		await hosted.stop();
		expect(hosted.executions).toHaveLength(3);
	});
});
