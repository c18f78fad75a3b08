// The rival labs of the Garage era. Every name is invented.
import type { RivalDef } from './types';

export const GARAGE_RIVALS: readonly RivalDef[] = [
	{
		id: 'parallax',
		name: 'Parallax Labs',
		modelFamily: 'Prism',
		color: '#f472b6',
		startCapability: 12,
		cadence: 900,
		stride: 4,
		ambition: 4
	},
	{
		id: 'quillon',
		name: 'Quillon AI',
		modelFamily: 'Quill',
		color: '#60a5fa',
		startCapability: 9,
		cadence: 600,
		stride: 3,
		ambition: 2
	},
	{
		id: 'deepfathom',
		name: 'Deepfathom',
		modelFamily: 'Fathom',
		color: '#fbbf24',
		startCapability: 7,
		cadence: 1200,
		stride: 5,
		ambition: 6
	}
];
