// How a broke lab's idle researchers come back, said on the Lab's loss card beside "Payroll
// missed". Playtest 31's Cloud lab held $7T with its eight researchers down tools for hours: the
// card said "once sales pay them and cash holds 5 minutes of salaries", the player read the cash
// as plenty, and found by trial that letting two go brought the rest back at once.
import type { EraContent } from '../content';
import { cloneState } from './clone';
import type { Decimal } from './decimal';
import { rates, type Rates } from './rates';
import { lettingGo, rehireCash, runwayCash } from './rehire';
import type { GameState } from './state';
import { step } from './step';

export interface RehireWay {
	/** The cash that brings them back once sales pay them (rehireCash: REHIRE_SECONDS of their
	 * salaries and of the bill the power cut saves). Playtest 35 read "5 minutes of salaries",
	 * worked out $900, and found them idle at $1.13K: the cut's part was not said. */
	rehire: Decimal;
	/** The cash that brings them all back whatever the sales (runwayCash: an hour of them). */
	runway: Decimal;
	/** The fewest researchers to let go for the rest to come back within a second (null: letting
	 * any number go short of all brings none back now). */
	letGo: number | null;
	/** With them let go, the power cut lifts too (the lab is no longer broke: rehireDue). */
	lifts: boolean;
}

/** With `n` researchers let go (rehire.ts lettingGo, never all), after one step: null when the
 * rest are not back at work (rates.ts staffed), else whether the power cut lifted too. */
function backAfter(s: GameState, c: EraContent, n: number): { lifts: boolean } | null {
	const t = cloneState(s);
	lettingGo(t, n);
	step(t, c);
	return rates(t, c).staffed ? { lifts: !t.idle } : null;
}

/** Null unless the researchers are down tools (a broke lab whose sales do not pay them). */
export function rehireWay(s: GameState, c: EraContent, r: Rates): RehireWay | null {
	if (!s.idle || r.staffed || s.researchers <= 0) return null;
	const runway = runwayCash(r);
	const rehire = rehireCash(r);
	// Fewer researchers are paid sooner (their salaries fall, the sales stay): the fewest let go
	// that brings the rest back, by halving, by the rule itself (one step, rehireDue and staffed).
	let hi = s.researchers - 1;
	let back = hi >= 1 ? backAfter(s, c, hi) : null;
	if (!back) return { rehire, runway, letGo: null, lifts: false };
	let lo = 0;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		const at = backAfter(s, c, mid);
		if (at) {
			hi = mid;
			back = at;
		} else lo = mid;
	}
	return { rehire, runway, letGo: hi, lifts: back.lifts };
}
