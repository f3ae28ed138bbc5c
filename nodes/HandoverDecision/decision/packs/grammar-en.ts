import type { Grammar } from './types';

/** English request frames, targets and the frames that cancel them (see ../frames.ts). */
export const englishGrammar: Grammar = {
	talkVerbs: [
		'talk to', 'talk with', 'speak to', 'speak with', 'chat with', 'chat to', 'a word with', 'talking to', 'speaking to',
		'speaking with', 'put me through to', 'put me thru to', 'patch me through to', 'get me through to', 'transfer me to',
		'transfer me over to', 'connect me to', 'connect me with', 'hand me over to', 'hand me to', 'pass me to',
		'pass me on to', 'pass me over to', 'escalate to', 'escalate this to', 'escalate me to', 'forward me to',
		'route me to', 'send me to', 'speak', 'talk', 'chat',
		'tlk to',
	],
	wantVerbs: [
		'i want', 'i need', 'i d like', 'i would like', 'get me', 'give me', 'can i get', 'can i have', 'could i get',
		'could i have', 'may i have', 'i m asking for', 'i am asking for', 'let me have', 'bring me', 'need', 'want',
	],
	reachVerbs: ['reach', 'contact', 'get in touch with', 'get hold of', 'get a hold of', 'get ahold of', 'be in touch with', 'ring'],
	people: [
		'person', 'people', 'human', 'humans', 'human being', 'someone', 'somebody', 'anyone', 'anybody', 'agent', 'agents',
		'manager', 'managers', 'supervisor', 'representative', 'rep', 'operator', 'staff', 'staff member', 'member of staff',
		'support staff', 'employee', 'colleague', 'whoever is in charge', 'person in charge', 'someone in charge',
		'sales', 'billing', 'accounts', 'finance', 'returns', 'advisor', 'adviser', 'consultant', 'specialist',
		'technician', 'boss', 'owner', 'team member', 'human agent', 'live agent', 'live operator',
		'sum1', 'some1',
	],
	departments: [
		'support', 'customer service', 'customer support', 'customer care', 'client services', 'help desk', 'helpdesk',
		'service desk', 'call center', 'call centre', 'contact center', 'support team', 'service team', 'tech support',
		'technical support', 'it support', 'live support', 'customer services',
		'sales desk', 'complaints department',
	],
	fillers: [
		'a', 'an', 'the', 'your', 'real', 'live', 'actual', 'one', 'of', 'our', 'human', 'someone', 'from', 'in', 'please',
		'directly', 'proper', 'genuine', 'qualified', 'senior', 'quick', 'right', 'now', 'some', 'any', 'store', 'shop',
		'duty', 'on', 'immediately', 'to',
	],
	urgers: ['please', 'pls', 'plz', 'now', 'asap', 'for me', 'right now',
		'on the line',
	],
	cancels: [
		'talked to', 'spoke to', 'spoke with', 'talked with', 'already talked', 'already spoke',
		'build', 'building', 'create a', 'develop', 'developing', 'set up a', 'looking for a', 'software', 'platform',
		'feature', 'features', 'function', 'option to', 'option for', 'integrate', 'integration', 'dashboard',
		'tell me about', 'info about', 'information about', 'how does', 'does your bot', 'does the bot',
		'does the chatbot', 'does your chatbot', 'can your bot', 'can the bot', 'can your chatbot', 'your bot can',
		'which languages', 'what languages', 'cost', 'price', 'pricing', 'hours', 'opening times', 'plan', 'subscription',
		'automation', 'tool', 'product',
		'open on', 'open at', 'open today', 'contact person', 'gave me', 'told me', 'said', 'job', 'applying', 'cv',
		'solved',
		'widget', 'for customers', 'customers to', 'fixed it', 'role', 'interested in', 'is great',
	],
	identity: [
		'are you a', 'are you human', 'are you real', 'are you an', 'are u a', 'r u a', 'are you even', 'is this a bot',
		'is this a real', 'is this a human', 'is this automated', 'is this an automated', 'is this chat automated',
		'am i talking to', 'am i chatting with', 'am i speaking to', 'am i speaking with', 'am i talking with',
		'bot or a human', 'bot or human', 'human or a bot', 'human or bot', 'person or a bot', 'bot or a person',
		'like a real person', 'are you a person',
		'is this an ai', 'is this ai', 'ai answering', 'is a real person', 'reading this',
		'typing these', 'typing this', 'writing these',
		'u a bot', 'u a robot', 'u a human',
	],
};
