import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ARTEFACTS,
	launch,
	screenshot,
	seriousViolations,
	signedIn as signedInAs
} from './browser';

const MANAGER = 'beheer@welzijn-voorbeeldstad.example';
const WORKER = 'wijkcoach@welzijn-voorbeeldstad.example';
const FUNDER = 'beleid@gemeente-voorbeeldstad.example';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const signedIn = (email: string) => signedInAs(browser, email);

describe('an organisation in the browser', () => {
	it('refuses a wrong password without saying whether the account exists', async () => {
		const page = await browser.newPage();
		await page.goto(`${inject('baseUrl')}/inloggen`, { waitUntil: 'networkidle' });
		await page.getByLabel('E-mailadres').fill(MANAGER);
		await page.getByLabel('Wachtwoord').fill('not the password');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		const alert = page.getByRole('alert');
		expect(await alert.textContent()).toContain(
			'Inloggen lukt niet met dit e-mailadres en wachtwoord.'
		);
		expect(await page.getByLabel('E-mailadres').inputValue()).toBe(MANAGER);
		await page.close();
	});

	it('keeps a case from the calculator: refuses a name as code, warns about a name in the text, saves once confirmed', async () => {
		const { page, errors } = await signedIn(WORKER);
		await page.goto(`${inject('baseUrl')}/`, { waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'Bewaar bij mijn organisatie' }).click();
		// The page takes the case from the address and then drops it from there at once, so the
		// address with the case may be gone before it could be seen: wait for the page instead.
		await page.waitForURL(/casussen\/nieuw/);
		await expect
			.poll(() => page.getByLabel(/Casus \(JSON/).inputValue(), { timeout: 10_000 })
			.toContain('effectwijzer-scenario/1');
		expect(page.url()).not.toContain('#casus=');

		await page.getByLabel('Casuscode', { exact: true }).fill('Jan Jansen');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		expect(await page.getByRole('alert').first().textContent()).toContain(
			'Casuscode: 3 tot 24 letters'
		);
		await expect
			.poll(() => page.getByLabel(/Casus \(JSON/).inputValue())
			.toContain('effectwijzer-scenario/1');

		await page.getByLabel('Casuscode', { exact: true }).fill('VS-2026-050');
		await page.getByLabel('Toelichting').fill('Eerste gesprek met mevrouw Jansen over de huur');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('naam: “mevrouw Jansen”');
		await page.getByLabel('Ik heb dit gecontroleerd').check();
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await page.waitForURL(/casussen\/[\w-]{36}\?opgeslagen=VS-2026-050$/);
		expect(await page.locator('h1').textContent()).toContain('VS-2026-050');
		expect(await page.getByRole('status').textContent()).toBe('Opgeslagen als VS-2026-050.');
		expect(await page.locator('[data-figure="net"] dd').textContent()).toMatch(/€/);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('refuses the second of two saves of one case, shows both versions, and keeps the second when asked', async () => {
		const worker = await signedIn(WORKER);
		const manager = await signedIn(MANAGER);
		for (const { page } of [worker, manager]) {
			await page.getByRole('link', { name: 'VS-2026-002' }).click();
			await page.waitForURL(/casussen\/[\w-]{36}$/);
		}
		await worker.page.getByLabel('Aantal huishoudens', { exact: true }).fill('26');
		await worker.page.getByRole('button', { name: 'Opslaan' }).click();
		expect(await worker.page.getByRole('status').textContent()).toMatch(/versie \d+/);

		await manager.page.getByLabel('Aantal huishoudens', { exact: true }).fill('30');
		await manager.page.getByRole('button', { name: 'Opslaan' }).click();
		expect(await manager.page.getByRole('alert').first().textContent()).toContain(
			'heeft deze casus intussen opgeslagen'
		);
		const versions = manager.page.locator('.conflict article');
		expect(await versions.nth(0).textContent()).toContain('26');
		expect(await versions.nth(1).textContent()).toContain('30');
		await screenshot(manager.page, 'case-conflict');
		await manager.page.getByRole('button', { name: 'Mijn versie toch opslaan' }).click();
		expect(await manager.page.getByRole('status').textContent()).toMatch(/versie \d+/);
		expect(await manager.page.getByLabel('Aantal huishoudens', { exact: true }).inputValue()).toBe(
			'30'
		);
		expect([...worker.errors, ...manager.errors]).toEqual([]);
		await worker.page.context().close();
		await manager.page.context().close();
	});

	// prints a PDF, reloads, switches language, establishes a version and signs the funder in:
	// 6 s alone, more beside the other browser tests on two cores
	it(
		'prints the year portfolio on A4 with its figures, sources and caveat, and the funder sees the same report',
		{ timeout: 90_000 },
		async () => {
			const { page, errors } = await signedIn(MANAGER);
			await page.getByRole('link', { name: 'Jaarportfolio 2026' }).click();
			await page.waitForURL(/portfolio\/2026/);
			const npv = (await page.locator('[data-figure="societal-npv"]').textContent())!;
			expect(npv).toMatch(/^€ [\d.]+,\d\d$/);
			const pdf = await page.pdf({ preferCSSPageSize: true });
			mkdirSync(ARTEFACTS, { recursive: true });
			writeFileSync(`${ARTEFACTS}/portfolio-2026.pdf`, pdf);
			const info = execFileSync('pdfinfo', [`${ARTEFACTS}/portfolio-2026.pdf`], {
				encoding: 'utf8'
			});
			expect(info).toMatch(/\(A4\)/);
			const text = execFileSync('pdftotext', [`${ARTEFACTS}/portfolio-2026.pdf`, '-'], {
				encoding: 'utf8'
			})
				.replace(/\s+/g, ' ')
				.toLowerCase();
			for (const expected of [
				'Welzijn Voorbeeldstad',
				'Jaarportfolio 2026',
				npv,
				'Kengetallen versie',
				'Bronnen',
				'schattingen op basis van aannames',
				'Samenvatting voor bestuurders',
				'Afgedrukt op',
				'door Mira (beheer), Welzijn Voorbeeldstad',
				'Status: concept',
				'pagina 1 van'
			])
				expect(text).toContain(expected.toLowerCase());
			// the cases behind each figure, which open on screen, are printed as text
			expect(text).toMatch(/gemeente totaal .*? \d+: vs-2026-\d{3}, /);
			expect(text).not.toContain('afdrukken');

			// a full load brings the report in the page; switching language fetches it again
			await page.reload({ waitUntil: 'networkidle' });
			expect(await page.locator('[data-figure="societal-npv"]').textContent()).toBe(npv);
			await page.getByRole('button', { name: 'EN', exact: true }).click();
			await expect
				.poll(() => page.locator('.portfolio h1').textContent())
				.toBe('Annual portfolio 2026');
			expect(await page.locator('[data-figure="societal-npv"]').textContent()).toBe(
				npv.replace('€ ', '€').replace(/\./g, '#').replace(',', '.').replace(/#/g, ',')
			);
			await page.getByRole('button', { name: 'NL', exact: true }).click();
			await expect
				.poll(() => page.locator('.portfolio h1').textContent())
				.toBe('Jaarportfolio 2026');

			const csv = await page.request.get(
				await page
					.getByRole('link', { name: 'CSV', exact: true })
					.getAttribute('href')
					.then((h) => new URL(h!, page.url()).href)
			);
			expect(csv.headers()['content-type']).toContain('text/csv');
			expect(await csv.text()).toMatch(/^section,key,label,measure,value\r\n/);
			expect(errors).toEqual([]);

			// a funder reads an established version, never the concept: establish it as it is now
			const establish = page.getByRole('button', { name: /^Vaststellen als versie \d+$/ });
			if ((await establish.count()) > 0) {
				await establish.click();
				await page.waitForLoadState('networkidle');
				expect(await page.getByRole('status').first().textContent()).toMatch(/is vastgesteld/);
			}
			const funder = await signedIn(FUNDER);
			await funder.page
				.getByRole('link', { name: /Jaarportfolio 2026 van Welzijn Voorbeeldstad/ })
				.click();
			await funder.page.waitForURL(/gedeeld\/[\w-]{36}$/);
			expect(await funder.page.locator('[data-figure="societal-npv"]').textContent()).toBe(npv);
			expect(await funder.page.locator('.portfolio a[href*="/casussen/"]').count()).toBe(0);
			expect(funder.errors).toEqual([]);
			await funder.page.context().close();

			// the report follows a change to one of its cases at once
			await page.goto(`${inject('baseUrl')}/organisatie`, { waitUntil: 'networkidle' });
			await page.getByRole('link', { name: 'VS-2026-004' }).click();
			await page.waitForURL(/casussen\/[\w-]{36}$/);
			await page.getByLabel('Aantal huishoudens', { exact: true }).fill('200');
			await page.getByRole('button', { name: 'Opslaan' }).click();
			expect(await page.getByRole('status').textContent()).toMatch(/versie \d+/);
			await page.goto(`${inject('baseUrl')}/organisatie/portfolio/2026`, {
				waitUntil: 'networkidle'
			});
			expect(await page.locator('[data-figure="societal-npv"]').textContent()).not.toBe(npv);
			await page.context().close();
			// while the funder keeps reading the version it was given
			const later = await signedIn(FUNDER);
			await later.page
				.getByRole('link', { name: /Jaarportfolio 2026 van Welzijn Voorbeeldstad/ })
				.click();
			await later.page.waitForURL(/gedeeld\/[\w-]{36}$/);
			expect(await later.page.locator('[data-figure="societal-npv"]').textContent()).toBe(npv);
			await later.page.context().close();
		}
	);

	it(
		'has no serious or critical accessibility violations in the organisation area (axe-core)',
		{ timeout: 90_000 },
		async () => {
			const { page } = await signedIn(MANAGER);
			const base = inject('baseUrl');
			const caseLink = await page.getByRole('link', { name: 'VS-2026-001' }).getAttribute('href');
			for (const path of [
				'/organisatie',
				'/organisatie/casussen/nieuw',
				new URL(caseLink!, page.url()).pathname,
				'/organisatie/portfolio/2026',
				'/organisatie/kengetallen',
				'/organisatie/delen',
				'/organisatie/gebruikers',
				'/organisatie/logboek'
			]) {
				await page.goto(base + path, { waitUntil: 'networkidle' });
				expect(await seriousViolations(page), path).toEqual([]);
			}
			await page.context().close();
		}
	);

	it('signs out, after which the organisation area asks to sign in again', async () => {
		const { page } = await signedIn(WORKER);
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await page.waitForURL(/\/$/);
		await page.goto(`${inject('baseUrl')}/organisatie`);
		expect(page.url()).toContain('/inloggen?terug=%2Forganisatie');
		const cookies = await page.context().cookies();
		expect(cookies.find((c) => c.name === 'effectwijzer_session')).toBeUndefined();
		await page.context().close();
	});
});
