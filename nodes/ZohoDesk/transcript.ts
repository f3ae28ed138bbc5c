/** A chat turn as the nodes accept it: `{role, text, time}`; other shapes are read as far as they go. */
export interface Turn {
	role: string;
	text: string;
	time?: string;
}


const ROLE_NAMES: Record<string, string> = {
	user: 'User',
	human: 'User',
	customer: 'User',
	assistant: 'Bot',
	bot: 'Bot',
	ai: 'Bot',
	agent: 'Agent',
	system: 'System',
};

export type TranscriptResult = { turns: Turn[]; problem?: undefined } | { turns?: undefined; problem: string };

function turnFrom(value: unknown, index: number): Turn | string {
	if (typeof value === 'string') return { role: 'user', text: value };
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return `turn ${index} must be an object like {"role": "user", "text": "…"}`;
	}
	const turn = value as Record<string, unknown>;
	const text = turn.text ?? turn.content ?? turn.message;
	if (typeof text !== 'string' && typeof text !== 'number') return `turn ${index} has no text`;
	const time = turn.time ?? turn.timestamp ?? turn.createdAt;
	return {
		role: typeof turn.role === 'string' && turn.role ? turn.role : 'user',
		text: String(text),
		time: time === undefined || time === null ? undefined : String(time),
	};
}

function fromArray(values: unknown[]): TranscriptResult {
	const turns: Turn[] = [];
	for (let index = 0; index < values.length; index++) {
		const turn = turnFrom(values[index], index);
		if (typeof turn === 'string') return { problem: turn };
		turns.push(turn);
	}
	return { turns };
}

function jsonArray(text: string): unknown[] | undefined {
	try {
		const parsed: unknown = JSON.parse(text);
		return Array.isArray(parsed) ? parsed : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Reads a transcript given as an array of turns, as JSON text of one, or as plain text (one turn per
 * line). Empty input is an empty transcript; anything else is a problem saying what to fix.
 */
export function parseTranscript(value: unknown): TranscriptResult {
	if (value === undefined || value === null || value === '') return { turns: [] };
	if (Array.isArray(value)) return fromArray(value);
	if (typeof value !== 'string') return { problem: 'must be text or an array of {role, text, time} turns' };
	const text = value.trim();
	const array = text.startsWith('[') ? jsonArray(text) : undefined;
	if (array) return fromArray(array);
	const turns = text
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const match = /^(user|bot|assistant|agent|customer|system)\s*:\s*(.*)$/i.exec(line.trim());
			return match ? { role: match[1].toLowerCase(), text: match[2] } : { role: 'user', text: line.trim() };
		});
	return { turns };
}

export const roleName = (role: string) => ROLE_NAMES[role.toLowerCase()] ?? role;

/** Text made safe to put between HTML tags or in a quoted attribute. */
export const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** One line per turn, HTML-escaped: `[time] Role: text`. */
export function transcriptLines(turns: Turn[]): string[] {
	return turns.map((turn) =>
		escapeHtml(`${turn.time ? `[${turn.time}] ` : ''}${roleName(turn.role)}: ${turn.text}`).replace(/\r?\n/g, '<br>'),
	);
}

/** Plain text from Zoho-style HTML: line breaks kept, tags dropped, common entities decoded. */
export function htmlToText(html: string): string {
	return html
		.replace(/<\s*br\s*\/?>/gi, '\n')
		.replace(/<\/\s*(p|div|li|h\d)\s*>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
