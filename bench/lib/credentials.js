'use strict';
/** Decrypted credentials by type for benches, with the parent types n8n uses to pick OAuth2 signing. */
const { ICredentialsHelper } = require('n8n-workflow');

class BenchCredentials extends ICredentialsHelper {
	/** @param {Record<string, object>} data credentials by type; @param {Record<string, string[]>} parents */
	constructor(data = {}, parents = {}) {
		super();
		this.data = data;
		this.parents = parents;
	}
	getParentTypes(type) {
		return this.parents[type] ?? [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	async getDecrypted(_additionalData, _node, type) {
		return this.data[type] ?? {};
	}
	async authenticate(_credentials, _type, options) {
		return options;
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData(_details, type, data) {
		this.data[type] = { ...this.data[type], ...data };
	}
	getCredentialsProperties() {
		return [];
	}
	async getCredentials() {
		throw new Error('not used by benches');
	}
}

module.exports = { BenchCredentials };
