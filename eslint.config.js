import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The engine is pure: no clock, no randomness, no DOM.
		files: ['src/lib/engine/**/*.ts', 'src/lib/content/**/*.ts'],
		rules: {
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'performance',
				'localStorage',
				'indexedDB'
			],
			'no-restricted-properties': [
				'error',
				{ object: 'Date', property: 'now', message: 'Time is an input to the engine.' },
				{ object: 'Math', property: 'random', message: 'Use the seeded PRNG in the state.' }
			]
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'build-next/',
			'screenshots/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	}
);
