// ESLint: the recommended rules of ESLint, typescript-eslint (without the type-checked set, to stay
// fast) and eslint-plugin-svelte, then eslint-config-prettier so that no rule argues with Prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

export default defineConfig(
	globalIgnores(['build/', '.svelte-kit/', 'src/lib/paraglide/', 'drizzle/', 'tests/fixtures/', '.tmp/', 'data/', 'test-results/']),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: {
			// the server, scripts, benches and tests run on Node; pages run in the browser
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// a leading underscore names what is left out on purpose: fields taken out of an object
			// before the rest is passed on (`{ schema: _schema, ...rest }`), parameters an interface
			// requires but an implementation does not read, elements skipped in a destructured array
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			// links are made by localHref (Paraglide's localizeHref, which adds the locale) and the app
			// has no base path (vite.config.ts sets none), so resolve() from $app/paths would change
			// nothing; it flagged 75 links and a goto(), among them links to a space's own website
			'svelte/no-navigation-without-resolve': 'off',
			// {' – '}, {' · '} and {' '} keep a space that Svelte would drop at the edge of an {#if}
			// block; the rule has no option to allow whitespace, and all its findings were of that kind
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			// SvelteKit's options live in vite.config.ts (there is no svelte.config.js): the
			// plugin's defaults (routes in src/routes) are those of this project
			parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] }
		}
	}
);
