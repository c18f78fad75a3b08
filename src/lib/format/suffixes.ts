// The letters of the default notation and what they say in words: K thousand, M million, B,
// T, then the start of each word (Quad quadrillion … Dec decillion), then the -illions built
// from their Latin parts (UDc undecillion, Vg vigintillion, Ce centillion…) up to 10^3002. Pure.

// Past T, each name is its word's start, so it reads as the word: playtest 8 could not tell
// "Sx" from "Sp" ("+$297Sx/s", "$487Sp"), nor "Qa" from "Qi", and "$60Oc" read as "600c".
const FIRST = ['', 'K', 'M', 'B', 'T', 'Quad', 'Quint', 'Sext', 'Sept', 'Oct', 'Non', 'Dec'];
const FIRST_WORDS = [
	'',
	'thousand',
	'million',
	'billion',
	'trillion',
	'quadrillion',
	'quintillion',
	'sextillion',
	'septillion',
	'octillion',
	'nonillion',
	'decillion'
];
const UNITS = ['', 'U', 'D', 'T', 'Qa', 'Qi', 'Sx', 'Sp', 'Oc', 'No'];
const TENS = ['', 'Dc', 'Vg', 'Tg', 'Qd', 'Qq', 'Sg', 'St', 'Og', 'Ng'];
const HUNDREDS = ['', 'Ce', 'Dn', 'Tc', 'Qe', 'Qu', 'Sc', 'Si', 'Oe', 'Ne'];
const UNIT_WORDS = ['', 'un', 'duo', 'tre', 'quattuor', 'quin', 'sex', 'septen', 'octo', 'novem'];
const TEN_WORDS = [
	'',
	'deci',
	'viginti',
	'triginta',
	'quadraginta',
	'quinquaginta',
	'sexaginta',
	'septuaginta',
	'octoginta',
	'nonaginta'
];
const HUNDRED_WORDS = [
	'',
	'centi',
	'ducenti',
	'trecenti',
	'quadringenti',
	'quingenti',
	'sescenti',
	'septingenti',
	'octingenti',
	'nongenti'
];

/** What stands between a figure and a suffix that is a word's start ("2\u202fOct"): a narrow
 * no-break space (playtest 20 read "$101Oct" as "$1010ct"). One-letter suffixes follow at once. */
export const WORD_GAP = '\u202f';

/** Groups of three digits with a letter suffix: 10^(3 × group). */
export const SUFFIX_GROUPS = 1001;

/** The suffix of 10^(3 × group), group 0…1000 ('' for 0). */
export function suffixOf(group: number): string {
	if (group < FIRST.length) return FIRST[group];
	const n = group - 1; // the -illion's number: 10 is decillion
	return UNITS[n % 10] + TENS[Math.floor(n / 10) % 10] + HUNDREDS[Math.floor(n / 100)];
}

/** The word for 10^(3 × group): "thousand", "sextillion", "undecillion". */
export function wordOf(group: number): string {
	if (group < FIRST_WORDS.length) return FIRST_WORDS[group];
	const n = group - 1;
	const stem =
		UNIT_WORDS[n % 10] + TEN_WORDS[Math.floor(n / 10) % 10] + HUNDRED_WORDS[Math.floor(n / 100)];
	return `${stem.replace(/[aeiou]$/, '')}illion`;
}

/** The SI prefixes before a physical unit ("RFLOP/s", "24 GB", "2 kW"): each with its own
 * name, its power of ten and the word it stands for (R ronna, 10^27, octillion). */
export const SI_PREFIXES = (
	[
		['k', 'kilo'],
		['M', 'mega'],
		['G', 'giga'],
		['T', 'tera'],
		['P', 'peta'],
		['E', 'exa'],
		['Z', 'zetta'],
		['Y', 'yotta'],
		['R', 'ronna'],
		['Q', 'quetta']
	] as const
).map(([prefix, name], i) => ({ prefix, name, power: 3 * (i + 1), word: FIRST_WORDS[i + 1] }));

/** The units that take an SI prefix, as the formatters write them. */
const SI_UNIT = '(?:FLOP/s|FLOP|Wh|W|B)(?![A-Za-z])';
// A figure before its prefixed unit: digits, or past Q a count of Q's in letters ("13.9K QFLOP/s").
const SI_FIGURE = new RegExp(
	`(\\d(?:${WORD_GAP}?[A-Z][A-Za-z]{0,5})?)\u00a0([kMGTPEZYRQ])(?=${SI_UNIT})`,
	'g'
);
const siWord = new Map(SI_PREFIXES.map((p) => [p.prefix as string, p.word]));

let byLetters: Map<string, string> | null = null;

/** The word a suffix stands for ("Sx" → "sextillion"), or undefined. */
export function suffixWord(suffix: string): string | undefined {
	if (!byLetters) {
		byLetters = new Map();
		for (let g = 1; g < SUFFIX_GROUPS; g++) byLetters.set(suffixOf(g), wordOf(g));
	}
	return byLetters.get(suffix);
}

/**
 * A text with every figure said in words: "38.6Sx tok/s" → "38.6 sextillion tok/s",
 * "$1.30e43" → "$1.30 times ten to the 43". Other text is left as it is.
 */
export function inWords(text: string): string {
	return text
		.replace(SI_FIGURE, (_, digit: string, prefix: string) => `${digit} ${siWord.get(prefix)} `)
		.replace(
			/(\d)\u202f?([A-Z][A-Za-z]{0,5})(?![A-Za-z])/g,
			(all, digit: string, letters: string) => {
				const word = suffixWord(letters);
				return word ? `${digit} ${word}` : all;
			}
		)
		.replace(/(\d)e(-?\d+)\b/g, '$1 times ten to the $2');
}

/**
 * Only the figures of a text that read differently in words, each said in words, joined by
 * " · " ("1.30e43 tok/s wanted · 38.6Sx capacity" → "1.30 times ten to the 43 · 38.6
 * sextillion"): short enough for a toast, whatever the line around them.
 */
export function figuresInWords(text: string): string {
	const figures =
		text.match(
			new RegExp(
				`\\$?\\d[\\d.,]*(?:(?:e-?\\d+|${WORD_GAP}?[A-Z][A-Za-z]{0,5}(?![a-z]))(?:\u00a0[kMGTPEZYRQ]${SI_UNIT})?|\u00a0[kMGTPEZYRQ]${SI_UNIT})`,
				'g'
			)
		) ?? [];
	return figures
		.map((figure) => inWords(figure))
		.filter((words, i) => words !== figures[i])
		.join(' · ');
}

/** Whether a text holds a figure with a letter suffix or an exponent (something to say in words). */
export function hasBigFigure(text: string): boolean {
	return inWords(text) !== text;
}

/** The legend of the letters: the first `count` suffixes with their power of ten and word. */
export function suffixLegend(count: number): { suffix: string; power: number; word: string }[] {
	return Array.from({ length: Math.min(count, SUFFIX_GROUPS - 1) }, (_, i) => ({
		suffix: suffixOf(i + 1),
		power: 3 * (i + 1),
		word: wordOf(i + 1)
	}));
}

/** How the later letters are built: each part with its Latin word ("Vg" viginti…). */
export const SUFFIX_PARTS = {
	units: UNITS.slice(1).map((s, i) => [s, UNIT_WORDS[i + 1]] as const),
	tens: TENS.slice(1).map((s, i) => [s, TEN_WORDS[i + 1]] as const),
	hundreds: HUNDREDS.slice(1).map((s, i) => [s, HUNDRED_WORDS[i + 1]] as const)
};
