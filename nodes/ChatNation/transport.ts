import type { VendorApi } from '../shared/transport';

export const chatNationApi: VendorApi = {
	name: 'ChatNation',
	credentialType: 'chatNationApi',
	baseUrl: (credentials) => String(credentials.baseUrl || 'https://analytics.chatnation.co.ke'),
};

export const API_PREFIX = '/api/dashboard';
