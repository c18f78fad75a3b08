// The engine's public surface.
export * from './actions';
export { relearn, relearnQuote } from './relearn';
export {
	quoteHire,
	hiresPaid,
	hireCashShare,
	HIRE_CASH_WARN_SHARE,
	hireOutruns,
	hireRunway,
	salaryPerResearcher,
	salariesOf,
	HIRE_RUNWAY,
	letGoQuote,
	payrollAfterHire,
	PAYROLL_WARN_SHARE,
	type HireAmount
} from './hiring';
export { advance, quietSteps } from './advance';
export { cloneState } from './clone';
export {
	achievementView,
	checkAchievements,
	progressOf,
	recordMetAchievements,
	type AchievementView,
	type Progress
} from './achievements';
export { allTimeTotals, statistics, type Statistics, type EraTime } from './statistics';
export { recordSeries, SERIES_EVERY } from './history';
export { Decimal, D0, isFiniteDecimal } from './decimal';
export { between, flow, type Flow } from './flow';
export { cashTrend, netIncome, rentPerSec, type CashTrend } from './cash-trend';
export { cashLoss, LOSS_WARN_WITHIN, splitLoss, type CashLoss, type SplitLoss } from './cash-loss';
export { rehireWay, type RehireWay } from './rehire-way';
export * from './market';
export * from './market-outlook';
export * from './wait-remedy';
export * from './settled-price';
export * from './price-verdict';
export { priceCover, type PriceCover } from './price-cover';
export { unitAsRun } from './fleet-sums';
export * from './formulas';
export {
	standings,
	playerLeads,
	playerRank,
	goalBar,
	gateGoal,
	takesGoal,
	PLAYER_ID,
	type GoalBar,
	type Standing
} from './leaderboard';
export { eraWelcome, newGame, newMeta, openingPrice } from './new-game';
export { money, moneyScale } from './money';
export * from './prestige';
export {
	activeEvent,
	buildHold,
	canHappen,
	eventEffect,
	eventCardShown,
	eventPending,
	startEvent,
	eventOptionDef
} from './world-events';
export { eventChoices, eventFee } from './event-choice';
export { setStandingAnswer, standingAnswers } from './standing-answer';
export { researchMaxQuote, researchCheapest, MAX_LEVELS_AT_ONCE } from './research-max';
export { insightPiles, INSIGHT_PILE } from './research-pile';
export { WORLD_KINDS } from './news';
export { eventAdvice } from './event-advice';
export * from './endless';
export * from './epoch-odds';
export * from './cloud';
export * from './cloud-actions';
export * from './edge';
export * from './edge-actions';
export { distilView, swarmView, type DistilView, type SwarmView } from './edge-view';
export {
	capacityAt,
	powerPriceIndex,
	rates,
	rehireCash,
	runwayCash,
	REHIRE_RUNWAY,
	rehireDue,
	shareThatServes,
	trainingBoost,
	trainingPace,
	type Rates
} from './rates';
export { keepingRates } from './rates-kept';
export * from './state';
export { powerCoversIn, powerLands, throttleAfter, whenPowerLands } from './throttle-after';
export { step } from './step';
export { awayReport, type AwayReport, type ChartPoint } from './away-report';
export { type AwayCashFell, type AwayCashOut } from './away-cash-out';
export * from './run-plan';
export { bandEdges, capabilityAt, disappoints, usualLowAt } from './run-band';
export * from './run-pace';
export * from './run-pause';
export * from './run-beats';
export { runSizeMeaning, type RunSizeMeaning } from './run-size-meaning';
export { runSuggestion, type RunSuggestion } from './run-suggestion';
export {
	FAR_HORIZON,
	goalForecast,
	PACE_HORIZON,
	researchPace,
	type GoalForecast,
	type ResearchPace
} from './goal-forecast';
export { ETA_HORIZON, goalEta, type GoalEta } from './goal-eta';
export * from './purchases';
export * from './contract-price';
export { powerBillShare, trainingBill } from './bill-share';
export * from './fleet-max';
export * from './memory-buy';
export * from './memory-fix';
export { gateWorse } from './models';
export * from './memory-story';
export * from './planned-fit';
export { buyIncome, pastPowerBuy, type BuyIncome, type PastPowerBuy } from './buy-income';
export { beamBuy, type BeamBuy } from './beam-buy';
export { campusIncome, type CampusIncome } from './campus-income';
export * from './automation-settings';
export { autoReleaseHeld, autoReleaseHold, schedulerOn, type ReleaseHold } from './automation';
export { autoBuyNext } from './auto-buy';
export { apply, type Action, type LoggedAction } from './apply';
export {
	cloudView,
	leaseEndsWithin,
	NIGHT_HOURS,
	rentOrBuyIncome,
	type CloudView,
	type RentOrBuyIncome
} from './cloud-view';
export * from './hyperscale';
export * from './hyperscale-actions';
export { hyperscaleView, openCampusWatts, type HyperscaleView } from './hyperscale-view';
export {
	arrivalIn,
	inDark,
	launchPremium,
	nextWindow,
	orbitOf,
	servingLight,
	shipsAt
} from './orbit';
export { cargo, charterCost, orbitView, type OrbitView } from './orbit-actions';
export { launchTrade, noGainReason, type LaunchTrade, type NoGainReason } from './orbit-trade';
export {
	collectorFlops,
	idleEffect,
	keptWatts,
	panelCost,
	panelsBuilding,
	panelsOrdered,
	panelWatts,
	starOf,
	starRunFlops
} from './dyson';
export { billNow, netPrice, cutPay, sourceBillLine, stationKeeping } from './power-sources';
export { CUT_BILL_SHARE, powerCutShare } from './power-cut';
export {
	beamToPower,
	keptAllIncome,
	spareBothWays,
	starView,
	type SpareWatts,
	type StarView
} from './dyson-view';
export { beamRuled, beamSteered } from './auto-beam';
export { beamAdvice, beamRun, KEEP_TRAINS, type BeamAdvice, type BeamRun } from './beam-advice';
export {
	powerSource,
	THROTTLE_SLIGHT,
	throttleFix,
	throttleSlight,
	type PowerSource,
	type ThrottleFix,
	type ThrottleStep
} from './throttle-fix';
export {
	batchTokens,
	buildsFar,
	farFlops,
	farOf,
	farQuote,
	farUnits,
	farValue,
	labCompute,
	labTrainShare,
	unitsBySite
} from './moon-mars';
export {
	farRunPart,
	farStepFactor,
	farTotalFactor,
	moonMarsView,
	siteGains,
	siteQuotes,
	type MoonMarsView,
	type SiteGain
} from './moon-mars-view';
export { farCapBuy, type FarCapBuy } from './far-cap-buy';
export * from './loyalty';
export * from './capacity-planner';
export * from './match-demand';
export * from './match-run';
export { spareUse, type SpareUse } from './spare-use';
export {
	experimentsUnstaffed,
	experimentsView,
	spareShown,
	recipeBehind,
	type ExperimentsView
} from './experiments';
export { recipeNow, withRecipe } from './recipe';
export { START_SPLIT_WARN, startSplit, type StartSplit } from './start-split';
