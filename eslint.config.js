import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'data/'] },
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
		// The engine is pure: it may not reach for the clock, the DOM, zod or any I/O.
		files: ['src/lib/engine/**/*.ts'],
		ignores: ['src/lib/engine/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['zod', 'svelte', 'svelte/*', 'd3*', '$app/*', 'node:*', 'fs', 'path'],
							message: 'The engine imports decimal.js and nothing else.'
						},
						{
							group: [
								'$lib/catalog/*',
								'$lib/schemas/*',
								'$lib/server/*',
								'../catalog/*',
								'../schemas/*'
							],
							message: 'Dependencies point one way: nothing above the engine.'
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
	}
);
