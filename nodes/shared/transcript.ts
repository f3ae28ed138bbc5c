/** A chat turn as the nodes accept it: `{role, text, time}`; other shapes are read as far as they go. */
export interface Turn {
	role: string;
	text: string;
	time?: string;
}

export class TranscriptError extends Error {}

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

function turnFrom(value: unknown, index: number): Turn {
	if (typeof value === 'string') return { role: 'user', text: value };
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new TranscriptError(`turn ${index} must be an object like {"role": "user", "text": "…"}`);
	}
	const turn = value as Record<string, unknown>;
	const text = turn.text ?? turn.content ?? turn.message;
	if (typeof text !== 'string' && typeof text !== 'number') {
		throw new TranscriptError(`turn ${index} has no text`);
	}
	const time = turn.time ?? turn.timestamp ?? turn.createdAt;
	return {
		role: typeof turn.role === 'string' && turn.role ? turn.role : 'user',
		text: String(text),
		time: time === undefined || time === null ? undefined : String(time),
	};
}

/**
 * Reads a transcript given as an array of turns, as JSON text of one, or as plain text (one turn per
 * line). Empty input is an empty transcript; anything else is a TranscriptError saying what to fix.
 */
export function parseTranscript(value: unknown): Turn[] {
	if (value === undefined || value === null || value === '') return [];
	if (typeof value === 'string') {
		const text = value.trim();
		if (text.startsWith('[')) {
			try {
				return parseTranscript(JSON.parse(text));
			} catch (error) {
				if (error instanceof TranscriptError) throw error;
			}
		}
		return text
			.split(/\r?\n/)
			.filter((line) => line.trim() !== '')
			.map((line) => {
				const match = /^(user|bot|assistant|agent|customer|system)\s*:\s*(.*)$/i.exec(line.trim());
				return match ? { role: match[1].toLowerCase(), text: match[2] } : { role: 'user', text: line.trim() };
			});
	}
	if (Array.isArray(value)) return value.map(turnFrom);
	throw new TranscriptError('must be text or an array of {role, text, time} turns');
}

export const roleName = (role: string) => ROLE_NAMES[role.toLowerCase()] ?? role;

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
