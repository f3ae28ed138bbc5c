import { randomBytes } from 'crypto';

import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { ChatNationApi } from '../../credentials/ChatNationApi.credentials';
import { KapsoHandoverApi } from '../../credentials/KapsoHandoverApi.credentials';
import { ZohoDeskOAuth2Api } from '../../credentials/ZohoDeskOAuth2Api.credentials';
import { ChatNation } from '../../nodes/ChatNation/ChatNation.node';
import { HandoverDecision } from '../../nodes/HandoverDecision/HandoverDecision.node';
import { Kapso } from '../../nodes/Kapso/Kapso.node';
import { KapsoTrigger } from '../../nodes/Kapso/KapsoTrigger.node';
import { ZohoDesk } from '../../nodes/ZohoDesk/ZohoDesk.node';
import { ZohoDeskTrigger } from '../../nodes/ZohoDesk/ZohoDeskTrigger.node';
import { CredentialsHelper, NodeTypes } from './n8n';

/** Node types as n8n names them once the package is installed: `<package>.<node>`. */
export const nodeTypes = new NodeTypes({
	'n8n-nodes-handover.chatNation': new ChatNation(),
	'n8n-nodes-handover.handoverDecision': new HandoverDecision(),
	'n8n-nodes-handover.kapso': new Kapso(),
	'n8n-nodes-handover.kapsoTrigger': new KapsoTrigger(),
	'n8n-nodes-handover.zohoDesk': new ZohoDesk(),
	'n8n-nodes-handover.zohoDeskTrigger': new ZohoDeskTrigger(),
});

const credentialTypes = {
	chatNationApi: new ChatNationApi(),
	kapsoHandoverApi: new KapsoHandoverApi(),
	zohoDeskOAuth2Api: new ZohoDeskOAuth2Api(),
};

export function credentials(data: Record<string, ICredentialDataDecryptedObject>) {
	return new CredentialsHelper(credentialTypes, data);
}

export const credentialRef = (type: string) => ({ [type]: { id: '1', name: type } });

/** A fresh, unguessable key for leak checks: if it shows up in an output or a log, the test fails. */
export const canaryKey = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;
