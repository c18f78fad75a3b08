// The counters as the player last saw them ("the face"), kept in localStorage at each save,
// so the first paint shows them before the game's code has loaded (first-load JS budget,
// `npm run bench -- build`). Plain strings: painting them needs no engine and no formatting.
export interface Face {
	compute: string;
	computeUnit: string;
	/** "50% training" (of the lab's compute: engine labTrainShare), or "throttled 80%" (then
	 * `computeWarn`). */
	computeNote: string;
	computeWarn: boolean;
	tokens: string;
	tokenRate: string;
	cash: string;
	/** The income per second; with `cashReinvested`, automation spends it on hardware as it
	 * comes in (the cash itself does not grow by it). */
	cashRate: string;
	cashFalls: boolean;
	cashReinvested: boolean;
}

export const FACE_KEY = 'frontier/face';

/** A new game's counters (a unit test holds it equal to the engine's new game, formatted). */
export const NEW_GAME_FACE: Face = {
	compute: '100',
	computeUnit: 'TFLOP/s',
	computeNote: '0% training',
	computeWarn: false,
	tokens: '0',
	tokenRate: '+12M/s',
	cash: '$25',
	cashRate: '+0.33/s',
	cashFalls: false,
	cashReinvested: false
};

const FIELDS: Record<keyof Face, 'string' | 'boolean'> = {
	compute: 'string',
	computeUnit: 'string',
	computeNote: 'string',
	computeWarn: 'boolean',
	tokens: 'string',
	tokenRate: 'string',
	cash: 'string',
	cashRate: 'string',
	cashFalls: 'boolean',
	cashReinvested: 'boolean'
};

/** The saved face, or null (none, unreadable, or storage refused). */
export function readFace(): Face | null {
	try {
		const face: unknown = JSON.parse(localStorage.getItem(FACE_KEY) ?? 'null');
		if (!face || typeof face !== 'object') return null;
		for (const [k, type] of Object.entries(FIELDS))
			if (typeof (face as Record<string, unknown>)[k] !== type) return null;
		return face as Face;
	} catch {
		return null;
	}
}

export function writeFace(face: Face): void {
	try {
		localStorage.setItem(FACE_KEY, JSON.stringify(face));
	} catch {
		// Storage full or refused: the next visit paints the counters a moment later.
	}
}
