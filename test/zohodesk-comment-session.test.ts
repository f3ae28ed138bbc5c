/** Zoho Desk → Comment → Add with "Find Ticket By: Chat Session", over the simulator inside n8n-core workflows. */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FIND_PAUSES_MS } from '../nodes/ZohoDesk/sessionTicket';
import { createZohoDeskSimulator } from '../simulators/zohodesk';
import { outputOf } from './helpers/n8n';
import { serveSimulator } from './helpers/simulators';
import { zohoDeskFixture } from './helpers/zohodesk';

const sim = createZohoDeskSimulator();
const { zohoNode, handoverParameters, chat, run } = zohoDeskFixture(sim);
const SEARCH = '/api/v1/tickets/search';

serveSimulator(sim);

const bySession = (parameters: INodeParameters = {}) => ({
	resource: 'comment',
	operation: 'add',
	ticketBy: 'session',
	content: '={{ $json.text }}',
	...parameters,
});

async function openChatTicket(sessionId: string, parameters: INodeParameters = {}): Promise<string> {
	const { result } = await run(zohoNode(handoverParameters(parameters)), [chat({ sessionId })]);
	return String(outputOf(result, 'Zoho Desk')[0].json.ticketId);
}

describe('Zoho Desk → Comment → Add, finding the ticket by chat session', () => {
	it("comments on the session's ticket with the integration's sourceId, masked, and outputs the ticketId", async () => {
		const ticketId = await openChatTicket('sess-a');
		await openChatTicket('sess-b');
		sim.requests.length = 0;
		const { result } = await run(zohoNode(bySession()), [{ sessionId: 'sess-a', text: 'User: my card 4111 1111 1111 1111 failed' }]);
		expect(result.status).toBe('success');
		const [item] = outputOf(result, 'Zoho Desk');
		expect(item.json).toMatchObject({ ticketId, content: 'User: my card •••• •••• •••• 1111 failed', isPublic: false });
		expect(sim.received('GET', SEARCH).map((r: IDataObject) => r.query)).toEqual([{ customField1: 'cf_chat_session_id:sess-a', limit: '100' }]);
		const [comment] = sim.state.comments;
		expect(comment).toMatchObject({ ticketId, content: 'User: my card •••• •••• •••• 1111 failed' });
		expect(comment.sourceId).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('uses the session marker settings: a subject prefix', async () => {
		const ticketId = await openChatTicket('sess-s', { sessionMarker: 'subjectPrefix' });
		const { result } = await run(zohoNode(bySession({ sessionMarker: 'subjectPrefix' })), [{ sessionId: 'sess-s', text: 'Hi' }]);
		expect(outputOf(result, 'Zoho Desk')[0].json.ticketId).toBe(ticketId);
		expect(sim.received('GET', SEARCH).at(-1).query).toEqual({ subject: '[chat:sess-s]*', limit: '100' });
	});

	it('finds a ticket that a concurrent handover creates while it searches', async () => {
		const ticketId = await openChatTicket('sess-late');
		const [ticket] = sim.state.tickets.splice(0, 1);
		const handle = sim.handle.bind(sim);
		let searches = 0;
		sim.handle = async (req: { method: string; url: string }, res: unknown) => {
			if (req.url.startsWith(SEARCH) && ++searches === 3) sim.state.tickets.push(ticket);
			return await handle(req, res);
		};
		try {
			const { result } = await run(zohoNode(bySession()), [{ sessionId: 'sess-late', text: 'Still there?' }]);
			expect(outputOf(result, 'Zoho Desk')[0].json.ticketId).toBe(ticketId);
		} finally {
			sim.handle = handle;
		}
		expect(searches).toBe(3);
		expect(sim.state.comments).toHaveLength(1);
	});

	it('fails with an error naming the Session ID and the item after searching a few times, and goes on with continueOnFail', async () => {
		const ticketId = await openChatTicket('sess-ok');
		sim.requests.length = 0;
		const { result } = await run(zohoNode(bySession(), { continueOnFail: true }), [
			{ sessionId: 'sess-ok', text: 'one' },
			{ sessionId: 'sess-none', text: 'two' },
		]);
		const [ok, failed] = outputOf(result, 'Zoho Desk');
		expect(ok.json.ticketId).toBe(ticketId);
		expect(failed.json.error).toBe(
			'Session ID "sess-none" has no Zoho Desk ticket (searched for 3 s; Ticket → Create From Chat opens one) [item 1]',
		);
		expect(failed.pairedItem).toEqual({ item: 1 });
		expect(sim.received('GET', SEARCH)).toHaveLength(1 + 1 + FIND_PAUSES_MS.length);
		expect(sim.received('POST')).toHaveLength(1);
		expect(sim.state.comments.map((c: IDataObject) => c.content)).toEqual(['one']);
	});

	it('fails the run without continueOnFail, and refuses an unsearchable Session ID before any request', async () => {
		const { result } = await run(zohoNode(bySession()), [{ sessionId: 'a,b', text: 'x' }]);
		expect(result.status).toBe('error');
		expect(result.data.resultData.error?.message).toBe(
			'Session ID must be at most 100 characters without spaces, commas or * [item 0]',
		);
		expect(sim.received('GET', SEARCH)).toHaveLength(0);
	});
});
