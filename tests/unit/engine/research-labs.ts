// A repeatable research project of a lab's era that is open to it (insight aside): research ×max's
// unit and browser tests (research-max.test, playtest34.spec).
import { eraContent } from '../../../src/lib/content';
import { cloneState, researchMaxQuote, type GameState } from '../../../src/lib/engine';
import { Decimal } from '../../../src/lib/engine/decimal';

export function openRepeatable(s: GameState) {
	const c = eraContent(s.eraId);
	const rich = cloneState(s);
	rich.insight = new Decimal(1e300);
	const def = [...c.research.values()].find(
		(p) => p.repeatable && researchMaxQuote(rich, c, p.id).count > 0
	)!;
	return { c, id: def.id };
}
