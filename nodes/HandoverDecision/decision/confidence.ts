export type ConfidenceReading = { ok: true; value: number | null } | { ok: false; problem: string };

const PERCENT = /^([+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+))\s*%$/;
const PLAIN = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

function describe(value: unknown): string {
	if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (Array.isArray(value)) return 'an array';
	if (value !== null && typeof value === 'object') return 'an object';
	return String(value);
}

const EXPECTED = 'must be a number from 0 to 1, from 0 to 100, or a percentage like "52%"';

/**
 * A confidence as a fraction 0–1. Accepts 0–1 (0.52), 0–100 (52) and percentages ("52%", "52,5 %").
 * Values up to 1 are read as fractions, so 1 means 100%. Missing (undefined, null, "") is `null`.
 */
export function readConfidence(raw: unknown): ConfidenceReading {
	if (raw === undefined || raw === null) return { ok: true, value: null };
	let value: number;
	let percent = false;
	if (typeof raw === 'number') {
		value = raw;
	} else if (typeof raw === 'string') {
		const text = raw.trim();
		if (text === '') return { ok: true, value: null };
		const asPercent = PERCENT.exec(text);
		if (asPercent) {
			percent = true;
			value = Number(asPercent[1].replace(',', '.'));
		} else if (PLAIN.test(text)) {
			value = Number(text.replace(',', '.'));
		} else {
			return { ok: false, problem: `${EXPECTED} (got ${describe(raw)})` };
		}
	} else {
		return { ok: false, problem: `${EXPECTED} (got ${describe(raw)})` };
	}
	if (!Number.isFinite(value) || value < 0 || value > 100) return { ok: false, problem: `${EXPECTED} (got ${describe(raw)})` };
	return { ok: true, value: percent || value > 1 ? value / 100 : value };
}

/** 0.52 → "52%", 0.525 → "52.5%". */
export function formatPercent(fraction: number): string {
	return `${Number((fraction * 100).toFixed(1))}%`;
}
