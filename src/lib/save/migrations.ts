// Numbered migrations. Each entry upgrades a state from version `from` to `from + 1`.
// Versions are integers and run in numeric order (never sorted as text: 10 after 9).
import { SCHEMA_VERSION } from '../engine/state';
import { SaveError } from './validate';

export type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

/** from version → the step to from + 1. Empty while only version 1 has shipped. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrate(
	state: Record<string, unknown>,
	target = SCHEMA_VERSION,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS
): Record<string, unknown> {
	let version = state.schema;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		throw new SaveError('The save has no valid version number.', 'no-version');
	}
	if (version > target) {
		throw new SaveError(
			`This save comes from a newer version of Frontier (save format ${version}; this version reads up to ${target}). Update the game to load it; the save is left as it is.`,
			'newer-version'
		);
	}
	let current = state;
	while (version < target) {
		const step = migrations[version];
		if (!step) throw new SaveError(`No migration from save format ${version}.`, 'no-migration');
		current = { ...step(current), schema: version + 1 };
		version += 1;
	}
	return current;
}
