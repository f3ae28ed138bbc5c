import type { INode } from 'n8n-workflow';

import { zohoDeskApi } from '../nodes/ZohoDesk/transport';
import type { RequestContext } from '../nodes/shared/transport';
import { vendorRequest } from '../nodes/shared/transport';

// n8n before 1.119 (n8n-core before 1.118.1) has no helpers.refreshOAuth2Token. A context built like theirs:
// every request answers Zoho's expired-token 401, and the helpers lack the renewal function.
function oldN8nContext() {
	const node: INode = { id: 'e9a0c4a4-4f4b-4d7e-9f56-0c1d2b3a4e5f', name: 'Zoho Desk', type: 'n8n-nodes-handover.zohoDesk', typeVersion: 1, position: [0, 0], parameters: {} };
	const httpRequestWithAuthentication = jest.fn(async () => ({ statusCode: 401, body: { errorCode: 'INVALID_OAUTH', message: 'The OAuth Token is invalid' }, headers: {} }));
	const ctx = {
		getNode: () => node,
		getCredentials: async () => ({ orgId: '1', oauthTokenData: { access_token: 'expired' } }),
		helpers: { httpRequestWithAuthentication },
	};
	return { ctx: ctx as unknown as RequestContext, httpRequestWithAuthentication };
}

it('says which n8n is needed when an expired Zoho token cannot be renewed because helpers.refreshOAuth2Token is missing', async () => {
	const { ctx, httpRequestWithAuthentication } = oldN8nContext();
	const request = vendorRequest(ctx, zohoDeskApi, 'http://127.0.0.1:9', { method: 'GET', path: '/api/v1/departments' }, 0);
	await expect(request).rejects.toThrow(
		'This n8n is too old to renew Zoho Desk tokens: n8n 1.119 or newer is needed (helpers.refreshOAuth2Token)',
	);
	await expect(request).rejects.not.toThrow(/revoked|Reconnect/);
	expect(httpRequestWithAuthentication).toHaveBeenCalledTimes(1);
});
