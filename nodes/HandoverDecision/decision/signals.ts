/** Frustration that shows in the shape of a message rather than its words. */

const MIN_SHOUTED_LETTERS = 8;
const SHOUTED_SHARE = 0.7;
const MIN_PUNCTUATION_RUN = 3;

function isExclamationOrQuestion(c: number): boolean {
	return c === 33 || c === 63 || c === 0xff01 || c === 0xff1f || c === 0xa1 || c === 0xbf;
}

/** "shouting in capitals", a run like "!!!" or "?!?", or null. */
export function frustrationSignal(text: string): string | null {
	let run = 0;
	for (let i = 0; i < text.length; i++) {
		run = isExclamationOrQuestion(text.charCodeAt(i)) ? run + 1 : 0;
		if (run >= MIN_PUNCTUATION_RUN) {
			const start = i + 1 - run;
			let end = i + 1;
			while (end < start + 5 && isExclamationOrQuestion(text.charCodeAt(end))) end++;
			return `"${text.slice(start, end)}"`;
		}
	}
	const lower = text.toLowerCase();
	const upper = text.toUpperCase();
	if (lower.length !== text.length || upper.length !== text.length) return null;
	let capitals = 0;
	let small = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c !== lower.charCodeAt(i)) capitals++;
		else if (c !== upper.charCodeAt(i)) small++;
	}
	return capitals >= MIN_SHOUTED_LETTERS && capitals >= SHOUTED_SHARE * (capitals + small) ? 'shouting in capitals' : null;
}
