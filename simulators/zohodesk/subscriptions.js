'use strict';
/**
 * Webhook subscriptions: GET|POST /api/v1/webhooks, GET|DELETE /api/v1/webhooks/{id}. Creating one checks its
 * events and filters (zohodesk-oas v1.0/Webhook.json) and its URL: a GET that must answer 200, then a POST.
 * Guess: the validation POST's body is an empty JSON array. Deliveries are in webhooks.js.
 */
const { EVENT_FILTERS, WEBHOOK_FIELDS, invalidData, longId, notFound } = require('./contract');

/**
 * Adds the subscription routes to the simulator, declared through `desk`.
 * @param {{desk: Function, listOrEmpty: Function, nextId: () => string}} deps
 */
function routeSubscriptions({ desk, listOrEmpty, nextId }) {
	function validateSubscriptions(subscriptions, state) {
		if (subscriptions === undefined || subscriptions === null) throw invalidData('/subscriptions', 'missing', 'subscriptions is required');
		if (typeof subscriptions !== 'object' || Array.isArray(subscriptions) || !Object.keys(subscriptions).length) {
			throw invalidData('/subscriptions', 'invalid', 'subscriptions must be an object with at least one event');
		}
		for (const [event, filter] of Object.entries(subscriptions)) {
			const pointer = `/subscriptions/${event}`;
			if (!(event in EVENT_FILTERS)) throw invalidData(pointer, 'invalid', `Unknown event '${event}'`);
			if (filter === null) continue;
			const keys = EVENT_FILTERS[event];
			if (!keys) throw invalidData(pointer, 'invalid', `${event} takes no filter; send null`);
			if (typeof filter !== 'object' || Array.isArray(filter)) throw invalidData(pointer, 'invalid', 'The filter must be an object or null');
			for (const key of Object.keys(filter)) {
				if (!keys.includes(key)) throw invalidData(`${pointer}/${key}`, 'invalid', `${event} takes no filter '${key}'`);
			}
			if (filter.departmentIds !== undefined) {
				if (!Array.isArray(filter.departmentIds) || filter.departmentIds.some((id) => !state.departments.some((d) => d.id === String(id)))) {
					throw invalidData(`${pointer}/departmentIds`, 'invalid', 'departmentIds must list existing departments');
				}
			}
			if (filter.direction !== undefined && !['in', 'out'].includes(filter.direction)) {
				throw invalidData(`${pointer}/direction`, 'invalid', 'direction must be in or out');
			}
			if (filter.fields !== undefined && (!Array.isArray(filter.fields) || filter.fields.length > 5)) {
				throw invalidData(`${pointer}/fields`, 'invalid', 'fields must be an array of at most 5 field names');
			}
			if (filter.includePrevState !== undefined && typeof filter.includePrevState !== 'boolean') {
				throw invalidData(`${pointer}/includePrevState`, 'invalid', 'includePrevState must be a boolean');
			}
		}
	}

	/** Zoho's URL check on create: a GET that must answer 200, then (if it did not) a POST that must. */
	async function validateUrl(url, state) {
		const attempt = async (method) => {
			let status = 0;
			try {
				const response = await fetch(url, {
					method,
					...(method === 'POST' ? { headers: { 'Content-Type': 'application/json' }, body: '[]' } : {}),
					redirect: 'manual',
					signal: AbortSignal.timeout(5000),
				});
				status = response.status;
				await response.arrayBuffer().catch(() => undefined);
			} catch {
				status = 0;
			}
			state.validationRequests.push({ method, url, status });
			return status === 200;
		};
		return (await attempt('GET')) || (state.validatePostFallback && (await attempt('POST')));
	}

	desk('POST', '/api/v1/webhooks', { scopes: [['Desk.webhooks.CREATE']] }, async ({ body, state }) => {
		const dto = body;
		if (!dto || typeof dto !== 'object' || Array.isArray(dto)) throw invalidData('/', 'invalid', 'The body must be a JSON object');
		for (const key of Object.keys(dto)) {
			if (!WEBHOOK_FIELDS.includes(key)) throw invalidData(`/${key}`, 'invalid', `Extra field '${key}' is present in the input`);
		}
		if (dto.url === undefined || dto.url === null || dto.url === '') throw invalidData('/url', 'missing', 'url is required');
		if (typeof dto.url !== 'string' || dto.url.length > 500 || !/^https?:\/\/[^\s]+$/.test(dto.url)) {
			throw invalidData('/url', 'invalid', 'url must be an http(s) URL of at most 500 characters');
		}
		validateSubscriptions(dto.subscriptions, state);
		for (const key of ['name', 'description', 'ignoreSourceId']) {
			if (dto[key] !== undefined && dto[key] !== null && typeof dto[key] !== 'string') throw invalidData(`/${key}`, 'invalid', `${key} must be a string`);
		}
		if (dto.isEnabled !== undefined && typeof dto.isEnabled !== 'boolean') throw invalidData('/isEnabled', 'invalid', 'isEnabled must be a boolean');
		if (dto.includeEventsFrom !== undefined && (!Array.isArray(dto.includeEventsFrom) || dto.includeEventsFrom.some((v) => v !== 'AUTOMATION'))) {
			throw invalidData('/includeEventsFrom', 'invalid', "includeEventsFrom may only contain 'AUTOMATION'");
		}
		if (!(await validateUrl(dto.url, state))) {
			throw invalidData('/url', 'invalid', 'The URL did not answer the validation request with 200 OK');
		}
		const now = new Date().toISOString();
		const webhook = {
			id: nextId(),
			url: dto.url,
			name: dto.name || null,
			description: dto.description || null,
			subscriptions: dto.subscriptions,
			isEnabled: dto.isEnabled === undefined ? true : dto.isEnabled,
			includeEventsFrom: dto.includeEventsFrom || [],
			ignoreSourceId: dto.ignoreSourceId || null,
			type: 'CUSTOMER_WEBHOOK',
			createdBy: longId(1),
			createdTime: now,
			modifiedTime: now,
		};
		state.webhooks.push(webhook);
		return { status: 200, body: webhook };
	});

	desk('GET', '/api/v1/webhooks', { scopes: [['Desk.webhooks.READ']] }, ({ state }) => listOrEmpty(state.webhooks));

	const findWebhook = (state, id) => {
		const index = state.webhooks.findIndex((w) => w.id === id);
		if (index < 0) throw notFound();
		return index;
	};

	desk('GET', '/api/v1/webhooks/:webhookId', { scopes: [['Desk.webhooks.READ']] }, ({ params, state }) => ({
		status: 200,
		body: state.webhooks[findWebhook(state, params.webhookId)],
	}));

	desk('DELETE', '/api/v1/webhooks/:webhookId', { scopes: [['Desk.webhooks.DELETE']] }, ({ params, state }) => {
		state.webhooks.splice(findWebhook(state, params.webhookId), 1);
		return { status: 204 };
	});
}

module.exports = { routeSubscriptions };
