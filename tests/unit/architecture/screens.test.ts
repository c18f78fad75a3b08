// Screens format; the engine computes. Every figure a screen shows comes from an engine
// selector (listed below per file), no UI file does Decimal arithmetic, and the UI changes
// the game only through actions and the runtime's named methods.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/lib/engine';

const UI = 'src/lib/ui';
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
const sources = files(UI).map((path) => ({
	file: relative(UI, path),
	text: readFileSync(path, 'utf8')
}));

/** The engine values each UI file imports (types left out). */
function engineImports(text: string): string[] {
	const names: string[] = [];
	for (const m of text.matchAll(
		/import\s*(type\s*)?\{([^}]*)\}\s*from\s*'(?:\$lib\/engine|(?:\.\.\/)+engine)'/g
	)) {
		if (m[1]) continue;
		for (const name of m[2].split(',').map((s) => s.trim()))
			if (name && !name.startsWith('type ')) names.push(name);
	}
	return names.sort();
}

// prettier-ignore
const SELECTORS: Record<string, string[]> = {
	'Live.svelte': ['eventPending', 'insightPiles', 'nextEraOpen', 'priceAdvice'],
	'away/AwayReport.svelte': ['WORLD_KINDS', 'waitRemedy'],
	'era/AutoBuyNext.svelte': ['autoBuyNext', 'powerSource'],
	'era/AutomationCard.svelte': ['AUTOMATION_RANGES', 'autoReleaseRule', 'automationValueOk', 'hasAutomation', 'nextContract', 'perkOpen'],
	'era/EraScreen.svelte': [
		'goalBar',
		'goalForecast',
		'goalProgress',
		'nextEraId',
		'playerLeads',
		'playerRank'
	],
	'era/FinalScreen.svelte': ['EPOCH_MOAT_SHARE', 'EPOCH_POINTS', 'allTimeTotals', 'endlessView', 'inEndless'],
	'era/PerkShop.svelte': ['perkCost', 'perkIdle', 'perkOpen'],
	'era/PrestigeCard.svelte': ['EPOCH_POINTS', 'moatGain', 'moatPace', 'nextEraId'],
	'era/StandingAnswers.svelte': ['standingAnswers'],
	'fleet/CampusSites.svelte': ['campusIncome', 'hyperscaleView'],
	'fleet/CloudRental.svelte': ['LEASES', 'NIGHT_HOURS', 'cloudView', 'rentOrBuyIncome'],
	'fleet/SwarmRecruit.svelte': ['distilView', 'recruitQuote', 'swarmView'],
	'fleet/OrbitLaunch.svelte': ['launchTrade', 'orbitView'],
	'fleet/DysonPanels.svelte': ['starView', 'stationKeeping'],
	'fleet/FarSites.svelte': ['farStepFactor', 'farTotalFactor', 'moonMarsView'],
	'fleet/SitePrices.svelte': ['buildsFar', 'farCapBuy', 'farRunPart', 'siteGains', 'siteQuotes', 'unitsOnOrder'],
	'fleet/StarBeam.svelte': ['KEEP_TRAINS', 'beamAdvice', 'beamSteered', 'spareBothWays'],
	'fleet/memory-fix-text.ts': ['FAR_OUT', 'farOutOfReach'],
	'lab/StarShare.svelte': ['starView'],
	'lab/OrbitSky.svelte': ['orbitView'],
	'fleet/FleetScreen.svelte': [
		'arrivalIn',
		'buildHold',
		'buildsFar',
		'buyIncome',
		'contractBill',
		'contractCost',
		'fleetMaxQuote',
		'gridPriceClimb',
		'pastPowerBuy',
		'quoteHardware',
		'throttleAfter',
		'unitAsRun',
		'unitsBySite'
	],
	'fleet/PowerWarning.svelte': ['openCampusWatts', 'pastPowerBuy', 'powerSource', 'whenPowerLands'],
	'fleet/PowerCard.svelte': [
		'billNow',
		'keptFromChips',
		'openCampusWatts',
		'powerBillShare',
		'powerCutLine',
		'powerLands',
		'powerUse',
		'rehireCash',
		'sourceBillLine',
		'starView',
		'stationKeeping',
		'throttleFix',
		'trainingBill'
	],
	'fleet/fleet-notation.ts': ['contractBill', 'contractCost', 'hyperscaleView', 'quoteHardware'],
	'fleet/MemoryBuyNote.svelte': ['memoryBuy'],
	'fleet/BeamBuyNote.svelte': ['beamBuy'],
	'fleet/memory-buy-text.ts': ['MEMORY_BUY_QUOTE_MAX'],
	'fleet/MemoryFixNote.svelte': ['memoryFix'],
	'fleet/MemoryMeter.svelte': ['memoryStory', 'memoryView', 'powerCoversIn', 'swarmFit'],
	'hints/hints.ts': ['DEFAULT_TRAIN_SHARE', 'powerUse'],
	'lab/CashLoss.svelte': ['REHIRE_SECONDS', 'priceCover', 'rehireWay'],
	'lab/lab-loss.ts': ['cashLoss'],
	'lab/SplitLoss.svelte': ['splitLoss'],
	'lab/DemandBar.svelte': [
		'customersWait',
		'demandBar',
		'experimentsView',
		'lostCustomers',
		'loyaltyView',
		'soldOutRemedy',
		'spareShown',
		'spareUse',
		'tierOutlook'
	],
	'lab/DistilChoice.svelte': ['distilView'],
	'lab/EventBanner.svelte': [
		'activeEvent',
		'eventAdvice',
		'eventCardShown',
		'eventChoices',
		'eventEffect',
		'eventPending'
	],
	'lab/gate-words.ts': ['MIN_RELEASE_FIT'],
	'lab/LaunchGate.svelte': [
		'autoReleaseHold',
		'autoReleaseRule',
		'gateGoal',
		'memoryView',
		'nextEraOpen',
		'releaseOutlook',
		'schedulerOn',
		'tokensGrowMoat'
	],
	'lab/TrainServe.svelte': [
		'experimentsUnstaffed',
		'experimentsView',
		'farRunPart',
		'hasAutomation',
		'matchDemand',
		'matchRun',
		'runPause',
		'starRunFlops',
		'trainingBoost'
	],
	'lab/experiments-text.ts': ['spareShown'],
	'lab/StartRun.svelte': ['plannedFit'],
	'lab/LabShare.svelte': ['farRunPart', 'labTrainShare', 'starRunFlops'],
	'lab/RunCard.svelte': ['bandEdges', 'capabilityBand', 'expectedRunTime', 'goalBar', 'leaseEndsWithin', 'noRunBeats', 'orbitView', 'plannedMemory', 'plannedTrainShare', 'recipeBehind', 'runFlop', 'runPause', 'runProgress', 'runSizeMeaning', 'runSizesOffered', 'runTimeLeft', 'schedulerOn', 'startSplit'],
	'lab/RunMemory.svelte': ['farOutOfReach', 'plannedFit'],
	'lab/EpochOddsLine.svelte': ['epochOdds'],
	'lab/RunBeam.svelte': ['beamRun', 'keptAllIncome'],
	'lab/RunOutlook.svelte': ['goalForecast', 'runSuggestion'],
	'lab/run-outlook-text.ts': ['POINTS_PER_DECADE'],
	'lab/planned-size.svelte.ts': ['runSizesOffered', 'suggestedRunSize'],
	'market/MarketScreen.svelte': ['bestPriceTier', 'pricePerMillion', 'standings', 'tierOutlook'],
	'market/PriceAdvice.svelte': ['priceAdvice', 'priceVerdict', 'settledPrice', 'tierOutlook'],
	'research/research-words.ts': [
		'HIRE_CASH_WARN_SHARE',
		'PAYROLL_WARN_SHARE',
		'capabilityGain',
		'idleEffect'
	],
	'research/ResearchBuy.svelte': ['researchCost', 'researchMaxQuote'],
	'research/ResearchScreen.svelte': [
		'REHIRE_SECONDS',
		'canResearch',
		'hireCashShare',
		'hireOutruns',
		'hireRunway',
		'letGoQuote',
		'payrollAfterHire',
		'quoteHire',
		'relearnQuote',
		'researchLevel',
		'salariesOf',
		'salaryPerResearcher'
	],
	'shell/face-of.ts': ['between', 'labCompute', 'labTrainShare', 'powerCutShare', 'throttleSlight'],
	'shell/save-preview.ts': ['cashLoss'],
	'stats/AchievementList.svelte': ['achievementView', 'progressOf'],
	'stats/StatsSheet.svelte': ['endlessView', 'inEndless', 'statistics']
};

