/** IDs that would move a request to another route or garble it, with the problem the node names for each. */
export const HOSTILE_IDS: Array<[string, string]> = [
	['..', 'must be an ID, not "." or ".."'],
	['.', 'must be an ID, not "." or ".."'],
	['12/../34', 'must not contain "/" or "\\"'],
	['12\\34', 'must not contain "/" or "\\"'],
	['   ', 'is required'],
	['12\u000034', 'must not contain control characters'],
	['12\u001b34', 'must not contain control characters'],
	['12\u008534', 'must not contain control characters'],
	['12\ud80034', 'must not contain broken Unicode (a lone surrogate)'],
];
