// Number formatting for players in their chosen notation: letters (K, M, B, T, then the
// one-part names to 999Dec; past them scientific, as compound letters like "QaTg" read as
// noise), scientific or engineering. Each figure by its own size: one past the letters is
// scientific, the others beside it keep their letters (playtest 8 read tokens "5.54e11" once
// the cash alone was past them), except where a line compares figures of one quantity
// (lineNotation). Pure apart from the notation getter the UI installs.
import Decimal from 'break_infinity.js';
import { inWords, suffixOf, WORD_GAP } from './suffixes';

/** In letters, figures under 10^SMALLEST read "<0.01": "0.00077 tok/s" says nothing a player can use. */
const SMALLEST = -2;
const SMALLEST_TEXT = '0.01';

/** A figure's sign: the minus sign (U+2212), as the −10 / −1 buttons beside figures write it,
 * never a hyphen (playtest 10 read "-103M/s" beside "−10"). An exponent's sign stays a hyphen. */
export const MINUS = '\u2212';

/** Letters name groups 1…LETTER_GROUPS-1 (K … Dec, one-part names); from 10^(3 × LETTER_GROUPS) on, scientific. */
export const LETTER_GROUPS = 12;

/** The first figure letters do not name: 1e36. */
const PAST_LETTERS = new Decimal(`1e${3 * LETTER_GROUPS}`);

/** break_infinity's exponent for Infinity. */
const EXPONENT_LIMIT = 9e15;

export type Numeric = Decimal | number;

/** How big numbers are written: letters (K, M, B…), scientific (1.23e9), engineering (1.23e9 → 1.23e9, 12.3e9). */
export type Notation = 'suffix' | 'scientific' | 'engineering';

let currentNotation: () => Notation = () => 'suffix';

/**
 * Where the player's notation comes from. The UI passes a getter over its reactive
 * preferences, so every formatted number re-renders when the setting changes.
 */
export function useNotation(get: () => Notation): void {
	currentNotation = get;
}

export const notation = (): Notation => currentNotation();

function toParts(value: Numeric): { mantissa: number; exponent: number; sign: number } {
	if (typeof value === 'number' && !Number.isFinite(value))
		return { mantissa: NaN, exponent: 0, sign: 1 };
	const d = value instanceof Decimal ? value : new Decimal(value);
	// break_infinity turns Infinity into exponent 9e15 without a word: that is not a number.
	if (!Number.isFinite(d.mantissa) || !(Math.abs(d.exponent) < EXPONENT_LIMIT)) {
		return { mantissa: NaN, exponent: 0, sign: 1 };
	}
	if (d.mantissa === 0) return { mantissa: 0, exponent: 0, sign: 1 };
	return { mantissa: Math.abs(d.mantissa), exponent: d.exponent, sign: Math.sign(d.mantissa) };
}

/**
 * "950", "1.23K", "45.6M", "1 Quad", … "999 Dec", then "1.00e36" (letters stop at the last
 * one-part name; a word's start is set apart by a narrow no-break space, WORD_GAP).
 * Three significant digits (fewer below 1000 when the value is whole); in letters, under 0.01
 * reads "<0.01". Never "NaN": a broken value shows as "—".
 */
