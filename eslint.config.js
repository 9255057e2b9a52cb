import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', 'dist/', '.svelte-kit/', 'node_modules/', 'test-results/', 'data/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
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
		// The engine is pure: it imports decimal.js and itself, and reads no clock, DOM or I/O.
		files: ['src/lib/engine/**/*.ts'],
		ignores: ['src/lib/engine/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?!decimal\\.js$|\\.{1,2}/)',
							message: 'The engine imports decimal.js and its own modules, nothing else.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				{ name: 'Date', message: 'No dates from the clock in the engine.' },
				{ name: 'window', message: 'No DOM in the engine.' },
				{ name: 'document', message: 'No DOM in the engine.' }
			]
		}
	},
	{
		// ... and a relative import may not climb out of it.
		files: ['src/lib/engine/*.ts'],
		ignores: ['src/lib/engine/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?!decimal\\.js$|\\./)',
							message: 'The engine imports decimal.js and its own modules, nothing else.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/engine/*/*.ts'],
		ignores: ['src/lib/engine/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?!decimal\\.js$|\\./|\\.\\./(?!\\.\\.))',
							message: 'The engine imports decimal.js and its own modules, nothing else.'
						}
					]
				}
			]
		}
	},
	{
		// Outside the engine, only its door: src/lib/engine/index.ts.
		files: ['src/**/*.ts', 'src/**/*.svelte', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
		ignores: ['src/lib/engine/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)engine/(?!index$).+',
							message:
								"Import the engine through its door: '$lib/engine' (src/lib/engine/index.ts)."
						}
					]
				}
			]
		}
	}
);
