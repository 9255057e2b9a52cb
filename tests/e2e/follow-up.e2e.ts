import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, screenshot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const MANAGER = 'beheer@welzijn-voorbeeldstad.example';
const WORKER = 'wijkcoach@welzijn-voorbeeldstad.example';
const PLACEMENT = '[data-follow-up-row="jeugd.uithuisplaatsing-jaar"]';

/** The 2026 report's follow-up section, as the manager reads it. */
async function reportFollowUp(page: Page) {
	await page.goto(`${inject('baseUrl')}/organisatie/portfolio/2026`, { waitUntil: 'networkidle' });
	const section = page.locator('[data-follow-up]');
	return {
		share: await section.locator('[data-follow-up-share]').textContent(),
		assumed: await section.locator(`${PLACEMENT}[data-assumed]`).count(),
		asked: await section
			.locator(`${PLACEMENT} [data-asked]`)
			.textContent({ timeout: 1000 })
			.catch(() => null),
		happened: await section
			.locator(`${PLACEMENT} [data-happened]`)
			.textContent({ timeout: 1000 })
			.catch(() => null),
		unknown: await section
			.locator(`${PLACEMENT} [data-unknown]`)
			.textContent({ timeout: 1000 })
			.catch(() => null)
	};
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('follow-ups: from estimate to measurement', () => {
	it('a social worker completes a due follow-up on a phone, and the year report moves with it', async () => {
		const manager = await signedIn(browser, MANAGER, 1366);
		const before = await reportFollowUp(manager.page);
		// not yet followed up: listed among the assumptions, not among what was measured
		expect([before.assumed, before.asked]).toEqual([1, null]);
		// other browser tests add cases to the demo year: count from what it says now
		const [followedUp, all] = (/(\d+) van de (\d+) casussen/.exec(before.share ?? '') ?? [])
			.slice(1)
			.map(Number);
		expect(followedUp).toBeGreaterThanOrEqual(2);

		const { page, errors } = await signedIn(browser, WORKER, 375);
		await page.getByRole('link', { name: 'Nametingen' }).click();
		await page.waitForURL(/\/organisatie\/nameting$/);
		expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(375);
		await page.locator('.follow-ups a', { hasText: 'VS-2026-006' }).first().click();
		await page.waitForURL(/\/organisatie\/nameting\/[\w-]+\/6$/);
		await page.waitForLoadState('networkidle');
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe('Nameting na 6 maanden: VS-2026-006');

		// not known yet is a choice of its own, which sets the counts aside
		const notKnown = page.getByLabel('Nog niet bekend voor deze 12 huishoudens');
		await notKnown.check();
		expect(await page.getByLabel('Toch gebeurd (aantal huishoudens)').isDisabled()).toBe(true);
		await expect
			.poll(() => page.getByText('Telt als onbekend, nooit als voorkomen.').count())
			.toBe(1);
		await notKnown.uncheck();
		// twelve households of this type: how many had a child placed after all, how many not
		await page.getByLabel('Toch gebeurd (aantal huishoudens)').fill('1');
		await page.getByLabel('Niet gebeurd (aantal huishoudens)').fill('10');
		await expect.poll(() => page.getByText('De overige 1 telt als onbekend.').count()).toBe(1);
		await page.getByLabel('Uren ondersteuning').fill('40,5');
		// an English-style amount is refused, naming the field, and nothing typed is lost
		await page.getByLabel('Maatwerkbudget besteed (€)').fill('1,200.50');
		await page.getByRole('button', { name: 'Nameting opslaan' }).click();
		const refused = page.getByRole('alert');
		await expect.poll(() => refused.textContent()).toContain('Maatwerkbudget:');
		expect(await page.getByLabel('Uren ondersteuning').inputValue()).toBe('40,5');
		expect(await page.getByLabel('Toch gebeurd (aantal huishoudens)').inputValue()).toBe('1');
		expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(375);
		await screenshot(page, 'follow-up-refused-375');

		await page.getByLabel('Maatwerkbudget besteed (€)').fill('1.200');
		await page.getByRole('button', { name: 'Nameting opslaan' }).click();
		await page.waitForURL(/\/organisatie\/nameting\?ingevuld=/);
		const done = page.locator('section', { has: page.getByRole('heading', { name: /Gedaan/ }) });
		expect(await done.locator('a', { hasText: 'VS-2026-006' }).count()).toBe(1);
		await screenshot(page, 'follow-up-list-375');
		expect(errors).toEqual([]);

		const after = await reportFollowUp(manager.page);
		expect(after.share).toContain(`${followedUp! + 1} van de ${all} casussen zijn nagemeten`);
		expect(after.assumed).toBe(0);
		expect(after.asked?.trim()).toMatch(/^11 van \d+$/);
		expect(after.happened?.trim()).toBe('1');
		expect(after.unknown?.trim()).toBe('1');
		await manager.page
			.locator('[data-follow-up]')
			.screenshot({ path: 'test-results/follow-up-report-1366.png' });
	});

	it('an analyst adopts a measured chance and a case takes it, grade and uncertainty and all', async () => {
		const { page, errors } = await signedIn(browser, MANAGER, 1366);
		await page.goto(`${inject('baseUrl')}/organisatie/nameting/kalibratie`, {
			waitUntil: 'networkidle'
		});
		const eviction = page.locator('li', {
			has: page.getByRole('heading', { name: 'Huisuitzetting, kosten verhuurder' })
		});
		expect(await eviction.textContent()).toMatch(/toch gebeurd bij \d+ van \d+ huishoudens/);
		expect(await eviction.textContent()).toContain('(½ + 10 × 0% +');
		await eviction.getByRole('button', { name: 'Overnemen als eigen aanname' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Overgenomen.');
		const year = new Date().getFullYear();
		expect(await eviction.textContent()).toMatch(new RegExp(`eigen nameting ${year}, n = \\d+`));
		await screenshot(page, 'calibration-1366');

		// P, the chance without help, only from households without it: a waiting list, say
		await eviction.getByText('Vergelijkingsgroep invoeren').click();
		await eviction.getByLabel('Huishoudens zonder deze hulp').fill('1.200');
		await eviction.getByLabel('Waarvan het gebeurde').fill('336');
		await eviction.getByLabel('Omschrijving').fill('wachtlijst wijk Noord, 2025');
		await eviction.getByRole('button', { name: 'Vergelijkingsgroep opslaan' }).click();
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toContain('Vergelijkingsgroep opgeslagen.');
		const without = eviction.locator('section.without');
		expect(await without.textContent()).toContain(
			'gebeurd bij 336 van 1.200 huishoudens zonder deze hulp'
		);
		await without.getByRole('button', { name: 'Overnemen als eigen aanname' }).click();
		await expect
			.poll(() => eviction.locator('section.without').textContent())
			.toMatch(new RegExp(`eigen vergelijkingsgroep ${year}, n = 1\\.200`));

		await page.goto(`${inject('baseUrl')}/organisatie`, { waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'VS-2026-001' }).first().click();
		await page.waitForURL(/\/organisatie\/casussen\//);
		const measured = page.locator('section.measured');
		await expect.poll(() => measured.count()).toBe(1);
		expect((await measured.textContent())?.replace(/\s+/g, ' ')).toContain(
			'Huisuitzetting: deze casus rekent met 0% kans dat het toch gebeurt'
		);
		expect((await measured.textContent())?.replace(/\s+/g, ' ')).toContain(
			'Huisuitzetting: deze casus rekent met 40% kans dat het zonder hulp gebeurt; uw organisatie mat 28,12%'
		);
		await measured.getByRole('button', { name: 'Gebruik de gemeten kansen' }).click();
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toMatch(/Opgeslagen als versie \d+\./);
		await expect.poll(() => page.locator('section.measured').count()).toBe(0);
		expect(errors).toEqual([]);
	});
});
