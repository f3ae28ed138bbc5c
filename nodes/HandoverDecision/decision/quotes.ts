/**
 * A request in double quotes that the message disowns: "my son typed "get me a human", please ignore it". Read only
 * for a request in a message with a disown word (marks.anyDisowned), never per word of a message.
 */
import type { WordMarks } from './marks';
import type { Tokens } from './text';

/** " “ ” „ ‟ « »: a quote mark of any language, opening or closing (German „…“ and Danish »…« turn them round). */
function isQuoteMark(c: number): boolean {
	return c === 34 || (c >= 0x201c && c <= 0x201f) || c === 0xab || c === 0xbb;
}

/**
 * Whether words start..end are inside double quotes (an odd number of quote marks before them, one after) and a
 * disown word stands outside those quotes. Single quotes are left alone: they are apostrophes too.
 */
export function quotedAndDisowned(tokens: Tokens, marks: WordMarks, start: number, end: number): boolean {
	const text = tokens.text;
	const from = tokens.start[start];
	let opening = -1;
	let before = 0;
	for (let i = 0; i < from; i++) {
		if (isQuoteMark(text.charCodeAt(i))) {
			opening = i;
			before++;
		}
	}
	if (before % 2 === 0) return false;
	let closing = -1;
	for (let i = tokens.end[end - 1]; i < text.length && closing < 0; i++) if (isQuoteMark(text.charCodeAt(i))) closing = i;
	if (closing < 0) return false;
	let first = start;
	while (first > 0 && tokens.start[first - 1] > opening) first--;
	let after = end;
	while (after < tokens.count && tokens.start[after] < closing) after++;
	return marks.firstDisown < first || marks.lastDisown >= after;
}
