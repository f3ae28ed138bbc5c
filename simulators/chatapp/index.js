'use strict';
/**
 * A chat app: the web widget's backend that stores agent replies (`handoff_messages`) for the
 * widget to show. The sample "AI chat → Zoho Desk" posts each Zoho agent reply here; in real use this is
 * your own app's endpoint (for instance a Supabase insert into `handoff_messages`).
 */
const { HttpError, Simulator, checkType, onlyKeys, requireObject } = require('../core');

const AUTHOR_TYPES = ['agent', 'user', 'bot'];

function createChatAppSimulator() {
	const sim = new Simulator({
		name: 'chatapp',
		errorBody: (status, message) => ({ success: false, error: message }),
		seed: (state) => {
			state.messages = [];
		},
	});

	sim.route('POST', '/api/handoff-messages', {}, ({ body, state }) => {
		requireObject(body, 'The body');
		onlyKeys(body, ['session_id', 'author_type', 'content', 'author_name']);
		for (const key of ['session_id', 'author_type', 'content']) {
			checkType(body, key, 'string');
			if (!body[key]) throw new HttpError(400, `${key} is required`);
		}
		if (!AUTHOR_TYPES.includes(body.author_type)) throw new HttpError(400, `author_type must be one of ${AUTHOR_TYPES.join(', ')}`);
		const message = { id: state.messages.length + 1, ...body, created_at: new Date().toISOString() };
		state.messages.push(message);
		return { status: 201, body: { success: true, message } };
	});

	sim.route('GET', '/api/handoff-messages', { query: ['session_id'] }, ({ query, state }) => ({
		status: 200,
		body: { messages: state.messages.filter((m) => !query.session_id || m.session_id === query.session_id) },
	}));

	return sim;
}

module.exports = { createChatAppSimulator };