export function formatNumber(value: Numeric, digits = 3, style: Notation = notation()): string {
	// Significant digits: at least one (0 asked toFixed for -1 digits and threw, killing the screen).
	digits = Math.min(20, Math.max(1, Math.floor(digits) || 1));
	const { mantissa, exponent, sign } = toParts(value);
	if (Number.isNaN(mantissa)) return '—';
	const minus = sign < 0 ? MINUS : '';
	if (mantissa === 0) return '0';
	if (style === 'engineering' && (exponent >= 3 || exponent < -2))
		return minus + engineering(mantissa, exponent, digits);
	if (exponent < 3) {
		const n = mantissa * Math.pow(10, exponent);
		if (exponent < -2) {
			if (style !== 'suffix') return `${minus}${mantissa.toFixed(digits - 1)}e${exponent}`;
			// Letters never meet exponents on a line: small figures are decimals, the tiniest
			// said to be under the smallest one shown.
			if (exponent < SMALLEST) return sign < 0 ? `>${MINUS}${SMALLEST_TEXT}` : `<${SMALLEST_TEXT}`;
			return `${minus}${trim(n.toFixed(digits - 1 - exponent))}`;
		}
		if (Number.isInteger(n)) return `${minus}${n}`;
		const decimals = Math.max(0, digits - 1 - Math.max(0, exponent));
		return `${minus}${trim(n.toFixed(decimals))}`;
	}
	const group = Math.floor(exponent / 3);
	if (style === 'suffix' && group < LETTER_GROUPS) {
		let scaled = mantissa * Math.pow(10, exponent - group * 3);
		let g = group;
		let text = scaled.toFixed(Math.max(0, digits - 1 - (exponent - group * 3)));
		if (Number(text) >= 1000) {
			g += 1;
			scaled /= 1000;
			text = scaled.toFixed(digits - 1);
		}
		if (g < LETTER_GROUPS) return `${minus}${trim(text)}${lettersOf(g)}`;
	}
	let m = Number(mantissa.toFixed(digits - 1));
	let e = exponent;
	if (m >= 10) {
		m /= 10;
		e += 1;
	}
	return `${minus}${m.toFixed(digits - 1)}e${e}`;
}

/** A group's letters as they follow a figure: a one-letter suffix at once ("1.23K"), a word's
 * start after a narrow no-break space ("815 Sept", "101 Oct"). Run together, playtest 20
 * read "$101Oct" as "$1010ct" and could not tell where the figure ended. */
function lettersOf(group: number): string {
	const letters = suffixOf(group);
	return letters.length > 1 ? WORD_GAP + letters : letters;
}

/** "12.3e9": the exponent a multiple of three, the mantissa 1…999 with `digits` significant digits. */
function engineering(mantissa: number, exponent: number, digits: number): string {
	let e = Math.floor(exponent / 3) * 3;
	let m = mantissa * Math.pow(10, exponent - e);
	let text = m.toFixed(Math.max(0, digits - 1 - (exponent - e)));
	if (Number(text) >= 1000) {
		e += 3;
		m /= 1000;
		text = m.toFixed(digits - 1);
	}
	return `${text}e${e}`;
}

/**
 * The notation for a line that shows all these figures: the player's, except that letters
 * give way to scientific for the whole line once one figure is past them, so a line never
 * reads "1.30e43 tok/s wanted · 38.6Sext capacity".
 */
export function lineNotation(...values: Numeric[]): Notation {
	const style = notation();
	if (style !== 'suffix') return style;
	for (const v of values) {
		const d = v instanceof Decimal ? v : new Decimal(v);
		if (d.abs().gte(PAST_LETTERS)) return 'scientific';
	}
	return style;
}

/**
 * lineNotation for figures formatSI writes with a unit ("FLOP", "B", "W"): each judged by the
 * figure before its prefix (past Q, its count of Q's), not by its raw size, so a run of
 * 10^60 FLOP reads "1Non QFLOP" in letters, as the header's compute does (playtest 9 read
 * "5.00e3 QFLOP/s" on a card whose price was past the letters, beside "13,861 QFLOP/s").
 */
export function unitNotation(...values: Numeric[]): Notation {
	return lineNotation(
		...values.map((v) => (v instanceof Decimal ? v : new Decimal(v)).div(LAST_PREFIX))
	);
}

