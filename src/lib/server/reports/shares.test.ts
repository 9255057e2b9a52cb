import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld, NOW } from '$test/world';
import { readForm } from '../platform/forms';
import { establishReport } from './versions';
import { createCase } from '../cases/cases';
import {
	ownShareCode,
	renewShareCode,
	SHARE_CODE_RULE,
	SHARE_FIELDS,
	shareFormSchema,
	shareReport
} from './shares';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(entries)) data.set(key, value);
	return data;
};

describe('a share code as typed', () => {
	it.each(['7f3a-09c2-b4e1', '7F3A 09C2 B4E1', ' 7F3A09C2B4E1 '])('reads %j', (typed) => {
		const read = readForm(shareFormSchema, form({ shareCode: typed, year: '2026' }), SHARE_FIELDS);
		expect(read).toMatchObject({ ok: true, value: { shareCode: '7F3A09C2B4E1' } });
	});

	it.each(['', 'Gemeente Voorbeeldstad', '7F3A-09C2-B4E', '7F3A-09C2-B4E1-0', 'OOOO-IIII-LLLL'])(
		'refuses %j, naming the field and what a code looks like',
		(typed) => {
			const read = readForm(
				shareFormSchema,
				form({ shareCode: typed, year: '2026' }),
				SHARE_FIELDS
			);
			expect(read.ok).toBe(false);
			if (read.ok) return;
			expect(read.problems[0]!.field).toBe('shareCode');
			expect(read.problems[0]!.message.nl).toMatch(/^Deelcode van de financier: .*twaalf tekens/);
		}
	);
});

describe.each(ENGINES)('sharing by code on %s', (engine) => {
	const given = freshWorld(engine);

	it('shares an established version with the funder whose code it is, and says with whom', async () => {
		await createCase(given.db, given.w.a.worker, {
			caseCode: 'HUUR-1',
			year: 2026,
			times: 1,
			notes: '',
			scenario: example('maatwerk-huurachterstand')
		});
		expect(
			await shareReport(
				given.db,
				given.w.a.analyst,
				{ shareCode: given.w.shareCodes.g, year: 2026 },
				NOW
			)
		).toMatchObject({
			ok: false,
			problems: [
				{
					field: 'year',
					message: { nl: expect.stringMatching(/^Jaar: het rapport 2026 is nog niet vastgesteld/) }
				}
			]
		});
		expect((await establishReport(given.db, given.w.a.analyst, 2026)).ok).toBe(true);
		const shared = await shareReport(
			given.db,
			given.w.a.analyst,
			{ shareCode: given.w.shareCodes.g, year: 2026 },
			NOW
		);
		expect(shared).toMatchObject({ ok: true, funderName: 'Gemeente G' });
	});

	it('shows the code to the funder’s administrator only, in groups of four', async () => {
		expect(await ownShareCode(given.db, given.w.f.admin)).toMatch(
			/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/
		);
		await expect(ownShareCode(given.db, given.w.f.viewer)).rejects.toThrow();
		await expect(ownShareCode(given.db, given.w.a.admin)).rejects.toThrow();
	});

	it('slows an organisation that tries many unknown codes', async () => {
		const tries = [];
		for (let i = 0; i < SHARE_CODE_RULE.free + 1; i++)
			tries.push(
				await shareReport(
					given.db,
					given.w.b.analyst,
					{ shareCode: `00000000000${i % 10}`, year: 2026 },
					NOW
				)
			);
		expect(tries.at(-2)).toMatchObject({ ok: false, problems: [{ field: 'shareCode' }] });
		const last = tries.at(-1)!;
		expect(last.ok).toBe(false);
		if (!last.ok) expect(last.problems[0]!.message.nl).toMatch(/Wacht nog 30 seconden/);
		// even the right code waits now; another organisation does not
		const right = await shareReport(
			given.db,
			given.w.b.analyst,
			{ shareCode: given.w.shareCodes.f, year: 2026 },
			NOW
		);
		expect(right).toMatchObject({ ok: false, problems: [{ field: 'shareCode' }] });
	});

	it('stops the old code working once the funder makes a new one; what is shared stays', async () => {
		const old = given.w.shareCodes.f;
		const renewed = await renewShareCode(given.db, given.w.f.admin);
		expect(renewed.replaceAll('-', '')).not.toBe(old);
		const withOld = await shareReport(
			given.db,
			given.w.a.analyst,
			{ shareCode: old, year: 2025 },
			NOW
		);
		expect(withOld).toMatchObject({ ok: false, problems: [{ field: 'shareCode' }] });
		const withNew = await shareReport(
			given.db,
			given.w.a.analyst,
			{ shareCode: renewed.replaceAll('-', ''), year: 2026 },
			NOW
		);
		expect(withNew.ok).toBe(true);
	});
});
