/**
 * A request broken off by an ellipsis and declined in the next breath: "Bitte an einen Menschen weiterleiten… ne, doch
 * nicht, die Skipässe sind da", "put me through to a human... no, forget it, the courier page updated". The ellipsis
 * is the writer stopping: a decline opening the clause after it (maybe after a short interjection: "ne,", "ah"), set
 * off by a comma and followed by more words, takes back what was asked before, as a "wait, no" does (corrections.ts).
 * A refusal of the bot after it ("… no, not the bot, a real person") asks on.
 */
import { BOT as bot } from './hitKinds';
import type { Grammar } from './grammar';
import type { Hits } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const BOT = bot;
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** A word this short may stand before the decline: "ne, | doch nicht", "ah | non". */
const INTERJECTION_LENGTH = 3;
const ELLIPSIS = 0x2026;
const PERIOD = 46;

/** Whether the clause opening at word `opening` follows an ellipsis and opens with a decline set off by a comma, with no bot refused after it. */
export function declinedAfterEllipsis(tokens: Tokens, hits: Hits, opening: number, grammar: Grammar, langs: number): boolean {
	const { id: ids, count } = tokens;
	if (opening < 2 || ids[opening - 1] !== SENTENCE_BOUNDARY || ids[opening - 2] < UNKNOWN || !ellipsisBetween(tokens, opening - 2, opening)) return false;
	let k = opening;
	if (k + 1 < count && ids[k] >= UNKNOWN && !grammar.declines.hasIn(ids[k], langs) && tokens.end[k] - tokens.start[k] <= INTERJECTION_LENGTH) {
		k++;
		if (ids[k] === COMMA_BOUNDARY) k++;
	}
	if (k >= count || !grammar.declines.hasIn(ids[k], langs)) return false;
	k++;
	if (k < count && grammar.declineEnds.hasIn(ids[k], langs)) k++; // "doch | nicht", "forget | it"
	if (k + 1 >= count || ids[k] !== COMMA_BOUNDARY) return false;
	for (let h = hits.count - 1; h >= 0 && hits.start[h] >= opening; h--) if (hits.kind[h] === BOT) return false;
	return true;
}

/** Whether an ellipsis ("…" or two periods) stands between word `before` and word `after`. */
function ellipsisBetween(tokens: Tokens, before: number, after: number): boolean {
	const { text } = tokens;
	const to = tokens.start[after];
	for (let i = tokens.end[before]; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === ELLIPSIS || (c === PERIOD && i + 1 < to && text.charCodeAt(i + 1) === PERIOD)) return true;
	}
	return false;
}
