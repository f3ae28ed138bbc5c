import { BotcopyApi } from '../credentials/BotcopyApi.credentials';
import { CertainlyApi } from '../credentials/CertainlyApi.credentials';
import { ChatNationApi } from '../credentials/ChatNationApi.credentials';
import { KapsoHandoverApi } from '../credentials/KapsoHandoverApi.credentials';
import { ZohoDeskOAuth2Api } from '../credentials/ZohoDeskOAuth2Api.credentials';
import { codexLinks, repoFile } from './helpers/docs-links';

/**
 * n8n appends ?utm_source=… to a Docs link, which stops a browser from landing on a README anchor; a docs/ page
 * is a file of its own, so its URL survives the query string.
 */
const LINKS = codexLinks();

describe('Docs links', () => {
	it.each(LINKS.map((link) => [link.where, link.url]))('%s points at a docs/ page that exists', (_where, url) => {
		expect(url).not.toContain('#');
		expect(repoFile(url)).toMatch(/^docs\/[a-z-]+\.md$/);
	});

	it.each([new BotcopyApi(), new CertainlyApi(), new ChatNationApi(), new KapsoHandoverApi(), new ZohoDeskOAuth2Api()].map((c) => [c.name, c]))(
		'the %s credential links to its docs/ page',
		(_name, credential) => {
			expect(repoFile(String(credential.documentationUrl))).toMatch(/^docs\/[a-z-]+\.md$/);
		},
	);
});
