import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formulasOf, numberIn } from '../support/spreadsheet';
import { ARTEFACTS, DEMO_PASSWORD, launch, screenshot, signedIn } from './browser';
import { Visitor } from './http';

/**
 * A year report from concept to established version, as an analyst and a funder use it: the
 * analyst establishes, the funder reads that version and no later change, sees what changed
 * between versions, and reads every provider's report added up in one overview. A year of its
 * own (2027), so the demo's 2026 stays as other tests know it.
 */
const MANAGER = 'beheer@welzijn-voorbeeldstad.example';
const FUNDER = 'beleid@gemeente-voorbeeldstad.example';
const YEAR = 2027;
const EXAMPLE = readFileSync('examples/maatwerk-huurachterstand.json', 'utf8');

let browser: Browser;
const manager = new Visitor(inject('baseUrl'));
const funder = new Visitor(inject('baseUrl'));
let shareId = '';

async function signIn(visitor: Visitor, email: string) {
	const res = await visitor.post('/inloggen', { email, password: DEMO_PASSWORD });
	expect(res.action?.type, res.text).toBe('redirect');
}

async function newCase(caseCode: string, times: number) {
	const res = await manager.post('/organisatie/casussen/nieuw', {
		caseCode,
		year: String(YEAR),
		times: String(times),
		notes: '',
		scenario: EXAMPLE
	});
	expect(res.action?.type, res.text).toBe('redirect');
}

async function open(page: Page, path: string) {
	await page.goto(inject('baseUrl') + path, { waitUntil: 'networkidle' });
}

/** A printout's text, in lower case with its spaces collapsed, kept with the test results. */
function printed(pdf: Buffer, name: string): string {
	mkdirSync(ARTEFACTS, { recursive: true });
	writeFileSync(`${ARTEFACTS}/${name}.pdf`, pdf);
	expect(execFileSync('pdfinfo', [`${ARTEFACTS}/${name}.pdf`], { encoding: 'utf8' })).toMatch(
		/\(A4\)/
	);
	return execFileSync('pdftotext', [`${ARTEFACTS}/${name}.pdf`, '-'], { encoding: 'utf8' })
		.replace(/\s+/g, ' ')
		.toLowerCase();
}

/** "€ 12.480,25" or "−€ 3.100,00" as a whole number of cents, so a difference is exact. */
const cents = (text: string) => {
	expect(text.trim()).toMatch(/^[+−]?€\s[\d.]+,\d\d$/);
	return Math.round(
		Number(
			text
				.replace(/[€\s.+]/g, '')
				.replace('−', '-')
				.replace(',', '.')
		) * 100
	);
};

/** "€ 12.480" as a number of whole euros: the funder's overview rounds to the euro throughout. */
const euros = (text: string) => {
	expect(text.trim()).toMatch(/^−?€\s[\d.]+$/);
	return Number(text.replace(/[€\s.]/g, '').replace('−', '-'));
};

beforeAll(async () => {
	browser = await launch();
	await signIn(manager, MANAGER);
	await signIn(funder, FUNDER);
	await newCase('VS-2027-001', 10);
}, 60_000);
afterAll(async () => browser?.close());

