import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/catalog/catalog';
import Page from './+page.svelte';

describe('the catalog page', () => {
	it('renders every unit cost with its amount, price year and a way to its source, in Dutch', () => {
		const { body } = render(Page);
		expect(body).toContain('<h1>Kengetallen</h1>');
		expect(body).toContain(`${CATALOG.entries.length} van ${CATALOG.entries.length} kengetallen`);
		expect(body).toContain('Huisuitzetting, kosten verhuurder');
		expect(body).toContain('€ 7.500,00');
		expect(body.match(/aria-expanded="false"/g)).toHaveLength(CATALOG.entries.length);
		expect(body).toContain('Integraal uurtarief sociaal werker');
		expect(body).toContain('href="/api/catalog.csv"');
	});
});
