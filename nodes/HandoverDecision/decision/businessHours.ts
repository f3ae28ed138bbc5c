import { DecisionInputError } from './errors';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

const DAY = '(mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const DAY_SPEC = new RegExp(`^${DAY}(?:\\s*-\\s*${DAY})?$`);
const GROUP = new RegExp(`^${DAY}(?:\\s*-\\s*${DAY})?\\s+(.+)$`);
const TIME_RANGE = /^(\d{1,2}):?(\d{2})\s*-\s*(\d{1,2}):?(\d{2})$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEARLY_DATE = /^(\d{2})-(\d{2})$/;

export interface OpeningHoursSettings {
	/** IANA time zone, e.g. "Africa/Nairobi". */
	timezone: string;
	/** e.g. "Mon-Fri 08:00-17:00; Sat 09:00-13:00". Times past midnight ("22:00-02:00") run into the next day. */
	hours: string;
	/** Dates in that time zone: "2026-12-25" once, "12-25" every year; separated by commas, spaces or lines. */
	holidays?: string;
}

function dayRange(from: string, to: string | undefined): number[] {
	const first = DAYS.indexOf(from);
	const last = to === undefined ? first : DAYS.indexOf(to);
	const days = [first];
	for (let day = first; day !== last; ) {
		day = (day + 1) % 7;
		days.push(day);
	}
	return days;
}

function minutes(hours: string, mins: string, field: string, range: string): number {
	const h = Number(hours);
	const m = Number(mins);
	if (h > 24 || m > 59 || (h === 24 && m !== 0)) throw new DecisionInputError(field, `has an impossible time in "${range}"`);
	return h * 60 + m;
}

/** Parses "Mon-Fri 08:00-17:00, Sat 09:00-13:00" into one flag per minute of the week (Monday 00:00 first). */
export function parseWeeklyHours(spec: string, field = 'Opening Hours'): Uint8Array {
	const open = new Uint8Array(MINUTES_PER_WEEK);
	const groups = spec
		.toLowerCase()
		.split(/[;,\n]+/)
		.map((group) => group.trim())
		.filter((group) => group !== '');
	if (groups.length === 0) throw new DecisionInputError(field, 'is empty; give days and times like "Mon-Fri 08:00-17:00"');
	let waitingDays: number[] = [];
	for (const group of groups) {
		const daysOnly = DAY_SPEC.exec(group);
		if (daysOnly) {
			// "Mon, Wed, Fri 09:00-12:00": days listed before the group that gives their times
			waitingDays.push(...dayRange(daysOnly[1], daysOnly[2]));
			continue;
		}
		const match = GROUP.exec(group);
		if (!match) throw new DecisionInputError(field, `has "${group}", which is not like "Mon-Fri 08:00-17:00"`);
		const days = [...waitingDays, ...dayRange(match[1], match[2])];
		waitingDays = [];
		const ranges = match[3].replace(/\s*-\s*/g, '-').split(/[\s&]+/).filter((range) => range !== '' && range !== 'and');
		for (const range of ranges) {
			const time = TIME_RANGE.exec(range);
			if (!time) throw new DecisionInputError(field, `has "${range}", which is not a time range like 08:00-17:00`);
			const from = minutes(time[1], time[2], field, range);
			let to = minutes(time[3], time[4], field, range);
			if (to <= from) to += MINUTES_PER_DAY;
			for (const day of days) {
				for (let minute = from; minute < to; minute++) open[(day * MINUTES_PER_DAY + minute) % MINUTES_PER_WEEK] = 1;
			}
		}
	}
	if (waitingDays.length > 0) throw new DecisionInputError(field, `lists days without times at the end of "${spec}"`);
	return open;
}

/** "2026-12-25" (once) and "12-25" (every year) → a set of "YYYY-MM-DD" and "MM-DD" keys. */
export function parseHolidays(spec: string, field = 'Holidays'): Set<string> {
	const holidays = new Set<string>();
	for (const item of spec.split(/[\s,;]+/).filter((part) => part !== '')) {
		const full = FULL_DATE.exec(item);
		const yearly = full ? null : YEARLY_DATE.exec(item);
		const month = Number(full ? full[2] : yearly?.[1]);
		const day = Number(full ? full[3] : yearly?.[2]);
		if ((!full && !yearly) || month < 1 || month > 12 || day < 1 || day > 31) {
			throw new DecisionInputError(field, `has "${item}", which is not a date like 2026-12-25 or 12-25`);
		}
		holidays.add(item);
	}
	return holidays;
}

/** A formatter for the weekday, date and time in a time zone; undefined when the zone is unknown. */
function zonedFormat(timeZone: string): Intl.DateTimeFormat | undefined {
	try {
		return new Intl.DateTimeFormat('en-US', {
			timeZone,
			weekday: 'short',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
	} catch {
		return undefined; // RangeError: unknown time zone
	}
}

/** Opening hours in one time zone, compiled once; `isOpen` is then a lookup. */
export class OpeningHours {
	private readonly open: Uint8Array;
	private readonly holidays: Set<string>;
	private readonly format: Intl.DateTimeFormat;

	constructor(settings: OpeningHoursSettings) {
		const format = zonedFormat(settings.timezone);
		if (format === undefined) {
			throw new DecisionInputError('Timezone', `"${settings.timezone}" is not a time zone; use a name like Africa/Nairobi or Europe/Copenhagen`);
		}
		this.format = format;
		this.open = parseWeeklyHours(settings.hours);
		this.holidays = parseHolidays(settings.holidays ?? '');
	}

	/** Whether `time` (ms since 1970) falls in the opening hours, on a day that is not a holiday. */
	isOpen(time: number): boolean {
		const parts: Record<string, string> = {};
		for (const part of this.format.formatToParts(time)) parts[part.type] = part.value;
		const monthDay = `${parts.month}-${parts.day}`;
		if (this.holidays.has(monthDay) || this.holidays.has(`${parts.year}-${monthDay}`)) return false;
		const day = DAYS.indexOf(parts.weekday.toLowerCase());
		const minute = Number(parts.hour) * 60 + Number(parts.minute);
		return this.open[day * MINUTES_PER_DAY + minute] === 1;
	}
}

/** A moment given as ms since 1970, seconds since 1970, an ISO date string or a Date; `undefined`/`""` = now. */
export function readTime(raw: unknown, now: () => number): number | undefined {
	if (raw === undefined || raw === null || raw === '') return now();
	if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.getTime();
	if (typeof raw === 'number') return Number.isFinite(raw) ? (raw < 1e11 ? raw * 1000 : raw) : undefined;
	if (typeof raw === 'string') {
		const text = raw.trim();
		if (/^\d+$/.test(text)) return readTime(Number(text), now);
		const parsed = Date.parse(text);
		return Number.isNaN(parsed) ? undefined : parsed;
	}
	if (typeof raw === 'object' && typeof (raw as { toISOString?: unknown }).toISOString === 'function') {
		// Luxon DateTime ($now) and similar
		return readTime(String((raw as { toISOString: () => string }).toISOString()), now);
	}
	return undefined;
}