describe('establishing a year report', () => {
	it('shows the analyst a concept, and establishes it as version 1 in one click', async () => {
		const { page, errors } = await signedIn(browser, MANAGER);
		await open(page, `/organisatie/portfolio/${YEAR}`);
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toMatch(/^Status: concept\. .*er is nog geen vastgestelde versie/);
		await page.getByRole('button', { name: 'Vaststellen als versie 1' }).click();
		await page.waitForLoadState('networkidle');
		expect(await page.getByRole('status').first().textContent()).toMatch(/Versie 1 is vastgesteld/);
		await open(page, `/organisatie/portfolio/${YEAR}`);
		expect(await page.locator('[data-status]').textContent()).toMatch(
			/^Status: concept, gelijk aan versie 1 \(vastgesteld op /
		);
		expect(await page.getByText('er is niets nieuws vast te stellen').count()).toBe(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('lets the funder read version 1 only, however the cases change afterwards', async () => {
		const gedeeld = await funder.get('/organisatie/gedeeld');
		const code = /data-share-code[^>]*>([0-9A-F-]{14})</.exec(gedeeld.text)![1]!;
		const shared = await manager.post('/organisatie/delen?/share', {
			shareCode: code,
			year: String(YEAR)
		});
		expect(shared.action?.type, shared.text).toBe('success');
		const list = await funder.get('/organisatie/gedeeld');
		shareId = new RegExp(
			`/organisatie/gedeeld/([\\w-]{36})">Jaarportfolio ${YEAR} van Welzijn Voorbeeldstad`
		).exec(list.text)![1]!;
		await newCase('VS-2027-002', 3);
		const report = await funder.get(`/organisatie/gedeeld/${shareId}`);
		expect(report.text).not.toContain('VS-2027-002');
		expect(report.text).toContain('VS-2027-001');
		expect(report.text).toMatch(/Status: vastgesteld\. Versie 1, vastgesteld op/);
	});

	it('shows the analyst what changed since version 1, then establishes version 2', async () => {
		const { page } = await signedIn(browser, MANAGER);
		await open(page, `/organisatie/portfolio/${YEAR}`);
		expect(await page.locator('[data-status]').textContent()).toMatch(/wijken af van versie 1/);
		const changes = page.locator('details.changes');
		expect(await changes.locator('summary').textContent()).toMatch(
			/Wat is er veranderd van versie 1 naar het concept\?.*1 toegevoegd, 0 verwijderd, 0 gewijzigd/s
		);
		await changes.locator('summary').click();
		expect(await changes.locator('[data-cases="added"]').textContent()).toContain('VS-2027-002');
		await page.getByRole('button', { name: 'Vaststellen als versie 2' }).click();
		await page.waitForLoadState('networkidle');
		expect(await page.getByRole('status').first().textContent()).toMatch(/Versie 2 is vastgesteld/);
		await page.context().close();
	});

	it('shows a version reached in the page exactly as the version loaded directly, in print too', async () => {
		const { page, errors } = await signedIn(browser, MANAGER);
		/** Every figure of the report in the slot, and its edition. */
		const shownReport = async () => ({
			edition: await page.locator('[data-report-slot] [data-edition]').getAttribute('data-edition'),
			figures: await page.locator('[data-report-slot] td.number').allTextContents()
		});
		await open(page, `/organisatie/portfolio/${YEAR}?versie=1`);
		const direct = await shownReport();
		expect(direct.edition).toBe('1');
		await open(page, `/organisatie/portfolio/${YEAR}`);
		const concept = await shownReport();
		expect(concept.edition).toBe('concept');
		await page.getByRole('link', { name: 'Versie 1', exact: true }).click();
		await page.waitForURL(/versie=1/);
		await expect.poll(async () => (await shownReport()).edition).toBe('1');
		expect(await shownReport()).toEqual(direct);
		expect(direct.figures).not.toEqual(concept.figures);
		expect(await page.locator('[data-status]').textContent()).toMatch(/Versie 1, vastgesteld op/);
		const text = printed(await page.pdf({ preferCSSPageSize: true }), 'report-version-switched');
		expect(text).not.toContain('concept');
		// every printed page says which version it is
		const pages = Number(/pagina 1 van (\d+)/.exec(text)![1]);
		expect(
			text.split(`jaarportfolio ${YEAR} · welzijn voorbeeldstad · versie 1, vastgesteld op`)
				.length - 1
		).toBe(pages);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('shows the funder version 2 as current, version 1 as replaced, and the difference', async () => {
		const { page, errors } = await signedIn(browser, FUNDER);
		await open(page, `/organisatie/gedeeld/${shareId}`);
		expect(await page.locator('[data-status]').textContent()).toMatch(
			/Versie 2, vastgesteld op .* Dit is de geldende versie\./
		);
		expect(await page.locator('[data-edition]').getAttribute('data-edition')).toBe('2');
		await open(page, `/organisatie/gedeeld/${shareId}?versie=1`);
		expect(await page.locator('[data-status]').textContent()).toMatch(/Vervangen door versie 2\./);
		await open(page, `/organisatie/gedeeld/${shareId}?versie=2&vergelijk=1`);
		const changes = page.locator('details.changes');
		expect(await changes.getAttribute('open')).not.toBeNull();
		const totals = changes.locator('[data-totals] tbody tr').first();
		const [before, after, difference] = await totals.locator('td').allTextContents();
		expect(cents(after!) - cents(before!)).toBe(cents(difference!));
		expect(errors).toEqual([]);
		await screenshot(page, 'report-version-difference');
		await page.context().close();
	});

	it('starts a comparison from the version the funder reads, in one click', async () => {
		const { page, errors } = await signedIn(browser, FUNDER);
		await open(page, `/organisatie/gedeeld/${shareId}?versie=1`);
		const npv = await page
			.locator('[data-report-slot] table.headline [data-figure="societal-npv"]')
			.textContent();
		await page.getByRole('link', { name: 'Vergelijk scenario’s vanuit versie 1' }).click();
		await page.waitForURL(/\/vergelijken\?gedeeld=[\w-]+&versie=1/);
		const start = page.getByRole('combobox', { name: 'Begin met' });
		await expect.poll(() => start.inputValue()).toBe(`shared:${shareId}:1`);
		expect(await start.locator('option:checked').textContent()).toMatch(
			/versie 1, vervangen door een latere/
		);
		// the comparison's first scenario is that version, priced to the same cent
		await expect
			.poll(() => page.locator('[data-compare="societal-npv-0"]').textContent())
			.toBe(npv);
		expect(errors).toEqual([]);
		await screenshot(page, 'compare-from-shared-version');
		await page.context().close();
		// a link to a version that is not there is refused by name, never started from another
		const gone = await funder.get(`/vergelijken?gedeeld=${shareId}&versie=9`);
		expect(gone.status).toBe(404);
		expect(gone.text).toContain('gedeeld: dit gedeelde rapport of deze versie ervan is er niet');
		const bad = await funder.get(`/vergelijken?gedeeld=${shareId}&versie=1e3`);
		expect(bad.status).toBe(400);
		expect(bad.text).toContain('versie: is geen versienummer');
	});

	it('prices a version again and says it comes out the same', async () => {
		const { page } = await signedIn(browser, FUNDER);
		await open(page, `/organisatie/gedeeld/${shareId}?versie=1`);
		await page.getByText('Opnieuw doorrekenen met de huidige kengetallen').first().click();
		await page
			.getByRole('button', { name: 'Opnieuw doorrekenen met de huidige kengetallen' })
			.click();
		await page.waitForLoadState('networkidle');
		expect(await page.locator('[data-recomputed]').textContent()).toMatch(
			/de uitkomst is gelijk aan de vastgestelde cijfers/
		);
		await page.context().close();
	});

	it('gives the funder the version’s own workbook, named by its version', async () => {
		const { page } = await signedIn(browser, FUNDER);
		await open(page, `/organisatie/gedeeld/${shareId}?versie=1`);
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Excel-werkmap' }).click()
		]);
		expect(file.suggestedFilename()).toBe(`portfolio-${YEAR}-versie-1.xlsx`);
		await page.context().close();
	});

	it('prints the version with its status, the date and page numbers', async () => {
		const { page } = await signedIn(browser, FUNDER);
		await open(page, `/organisatie/gedeeld/${shareId}`);
		const text = printed(await page.pdf({ preferCSSPageSize: true }), 'report-version');
		for (const expected of [
			`Jaarportfolio ${YEAR}`,
			'Status: vastgesteld. Versie 2, vastgesteld op',
			'Afgedrukt op',
			'door Noor (beleid), Gemeente Voorbeeldstad',
			'pagina 1 van'
		])
			expect(text).toContain(expected.toLowerCase());
		// the versions and the comparison are for the screen
		expect(text).not.toContain('vergelijk met');
		await page.context().close();
	});
});

describe('the funder’s overview', () => {
	it('adds up the providers’ established reports, side by side and together', async () => {
		const { page, errors } = await signedIn(browser, FUNDER);
		await open(page, '/organisatie/gedeeld/overzicht/2026');
		const rows = page.locator('[data-providers] tbody tr');
		expect(await rows.count()).toBe(3);
		const nets = await rows.locator('[data-figure="societal-npv"]').allTextContents();
		const [first, second, together] = nets.map(euros);
		// whole euros as shown: the sum may differ by the rounding of each
		expect(Math.abs(first! + second! - together!)).toBeLessThanOrEqual(1);
		expect(await rows.nth(0).locator('th').textContent()).toMatch(/Buurtwerk Noord\s*versie 1/);
		// each provider's version is one click from a comparison
		expect(
			await rows
				.nth(0)
				.getByRole('link', { name: /^Vergelijk scenario’s vanuit versie 1 van Buurtwerk Noord$/ })
				.getAttribute('href')
		).toMatch(/^\/vergelijken\?gedeeld=[\w-]{36}&versie=1$/);
		// the organisation menu says where in it the reader is
		expect(
			await page
				.getByRole('link', { name: 'Gedeelde rapporten', exact: true })
				.getAttribute('aria-current')
		).toBe('true');
		expect(await page.locator('[data-breakdown="payers"] tbody tr').first().textContent()).toMatch(
			/Gemeente totaal/
		);
		expect(errors).toEqual([]);
		await screenshot(page, 'funder-overview');
		await page.context().close();
	});

	it('downloads a workbook whose sums are formulas that give the totals shown', async () => {
		const { page } = await signedIn(browser, FUNDER);
		await open(page, '/organisatie/gedeeld/overzicht/2026');
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Excel-werkmap downloaden' }).click()
		]);
		expect(file.suggestedFilename()).toBe('overzicht-2026.xlsx');
		const bytes = readFileSync((await file.path())!);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		const formulas = formulasOf(book);
		expect(formulas.length).toBeGreaterThan(10);
		for (const { at, evaluated, shown } of formulas) expect(evaluated, at).toBeCloseTo(shown, 6);
		const providers = book.getWorksheet('Aanbieders')!;
		expect(providers.getCell('A4').value).toBe('Samen');
		expect(typeof numberIn(providers, 'H4')).toBe('number');
		await page.context().close();
	});

	it('prints on A4 with page numbers, and fits a phone without sideways scrolling', async () => {
		const { page } = await signedIn(browser, FUNDER, 375);
		await open(page, '/organisatie/gedeeld/overzicht/2026');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			375
		);
		const text = printed(await page.pdf({ preferCSSPageSize: true }), 'funder-overview');
		for (const expected of [
			'Overzicht 2026',
			'Alle aanbieders samen',
			'Buurtwerk Noord',
			'Welzijn Voorbeeldstad',
			'Afgedrukt op',
			'pagina 1 van'
		])
			expect(text).toContain(expected.toLowerCase());
		expect(text).not.toContain('excel-werkmap');
		await page.context().close();
	});
});
