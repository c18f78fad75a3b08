// Prints a late-game save record (the active player's lab after 30 more days) as JSON.
import { eraContent } from '../../src/lib/content';
import { advance } from '../../src/lib/engine';
import { makeRecord } from '../../src/lib/save/record';
import { playActive } from '../../src/lib/sim/players';

const { state } = playActive(3);
advance(state, eraContent(state.eraId), 30 * 86_400);
process.stdout.write(JSON.stringify(makeRecord(state, Date.now(), 1)));
