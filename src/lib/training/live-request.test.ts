import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveRequest } from './live-request';

const answering = (response: Response | Error) =>
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => {
			if (response instanceof Error) throw response;
			return response;
		})
	);

afterEach(() => vi.unstubAllGlobals());

describe("the live round's requests", () => {
	it('gives the answer of a request that went through', async () => {
		answering(Response.json({ code: 'ABCDE' }, { status: 201 }));
		expect(await liveRequest('/api/live', 'nl', { body: {} })).toEqual({
			ok: true,
			answer: { code: 'ABCDE' }
		});
	});

	it("names the API's first problem by field, in the reader's language", async () => {
		answering(
			Response.json(
				{ problems: [{ field: 'name', message: { nl: 'Naam: te lang.', en: 'Name: too long.' } }] },
				{ status: 400 }
			)
		);
		expect(await liveRequest('/api/live/ABCDE/join', 'en', { body: {} })).toEqual({
			ok: false,
			field: 'name',
			text: 'Name: too long.'
		});
	});

	it('says the connection is gone when the wifi drops, instead of waiting for ever', async () => {
		answering(new TypeError('Failed to fetch'));
		const result = await liveRequest('/api/live/ABCDE/answer', 'nl', { body: {} });
		expect(result).toMatchObject({ ok: false, text: expect.stringMatching(/^Geen verbinding/) });
	});

	it('says what failed when a proxy answers with a page instead of the API', async () => {
		answering(new Response('<html>Bad gateway</html>', { status: 502 }));
		const result = await liveRequest('/api/live/ABCDE/answer', 'nl', { body: {} });
		expect(result).toMatchObject({ ok: false, text: expect.stringContaining('fout 502') });
	});
});