/** Engine functions that change the state: the UI issues actions through the runtime instead. */
const MUTATORS = [
	'apply',
	'advance',
	'step',
	'buy',
	'hire',
	'letGo',
	'release',
	'research',
	'startRun',
	'setTrainShare',
	'setPriceTier',
	'signContract',
	'buyPerk',
	'setAutomation',
	'startNewEra',
	'startEvent',
	'checkAchievements',
	'recordSeries'
];

/** Decimal arithmetic a UI file may do, and why (formatting, not a rule). */
// (None today: log axes are labelled through format/number's powerOfTen.)
const FORMATTING: Record<string, RegExp> = {};

describe('the screens', () => {
	it('read the engine through these selectors (and the list is complete)', () => {
		const used = Object.fromEntries(
			sources
				.map(({ file, text }) => [file, engineImports(text)] as const)
				.filter(([, names]) => names.length > 0)
		);
		expect(used).toEqual(SELECTORS);
		for (const names of Object.values(SELECTORS))
			for (const name of names) expect(engine, name).toHaveProperty(name);
	});

	it('call no engine function that changes the state', () => {
		const called = sources.flatMap(({ file, text }) =>
			engineImports(text)
				.filter((name) => MUTATORS.includes(name))
				.map((name) => `${file}: ${name}`)
		);
		expect(called).toEqual([]);
	});

	it('do no Decimal arithmetic beyond formatting', () => {
		const found = sources.flatMap(({ file, text }) =>
			text
				.split('\n')
				.map((line, i) => ({ line, at: `${file}:${i + 1}` }))
				.filter(({ line }) => /\.(mul|div|add|sub|pow)\(/.test(line))
				.filter(({ line }) => !FORMATTING[file]?.test(line))
				.map(({ line, at }) => `${at}: ${line.trim()}`)
		);
		expect(found).toEqual([]);
	});

	it('write no field of the game: they act, or call a named method', () => {
		const writes = sources.flatMap(({ file, text }) =>
			[...text.matchAll(/\bgame\.[\w.]+\s*(?:=(?!=)|\+=|-=|\+\+|--)/g)].map(
				(m) => `${file}: ${m[0]}`
			)
		);
		expect(writes).toEqual([]);
		const closures = sources.filter(({ text }) => /game\.act\(\s*(\(|function)/.test(text));
		expect(closures.map((s) => s.file)).toEqual([]);
	});
});

describe('the check itself', () => {
	it('would catch arithmetic, a write and a closure action', () => {
		expect(/\.(mul|div|add|sub|pow)\(/.test('snap.r.price.mul(1e6)')).toBe(true);
		expect(/\bgame\.[\w.]+\s*(?:=(?!=)|\+=|-=|\+\+|--)/.test('game.notice = null')).toBe(true);
		expect(/\bgame\.[\w.]+\s*(?:=(?!=)|\+=|-=|\+\+|--)/.test('game.notice === null')).toBe(false);
		expect(/game\.act\(\s*(\(|function)/.test('game.act((s) => buy(s))')).toBe(true);
		expect(engineImports("import { buy, type Amount } from '$lib/engine';")).toEqual(['buy']);
	});
});
