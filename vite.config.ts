import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale'],
			emitGitIgnore: false,
			emitReadme: false
		}),
		sveltekit({
			adapter: adapter(),
			paths: { origin: process.env.ORIGIN || undefined },
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					// 'unsafe-hashes' with this hash lets exactly one style attribute through: that of
					// SvelteKit's route announcer, on pages that run in the browser (the directory)
					'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		})
	],
	ssr: {
		// bundled into the server build rather than loaded from node_modules at run time: Node's ESM
		// loader parses a package's whole `exports` map again for every module of the package it
		// loads, and drizzle-orm's is 178 KB; its ~110 modules left ~150 MB of garbage that grew the
		// heap at every start. zod (95 modules, small exports map) is bundled too: about 3 MB less
		// (see the Footprint section of BENCHMARKS.md)
		noExternal: ['drizzle-orm', 'zod']
	},
	server: { port: 3000 }
});
