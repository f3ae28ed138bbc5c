'use strict';
/**
 * The credentials `npm start` and the end-to-end suite import into the sandbox n8n: one per vendor, each
 * pointing at its loopback simulator with the keys that simulator knows. Nothing here reaches a vendor.
 */

/** Fixed ids so that the sample workflows can be wired to them when imported. */
const SANDBOX_CREDENTIAL_IDS = {
	chatNationApi: 'sbxChatNation001',
	botcopyApi: 'sbxBotcopy000001',
	certainlyApi: 'sbxCertainly0001',
	kapsoHandoverApi: 'sbxKapso00000001',
	zohoDeskOAuth2Api: 'sbxZohoDesk00001',
};

/** The secrets the simulators' webhook senders use; the triggers check them like the real ones. */
const SANDBOX_WEBHOOK_SECRETS = {
	botcopy: 'sandbox-botcopy-webhook-token',
	certainly: 'sandbox-certainly-webhook-secret',
	kapso: 'sandbox-kapso-webhook-secret',
};

/**
 * @param {Record<string, import('../simulators/core').Simulator>} sims the running simulators
 * @returns {Array<{id: string, name: string, type: string, data: object}>} in `n8n import:credentials` form
 */
function sandboxCredentials(sims) {
	const { chatnation, botcopy, certainly, kapso, zohodesk } = sims;
	const credential = (type, name, data) => ({ id: SANDBOX_CREDENTIAL_IDS[type], name: `${name} (sandbox)`, type, data });
	const [refreshToken] = Object.keys(zohodesk.state.refreshTokens);
	return [
		credential('chatNationApi', 'ChatNation', {
			baseUrl: chatnation.url,
			authentication: 'apiKey',
			apiKey: Object.keys(chatnation.state.apiKeys)[0],
		}),
		credential('botcopyApi', 'Botcopy', {
			apiKey: botcopy.state.apiKey,
			keyPlacement: 'header',
			baseUrl: botcopy.url,
			webhookAccessToken: SANDBOX_WEBHOOK_SECRETS.botcopy,
		}),
		credential('certainlyApi', 'Certainly', {
			baseUrl: certainly.url,
			botId: certainly.state.bots[0],
			authentication: 'apiToken',
			apiToken: certainly.state.authValue.replace(/^Bearer /, ''),
			webhookSecret: SANDBOX_WEBHOOK_SECRETS.certainly,
		}),
		credential('kapsoHandoverApi', 'Kapso', {
			apiKey: kapso.state.apiKey,
			baseUrl: kapso.url,
			webhookSecret: SANDBOX_WEBHOOK_SECRETS.kapso,
		}),
		credential('zohoDeskOAuth2Api', 'Zoho Desk', {
			dataCenter: 'custom',
			customAccountsUrl: zohodesk.url,
			deskBaseUrl: zohodesk.url,
			orgId: zohodesk.state.orgId,
			clientId: zohodesk.state.clientId,
			clientSecret: zohodesk.state.clientSecret,
			// An access token the simulator never issued: the first call gets Zoho's INVALID_OAUTH and the
			// node renews it with the refresh token, as it does when a real token expires.
			oauthTokenData: { access_token: 'sandbox-expired-token', refresh_token: refreshToken, token_type: 'Bearer' },
		}),
	];
}

module.exports = { sandboxCredentials, SANDBOX_CREDENTIAL_IDS, SANDBOX_WEBHOOK_SECRETS };
