import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_QUESTIONS, MAX_QUESTIONS } from './live';
import { RoundComposer } from './live-composer.svelte';

const WORDS = {
	full: 'vol',
	nameMissing: 'naam ontbreekt',
	kept: (name: string) => `${name} bewaard`
};
const PATHS = {
	rounds: '/api/live',
	templates: '/api/live/templates',
	template: (id: string) => `/t/${id}`
};

describe('composing a live round', () => {
	const held = globalThis as { localStorage?: unknown };
	let requests: { path: string; method: string; body?: unknown }[];
	beforeEach(() => {
		const items = new Map<string, string>();
		held.localStorage = {
			getItem: (k: string) => items.get(k) ?? null,
			setItem: (k: string, v: string) => void items.set(k, v),
			removeItem: (k: string) => void items.delete(k)
		};
		requests = [];
		vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
			requests.push({
				path,
				method: init.method!,
				body: init.body && JSON.parse(String(init.body))
			});
			if (path === PATHS.templates && init.method === 'GET')
				return new Response('{}', { status: 401 });
			return Response.json({ code: 'KWMNP' });
		});
	});
	afterEach(() => {
		delete held.localStorage;
		vi.unstubAllGlobals();
	});
	const composer = () =>
		new RoundComposer(
			() => 'nl',
			() => WORDS,
			PATHS
		);

	it('adds questions once each, up to the most a round holds, and says when it is full', () => {
		const c = composer();
		c.questions = [];
		c.query = 'uitzetting';
		const first = c.found[0]!.id;
		c.add([first, first]);
		expect(c.questions).toEqual([first]);
		expect(c.found.map((e) => e.id)).not.toContain(first);
		c.query = '';
		c.domain = 'zorg';
		c.add(c.found.map((e) => e.id));
		expect(c.questions).toHaveLength(MAX_QUESTIONS);
		expect(c.problem).toBe('vol');
	});

	it('moves and removes questions, and takes a kept round without unit costs gone since', () => {
		const c = composer();
		const [a, b] = DEFAULT_QUESTIONS;
		c.move(0, 1);
		expect(c.questions.slice(0, 2)).toEqual([b, a]);
		c.remove(a!);
		expect(c.questions).not.toContain(a);
		c.use({ name: 'oud', unitCostIds: [a!, 'bestaat.niet'] });
		expect(c.questions).toEqual([a]);
	});

	it('keeps a named round in this browser, and reads it back on opening', async () => {
		const c = composer();
		c.keepHere();
		expect(c.problem).toBe('naam ontbreekt');
		c.roundName = '  Wonen  ';
		c.keepHere();
		expect(c.notice).toBe('Wonen bewaard');
		const again = composer();
		await again.open();
		expect(again.keptHere).toEqual([{ name: 'Wonen', unitCostIds: [...DEFAULT_QUESTIONS] }]);
		expect(again.keptOrg).toBeNull();
		again.forgetHere('Wonen');
		await composer().open();
		expect(composer().keptHere).toEqual([]);
	});

	it('starts the round with its questions and gives its code', async () => {
		const c = composer();
		expect(await c.start()).toBe('KWMNP');
		expect(requests.at(-1)).toEqual({
			path: '/api/live',
			method: 'POST',
			body: { questions: [...DEFAULT_QUESTIONS] }
		});
		expect(c.starting).toBe(false);
	});
});