function trim(text: string): string {
	return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Below this, a count is written in full. */
const COUNT_IN_FULL = 1e6;

/**
 * Counts and other quantities that stay small beside the lab's scale (units of a card, insight,
 * a buy's ×N): in full below a million ("300", "1,200", "36,000"), past it in the notation
 * ("3.00e6", "3M"). Playtest 6 read "300 insight" beside "1.20e3 insight" on one screen, and
 * counts printed raw: "3000700 on Mars", "Buy ×1000000".
 */
export function formatCount(value: Numeric, style: Notation = notation()): string {
	const d = value instanceof Decimal ? value : new Decimal(value);
	const whole = Math.round(Math.abs(d.toNumber()));
	if (!(whole < COUNT_IN_FULL && whole >= 1000)) {
		const text = formatNumber(d, 3, style);
		// An exact count keeps only the digits it has ("Buy ×1e6", not "×1.00e6").
		const bare = text.replace(/\.0+(?=e)/, '');
		return bare !== text && new Decimal(bare).eq(d) ? bare : text;
	}
	return Math.round(d.toNumber()).toLocaleString('en-US');
}

/** A multiple, "×" after it: written as a count ("3.85×", "3,850×", past a million in the
 * notation). Playtest 8 read "3.85e3×" for a research multiplier. */
export function formatTimes(value: Numeric, style: Notation = notation()): string {
	return `${formatCount(value, style)}×`;
}

/** A multiple in words, as a player reads it in a sentence: "74.1 times", "3,850 times", "108
 * billion times" (playtest 19 read the grid price's climb as "108B×"); in scientific or
 * engineering, the figure the player chose ("1.08e11 times"). */
export function formatTimesInWords(value: Numeric, style: Notation = notation()): string {
	const text = formatCount(value, style);
	return `${style === 'suffix' ? inWords(text) : text} times`;
}

export function formatMoney(value: Numeric, style: Notation = notation()): string {
	const small =
		typeof value === 'number' ? Math.abs(value) : Math.abs(new Decimal(value).toNumber());
	if (small > 0 && small < 0.01) return '<$0.01';
	// Under $10, cents: "$0.30" beside "$0.29" (playtest 7 read "$0.3" beside "$0.29" in one
	// column). Whole dollars stay whole ("$5", "$600").
	if (small < 10 && !Number.isInteger(small)) {
		const n = typeof value === 'number' ? value : new Decimal(value).toNumber();
		const cents = Math.abs(n).toFixed(2);
		return n < 0 ? `${MINUS}$${cents}` : `$${cents}`;
	}
	const text = formatNumber(value, 3, style);
	return text.startsWith(MINUS) ? `${MINUS}$${text.slice(1)}` : `$${text}`;
}

export function formatPercent(share: number, digits = 0): string {
	if (!Number.isFinite(share)) return '—';
	const text = (share * 100).toFixed(digits);
	// A share that is something but rounds to nothing says so: "(0% of them)" read as none.
	if (share > 0 && Number(text) === 0) return `<${(10 ** -digits).toFixed(digits)}%`;
	// And one short of the whole never reads whole: playtest 6 read "throttled 100%" for a fleet
	// drawing 2.01e15 of 2.00e15 W. It takes one more decimal, rounded down ("99.5%").
	return share < 1 && Number(text) >= 100 ? percentDown(share, digits + 1) : `${text}%`;
}

/** A share with `digits` decimals, rounded down (a share short of a limit never reads it). */
export function percentDown(share: number, digits: number): string {
	return `${(Math.floor(share * 10 ** (digits + 2)) / 10 ** digits).toFixed(digits)}%`;
}

/** Demand's mood: a release's hype above 0 as the multiple it puts on demand ("hype ×1.12",
 * "hype ×111": demand is the base times 1 + hype), customers lost to latency below ("customers
 * −45%"). One form for hype at any size: playtest 4 read "+91%" on one card and "×2.3" on
 * another, the form switching at +100%. */
export function formatHype(hype: number): string {
	if (!Number.isFinite(hype)) return '—';
	if (hype >= 0) return `hype ×${formatNumber(1 + hype, 3, 'suffix')}`;
	// A loss under 1 % takes a decimal (playtest 7 read "customers −<1%"); under 0.1 %, words.
	const lost = -hype;
	if (lost >= 0.01) return `customers −${formatPercent(lost)}`;
	return lost >= 0.001 ? `customers −${formatPercent(lost, 1)}` : 'customers: a few lost';
}

/** A change of a small figure (a capability's), signed, to `decimals`: "+1.5", "−20.5". The
 * minus sign, as every figure's (playtest 17 read "(-20.5)" at the launch gate); one that rounds
 * to nothing has no sign. */
export function formatChange(change: number, decimals = 1): string {
	if (!Number.isFinite(change)) return '—';
	const text = Math.abs(change).toFixed(decimals);
	if (Number(text) === 0) return text;
	return `${change < 0 ? MINUS : '+'}${text}`;
}

/** A signed rate: "+1.2K/s", "−3/s". */
export function formatRate(value: Numeric, unit = '/s', style: Notation = notation()): string {
	const text = formatNumber(value, 3, style);
	const signed = text.startsWith(MINUS) || /^[<>—]/.test(text) || text === '0';
	return `${signed ? '' : '+'}${text}${unit}`;
}

const SI = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y', 'R', 'Q'];

/** The last metric prefix's power of ten: Q, quetta, 10^30. */
const LAST_PREFIX = new Decimal(`1e${3 * (SI.length - 1)}`);

/** 10^exponent, for the gridlines of a log axis (any exponent, beyond 1e308 too). */
export function powerOfTen(exponent: number): Decimal {
	return Decimal.pow(10, exponent);
}

/** The space between a figure and its unit: it never breaks ("450 W" stays on one line). */
const NBSP = '\u00a0';

/**
 * Physical quantities with SI prefixes: "50 TFLOP/s", "278 EB", "2 kW" (a no-break space before
 * the unit), in every notation: a metric prefix is part of the unit, not one of the notation's
 * letters (playtest 7 read "2.78e20 bytes" once a late lab's screen had turned scientific, and
 * "45 QFLOP/s" reads the same on every screen). Past Q (10^30) the figure counts Q's in the
 * notation, as every other figure is written: letters ("13.9K QFLOP/s", a space between them so
 * the letter is not read as a prefix), or exponents ("2.78e5 QB"; "278e3 QB" in engineering),
 * never a bare unit. Playtest 9 read "13,861 QFLOP/s" beside "5.00e3 QFLOP/s" and tokens in
 * letters.
 */
export function formatSI(value: Numeric, unit: string, style: Notation = notation()): string {
	const { mantissa, exponent, sign } = toParts(value);
	if (Number.isNaN(mantissa)) return '—';
	// A lone "B" beside a figure reads as billions ("2.00e19 B" beside "1.1B" tokens: playtest 6):
	// without a metric prefix, bytes are spelled out.
	const bare = unit === 'B' ? 'bytes' : unit;
	if (mantissa === 0) return `0${NBSP}${bare}`;
	if (exponent < 0) return `${formatNumber(value, 3, style)}${NBSP}${bare}`;
	const minus = sign < 0 ? MINUS : '';
	const group = Math.floor(exponent / 3);
	if (group < SI.length) {
		const scaled = mantissa * Math.pow(10, exponent - group * 3);
		const text = trim(scaled.toFixed(Math.max(0, 2 - (exponent - group * 3))));
		if (Number(text) < 1000) return `${minus}${text}${NBSP}${SI[group]}${group ? unit : bare}`;
		if (group + 1 < SI.length)
			return `${minus}${trim((scaled / 1000).toFixed(2))}${NBSP}${SI[group + 1]}${unit}`;
	}
	// At least a thousand: a figure that rounds up to "1000 Q…" is 1K of them.
	const count = Decimal.max(new Decimal(value).abs().div(LAST_PREFIX), 1000);
	return `${minus}${formatNumber(count, 3, style)}${NBSP}${SI.at(-1)}${unit}`;
}
