/**
 * "Mask Personal Data" on what leaves for a desk, read from the simulators' state: the Zoho Desk ticket description
 * and comments, and ChatNation's handover issue and context.
 */
import type { IDataObject } from 'n8n-workflow';

import { createChatNationSimulator } from '../simulators/chatnation';
import { createZohoDeskSimulator } from '../simulators/zohodesk';
import { chain, outputOf, runWorkflow } from './helpers/n8n';
import { credentialRef, credentials, nodeTypes } from './helpers/package';
import { serveSimulator } from './helpers/simulators';
import { zohoDeskFixture } from './helpers/zohodesk';

const zoho = createZohoDeskSimulator();
const { zohoNode, handoverParameters, chat, run } = zohoDeskFixture(zoho);
const chatNation = createChatNationSimulator();

serveSimulator(zoho);
serveSimulator(chatNation);

const CARD = '•••• •••• •••• 1111';
const leaky = chat({
	userEmail: 'jane@example.com',
	reason: 'Card 4111 1111 1111 1111 declined',
	transcript: [
		{ role: 'user', text: 'Order #4471 of 2026-11-30 failed, card 4111-1111-1111-1111', time: '10:00' },
		{ role: 'user', text: 'Mail me at jane.doe@example.com or call +254 712 345 678', time: '10:01' },
	],
});

async function ticketWith(parameters: IDataObject) {
	const { result } = await run(zohoNode(handoverParameters({ userPhone: '+254712345678', ...parameters })), [leaky]);
	expect(result.status).toBe('success');
	return zoho.state.tickets[0] as IDataObject;
}

describe('Zoho Desk → Create From Chat → Mask Personal Data', () => {
	it('masks card numbers by default, in the reason and the transcript, and keeps order numbers and dates', async () => {
		const { description } = await ticketWith({});
		expect(description).toContain(`<b>Handover reason:</b> Card ${CARD} declined`);
		expect(description).toContain(`[10:00] User: Order #4471 of 2026-11-30 failed, card ${CARD}`);
		expect(description).toContain('jane.doe@example.com or call +254 712 345 678');
		expect(description).not.toMatch(/4111.?1111.?1111.?1111/);
	});

	it('masks emails and phones too when chosen, and leaves the contact fields the ticket needs', async () => {
		const ticket = await ticketWith({ maskPersonalData: ['cards', 'emails', 'phones'] });
		expect(ticket.description).toContain('[10:01] User: Mail me at j•••@example.com or call +2547•••••678');
		expect(ticket.description).toContain('<b>User:</b> Jane Doe &lt;jane@example.com&gt; +254712345678');
		expect(ticket).toMatchObject({ email: 'jane@example.com', phone: '+254712345678' });
		expect(zoho.state.contacts).toEqual([expect.objectContaining({ email: 'jane@example.com', phone: '+254712345678' })]);
	});

	it('masks nothing when nothing is chosen', async () => {
		const { description } = await ticketWith({ maskPersonalData: [] });
		expect(description).toContain('card 4111-1111-1111-1111');
	});

	it('names the field and the item for an unknown kind, and opens no ticket', async () => {
		const { result } = await run(zohoNode(handoverParameters({ maskPersonalData: '={{ $json.mask }}' }), { continueOnFail: true }), [
			{ ...leaky, mask: 'cards' },
			{ ...leaky, sessionId: 'sess-2', mask: 'cards,iban' },
		]);
		const [ok, refused] = outputOf(result, 'Zoho Desk').map((item) => item.json);
		expect(ok.success).toBe(true);
		expect(refused.error).toBe('Mask Personal Data has an unknown kind "iban": use cards, emails or phones [item 1]');
		expect(zoho.state.tickets).toHaveLength(1);
	});
});

describe('Zoho Desk → Comment → Add → Mask Personal Data', () => {
	it('masks the comment content (cards by default, emails when chosen)', async () => {
		await ticketWith({});
		const ticketId = String(zoho.state.tickets[0].id);
		const content = 'User: my card 5555 5555 5555 4444 and mail jo@example.com, order #4471';
		await run(zohoNode({ resource: 'comment', operation: 'add', ticketId, content }));
		await run(zohoNode({ resource: 'comment', operation: 'add', ticketId, content, maskPersonalData: ['cards', 'emails'] }));
		expect(zoho.state.comments.map((c: IDataObject) => c.content)).toEqual([
			'User: my card •••• •••• •••• 4444 and mail jo@example.com, order #4471',
			'User: my card •••• •••• •••• 4444 and mail j•••@example.com, order #4471',
		]);
	});
});

describe('ChatNation → Hand Over → Mask Personal Data', () => {
	it('masks the issue and every string in the context, never the contact ID', async () => {
		const helper = credentials({ chatNationApi: { baseUrl: chatNation.url!, authentication: 'apiKey', apiKey: chatNation.apiKey } });
		const node = {
			name: 'ChatNation',
			type: 'n8n-nodes-handover.chatNation',
			parameters: {
				resource: 'handover',
				operation: 'handOver',
				contactId: '+254712345678',
				maskPersonalData: ['cards', 'phones'],
				additionalFields: {
					issue: 'Refund to card 4111111111111111',
					context: { lastMessage: 'call me on 0712 345 678', turns: ['order #4471', 'KES 1250000'] },
				},
			},
			credentials: credentialRef('chatNationApi'),
		};
		const result = await runWorkflow(chain(node), { nodeTypes, credentialsHelper: helper });
		expect(result.status).toBe('success');
		const [request] = chatNation.received('POST');
		expect(request.body).toMatchObject({
			contactId: '+254712345678',
			issue: `Refund to card ${CARD}`,
			context: { lastMessage: 'call me on 071••••678', turns: ['order #4471', 'KES 1250000'] },
		});
	});
});
