// When a perk not yet sold opens, in words, for the perk shop and the Automation card: its era,
// or, for the Research director (afterGoal), the last era's goal.
import { ERAS, type PerkDef } from '$lib/content';

/** "from the Cloud", or "past Dyson's goal" (the last era, named without "the"). */
export function perkOpensText(perk: PerkDef): string {
	const era = ERAS[(perk.fromEra ?? 1) - 1];
	return perk.afterGoal ? `past ${era.name}'s goal` : `from the ${era.name}`;
}
