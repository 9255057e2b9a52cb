import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db/database';
import { ThrowawayPostgres } from '../support/throwaway-postgres';
import { DEMO_PASSWORD, launch, screenshot } from './browser';
import { startApp, type RunningApp } from './server';

/**
 * A live round as a class plays it: the trainer's projector and a participant's phone in two
 * browsers, on an app whose PostgreSQL the test can look into, to see that an ended round
 * leaves nothing behind.
 */
let browser: Browser;
let pg: ThrowawayPostgres;
let app: RunningApp;
let db: Database;

beforeAll(async () => {
	browser = await launch();
	pg = await ThrowawayPostgres.create();
	const admin = await openDatabase({ url: pg.url });
	await admin.exec('create database effectwijzer_live');
	await admin.close();
	const url = pg.url.replace(/\/postgres$/, '/effectwijzer_live');
	app = await startApp({ DATABASE_URL: url, EFFECTWIJZER_DEMO: 'on' });
	db = await openDatabase({ url });
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await db?.close();
	await app?.stop();
	pg?.remove();
});

const rows = async (table: string) =>
	(await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

async function screen(
	width: number,
	height: number
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport: { width, height } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return { context, page, errors };
}

/** What of the projector lies outside the screen. */
const outside = (page: Page) =>
	page.evaluate(() => {
		const stage = document.querySelector<HTMLElement>('.projector')!;
		const out: string[] = [];
		if (stage.scrollHeight > stage.clientHeight + 1) out.push(`scrolls ${stage.scrollHeight}px`);
		for (const element of stage.querySelectorAll<HTMLElement>('*')) {
			const box = element.getBoundingClientRect();
			if (box.width <= 1 || box.height <= 1 || element.closest('details:not([open])')) continue;
			if (box.bottom > innerHeight + 1 || box.right > innerWidth + 1)
				out.push(`${element.tagName.toLowerCase()} at ${Math.round(box.bottom)}`);
		}
		return out.slice(0, 3);
	});

describe('a live round of Raad de kosten', () => {
	it(
		'is joined by code from a phone, answered, revealed and scored, and leaves nothing when it ends',
		{ timeout: 120_000 },
		async () => {
			const projector = await screen(1280, 720);
			await projector.page.goto(`${app.baseUrl}/training/live`, { waitUntil: 'networkidle' });
			// a round about one training case, in the trainer's order
			await projector.page
				.getByRole('button', { name: 'Verwijder: Dag- en nachtopvang, per nacht' })
				.click();
			await projector.page.getByLabel('Uit een trainingscasus').selectOption('uithuisplaatsing');
			await projector.page
				.getByRole('button', { name: 'Voeg de kosten van deze casus toe' })
				.click();
			expect(await projector.page.locator('[data-questions] li').count()).toBe(5);
			await projector.page.getByRole('button', { name: 'Start de ronde op de beamer' }).click();
			await projector.page.waitForURL(/\/training\/live\/[A-Z0-9]{5}$/);
			const code = (await projector.page.locator('[data-code]').textContent())!;
			expect(await projector.page.locator('svg[role="img"] path').getAttribute('d')).toMatch(
				/^M\d+ \d+h1v1h-1z/
			);

			const phone = await screen(375, 740);
			await phone.page.goto(`${app.baseUrl}/doe-mee`, { waitUntil: 'networkidle' });
			await phone.page.getByLabel('Code').fill(` ${code.toLowerCase()} `);
			await phone.page.getByRole('button', { name: 'Doe mee' }).click();
			await phone.page.waitForURL(new RegExp(`/doe-mee/${code}$`));
			await phone.page.getByLabel('Je naam in deze ronde').fill('Team Noord');
			await phone.page.getByRole('button', { name: 'Doe mee' }).click();
			// the room joins in the lobby: no question on either screen until the trainer starts
			await expect.poll(() => phone.page.locator('[data-lobby]').count()).toBe(1);
			await expect
				.poll(() => projector.page.locator('[data-lobby] [data-players]').textContent())
				.toContain('Team Noord');
			expect(await projector.page.locator('h1').textContent()).toBe('Wacht tot iedereen meedoet');
			expect(await phone.page.getByLabel('Jouw schatting in euro').count()).toBe(0);
			expect(await outside(projector.page)).toEqual([]);
			await screenshot(projector.page, 'live-projector-lobby');
			await screenshot(phone.page, 'live-phone-lobby');
			await projector.page.keyboard.press('Space');
			const guess = phone.page.getByLabel('Jouw schatting in euro');
			await guess.waitFor();
			// an English number is refused on the phone itself, by name, before anything is sent
			await guess.fill('8,500.50');
			expect(await phone.page.getByRole('alert').textContent()).toContain('Engelse schrijfwijze');
			// a guess that means € 8,50 or € 8.500 is asked about, never taken as either
			await guess.fill('8,500');
			expect(await phone.page.getByRole('alert').textContent()).toContain(
				'“8,500” kan 8,5 of 8.500 betekenen'
			);
			await guess.fill('8.500');
			await phone.page.getByRole('button', { name: 'Verstuur' }).click();
			expect(await phone.page.locator('[data-sent]').textContent()).toContain('€ 8.500');
			await expect
				.poll(() => projector.page.locator('[data-answered]').textContent())
				.toBe('1 van 1 hebben geantwoord');
			expect(await projector.page.locator('[data-players]').textContent()).toContain('Team Noord');
			expect(await outside(projector.page)).toEqual([]);
			await screenshot(projector.page, 'live-projector-question');

			await projector.page.keyboard.press('Space');
			await expect.poll(() => projector.page.locator('[data-actual]').count()).toBe(1);
			const actual = (await projector.page.locator('[data-actual]').textContent())!;
			expect(await projector.page.locator('[data-guesses]').textContent()).toMatch(
				/Team Noord: € 8\.500.*te laag.*punt/
			);
			expect(await projector.page.locator('figure.chart circle').count()).toBe(1);
			expect(await outside(projector.page)).toEqual([]);
			await screenshot(projector.page, 'live-projector-revealed');
			await expect.poll(() => phone.page.locator('[data-actual]').textContent()).toBe(actual);
			expect(await phone.page.locator('[data-result]').textContent()).toMatch(/te laag: \d punt/);
			await screenshot(phone.page, 'live-phone-revealed');

			// a phone that reloads is still Team Noord, with its standing
			await phone.page.reload({ waitUntil: 'networkidle' });
			expect(await phone.page.locator('.round').textContent()).toContain(
				'Je speelt als Team Noord'
			);
			expect(await phone.page.locator('[data-standing]').textContent()).toMatch(/plaats 1 van 1/);
			expect(await rows('live_participants')).toBe(1);

			await projector.page.getByRole('button', { name: 'Volgende vraag' }).click();
			await expect.poll(() => phone.page.locator('.number').textContent()).toBe('Vraag 2 van 5');
			// a new question starts empty on the phone
			expect(await phone.page.getByLabel('Jouw schatting in euro').inputValue()).toBe('');

			projector.page.once('dialog', (dialog) => void dialog.accept());
			await projector.page.getByRole('button', { name: 'Beëindig de ronde' }).click();
			expect(await projector.page.locator('[data-final]').textContent()).toContain('Team Noord');
			await expect
				.poll(() => phone.page.locator('[data-final]').textContent())
				.toMatch(/plaats 1 van 1/);
			// nothing of the round is kept: not the round, not the name, not the guesses
			expect([
				await rows('live_rounds'),
				await rows('live_participants'),
				await rows('live_answers')
			]).toEqual([0, 0, 0]);
			expect(projector.errors).toEqual([]);
			expect(phone.errors).toEqual([]);
			await projector.context.close();
			await phone.context.close();
		}
	);

	it('lets a trainer compose a round on a phone without scrolling sideways', async () => {
		const phone = await screen(375, 740);
		await phone.page.goto(`${app.baseUrl}/training/live`, { waitUntil: 'networkidle' });
		expect(
			await phone.page.evaluate(() => document.documentElement.scrollWidth)
		).toBeLessThanOrEqual(375);
		await phone.page.getByLabel('Uit een trainingscasus').selectOption('uithuisplaatsing');
		await phone.page.getByRole('button', { name: 'Voeg de kosten van deze casus toe' }).click();
		expect(
			await phone.page.evaluate(() => document.documentElement.scrollWidth)
		).toBeLessThanOrEqual(375);
		expect(phone.errors).toEqual([]);
		await phone.context.close();
	});

	it('says a mistyped code is wrong, and a round that is over is gone', async () => {
		const phone = await screen(375, 740);
		await phone.page.goto(`${app.baseUrl}/doe-mee?code=12`, { waitUntil: 'networkidle' });
		expect(await phone.page.getByRole('alert').textContent()).toMatch(/^Code: "12" is geen code/);
		await phone.page.goto(`${app.baseUrl}/doe-mee/ABCDE`, { waitUntil: 'networkidle' });
		expect(await phone.page.getByRole('alert').textContent()).toContain('bestaat niet (meer)');
		expect(phone.errors).toEqual([]);
		await phone.context.close();
	});

	it('keeps a composed round for the organisation once signed in, and plays it again', async () => {
		const trainer = await screen(1280, 900);
		await trainer.page.goto(`${app.baseUrl}/inloggen`, { waitUntil: 'networkidle' });
		await trainer.page.getByLabel('E-mailadres').fill('beheer@welzijn-voorbeeldstad.example');
		await trainer.page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
		await trainer.page.getByRole('button', { name: 'Inloggen' }).click();
		await trainer.page.waitForURL(/\/organisatie$/);
		await trainer.page.goto(`${app.baseUrl}/training/live`, { waitUntil: 'networkidle' });
		await trainer.page.getByLabel('Zoek een kengetal').fill('deurwaarder');
		await trainer.page
			.getByRole('button', { name: /^Voeg toe: Dagvaarding door de gerechtsdeurwaarder/ })
			.click();
		await trainer.page.getByLabel('Naam van de ronde').fill('Schulden en wonen');
		await trainer.page.getByRole('button', { name: 'Bewaar voor mijn organisatie' }).click();
		await expect
			.poll(() => trainer.page.locator('[data-kept="organisation"]').textContent())
			.toContain('Schulden en wonen (7)');
		await trainer.page.getByRole('button', { name: 'Bewaar in deze browser' }).click();
		expect(await trainer.page.locator('[data-kept="browser"]').textContent()).toContain(
			'Schulden en wonen'
		);
		// a new visit starts from the default round; the kept one brings its seven questions back
		await trainer.page.reload({ waitUntil: 'networkidle' });
		expect(await trainer.page.locator('[data-questions] li').count()).toBe(6);
		await trainer.page
			.locator('[data-kept="organisation"]')
			.getByRole('button', { name: 'Gebruik Schulden en wonen' })
			.click();
		expect(await trainer.page.locator('[data-questions] li').count()).toBe(7);
		const [kept] = await db.query<{ name: string; n: number }>(
			'select name, cardinality(unit_cost_ids) as n from live_round_templates'
		);
		expect(kept).toEqual({ name: 'Schulden en wonen', n: 7 });
		expect(trainer.errors).toEqual([]);
		await trainer.context.close();
	});
});
