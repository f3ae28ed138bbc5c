'use strict';
/** The harness's credentials helper (test/helpers/n8n.js re-exports it). */
const { ICredentialsHelper } = require('n8n-workflow');

/**
 * @typedef {import('n8n-workflow').ICredentialDataDecryptedObject} ICredentialDataDecryptedObject
 * @typedef {import('n8n-workflow').ICredentialType} ICredentialType
 * @typedef {import('n8n-workflow').IHttpRequestOptions} IHttpRequestOptions
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').Workflow} WorkflowType
 */

/** Decrypted credentials by type, authenticated the way n8n's CLI CredentialsHelper does it. */
class CredentialsHelper extends ICredentialsHelper {
	/**
	 * @param {Record<string, ICredentialType>} types credential types by name (their `extends` and `authenticate` are used)
	 * @param {Record<string, ICredentialDataDecryptedObject>} data decrypted credentials by type
	 */
	constructor(types = {}, data = {}) {
		super();
		/** @private */
		this.types = types;
		/** @private */
		this.data = data;
	}

	/** @param {string} type @returns {string[]} */
	getParentTypes(type) {
		return this.types[type]?.extends ?? [];
	}

	isCredentialUsableByNode() {
		return true;
	}

	/** @param {unknown} _data @param {unknown} _node @param {string} type @returns {Promise<ICredentialDataDecryptedObject>} */
	async getDecrypted(_data, _node, type) {
		return this.data[type] ?? {};
	}

	/** @returns {Promise<never>} */
	async getCredentials() {
		throw new Error('not used by these tests');
	}

	async updateCredentials() {}

	/**
	 * n8n stores renewed OAuth2 tokens here; keeping them lets a test see the refresh persist.
	 * @param {unknown} _details @param {string} type @param {ICredentialDataDecryptedObject} data
	 */
	async updateCredentialsOauthTokenData(_details, type, data) {
		this.data[type] = { ...this.data[type], ...data };
	}

	getCredentialsProperties() {
		return [];
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	/**
	 * @param {ICredentialDataDecryptedObject} credentials @param {string} typeName @param {IHttpRequestOptions} options
	 * @param {WorkflowType} [workflow] @param {INode} [node] @returns {Promise<IHttpRequestOptions>}
	 */
	async authenticate(credentials, typeName, options, workflow, node) {
		const authenticate = this.types[typeName]?.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (!authenticate || authenticate.type !== 'generic') return options;
		/** @param {unknown} value */
		const resolve = (value) =>
			typeof value === 'string' && value.startsWith('=')
				? String(workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '') ?? '')
				: value;
		const target = /** @type {Record<string, Record<string, unknown>>} */ (/** @type {unknown} */ (options));
		for (const [section, entries] of Object.entries(authenticate.properties)) {
			target[section] = { ...(target[section] ?? {}) };
			for (const [key, value] of Object.entries(entries)) {
				target[section][String(resolve(key))] = resolve(value);
			}
		}
		return options;
	}
}

module.exports = { CredentialsHelper };
