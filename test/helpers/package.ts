import { randomBytes } from 'crypto';

import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { CredentialsHelper, NodeTypes } from './n8n';
import { packageTypes } from './registry';

/** Every node and credential in package.json#n8n, loaded from the TypeScript sources. */
const types = packageTypes('source');

/** Node types as n8n names them once the package is installed: `<package>.<node>`. */
export const nodeTypes = new NodeTypes(types.nodes);

/** A credentials helper that knows every credential type of the package, holding `data` by type. */
export function credentials(data: Record<string, ICredentialDataDecryptedObject>) {
	return new CredentialsHelper(types.credentials, data);
}

export const credentialRef = (type: string) => ({ [type]: { id: '1', name: type } });

/** A fresh, unguessable key for leak checks: if it shows up in an output or a log, the test fails. */
export const canaryKey = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;
