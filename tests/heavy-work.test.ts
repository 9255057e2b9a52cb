import * as devalue from 'devalue';
import { readdirSync, readFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { D } from '../src/lib/engine';
import {
	heavy,
	INLINE_BYTES,
	offThread,
	stopWorkers,
	TookTooLong
} from '../src/lib/server/work/pool';
import { perform, type StoredRow } from '../src/lib/server/work/tasks';
import { largeScenario } from './support/large-scenario';

const EXAMPLES = readdirSync('examples')
	.filter((f) => f.endsWith('.json') && f !== 'leeg.json')
	.map((f) => readFileSync(`examples/${f}`, 'utf8'));
const rows = (n: number): StoredRow[] =>
	Array.from({ length: n }, (_, i) => ({
		id: `case-${i}`,
		caseCode: `WT-2026-${String(i + 1).padStart(3, '0')}`,
		times: 1 + (i % 3),
		scenarioText: EXAMPLES[i % EXAMPLES.length]!
	}));
/** Exact, decimals and all: two answers are the same when their wire text is. */
const exactly = (value: unknown) =>
	devalue.stringify(value, { Decimal: (v: unknown) => v instanceof D && v.toString() });
const large = JSON.stringify(largeScenario());

afterAll(stopWorkers);

describe('heavy work in a worker thread', () => {
	it('checks a large case in a worker with the same answer as on the calling thread', async () => {
		const form = { notes: '', scenario: large };
		const there = await offThread({ kind: 'check-case', form, figures: [] });
		expect(there.ok).toBe(true);
		expect(there).toEqual(await perform({ kind: 'check-case', form, figures: [] }));
		const broken = { notes: '', scenario: large.replace('"quantity":"8"', '"quantity":"acht"') };
		const refused = await offThread({ kind: 'check-case', form: broken, figures: [] });
		expect(refused).toEqual(await perform({ kind: 'check-case', form: broken, figures: [] }));
		expect(JSON.stringify(refused)).toContain('cases[0].effects[0].quantity');
	});

	it('reads a large API body in a worker with the same answer as on the calling thread', async () => {
		const text = JSON.stringify({ caseCode: 'WT-2026-900', year: 2026, scenario: largeScenario() });
		const there = await offThread({ kind: 'read-case-body', text });
		expect(there.ok).toBe(true);
		expect(there).toEqual(await perform({ kind: 'read-case-body', text }));
		const wrong = text.replace('"year":2026', '"year":"2026"');
		expect(await offThread({ kind: 'read-case-body', text: wrong })).toEqual(
			await perform({ kind: 'read-case-body', text: wrong })
		);
	});

	it('summarises a year in a worker to the cent, decimals and all, as on the calling thread', async () => {
		const task = { kind: 'summarise-year', year: 2026, rows: rows(120), figures: [] } as const;
		const there = await offThread(task);
		expect(there.cases).toHaveLength(120);
		expect(there.summary.total.societal.npv).toBeInstanceOf(D);
		expect(exactly(there)).toBe(exactly(await perform(task)));
	});

	it('finds the same personal data in a year’s texts in a worker as on the calling thread', async () => {
		const named = rows(30).map((row, i) =>
			i === 7
				? {
						...row,
						scenarioText: row.scenarioText.replace('"label": "', '"label": "Mevrouw Jansen, ')
					}
				: row
		);
		const task = { kind: 'version-findings', rows: named, released: {} } as const;
		const there = await offThread(task);
		expect(there.map((f) => f.caseCode)).toContain('WT-2026-008');
		expect(there).toEqual(await perform(task));
	});

	it('stops a task that outgrows its time box, names it, and runs the next one', async () => {
		const form = { notes: '', scenario: large };
		const stopped = offThread({ kind: 'check-case', form, figures: [] }, 1);
		await expect(stopped).rejects.toBeInstanceOf(TookTooLong);
		await expect(stopped).rejects.toMatchObject({ kind: 'check-case', seconds: 0.001 });
		const after = await offThread({ kind: 'check-case', form, figures: [] });
		expect(after.ok).toBe(true);
	});

	it('keeps the event loop turning while a worker checks a large case', async () => {
		const form = { notes: '', scenario: large };
		await offThread({ kind: 'check-case', form, figures: [] }); // the worker is started
		let turns = 0;
		let done = false;
		const check = offThread({ kind: 'check-case', form, figures: [] }).then(() => (done = true));
		while (!done) {
			await nextTurn();
			turns++;
		}
		await check;
		// checked on this thread, the check would have held the loop: no turn in between
		expect(turns).toBeGreaterThan(10);
	});

	it('does a small task where it is asked, and a large one in a worker, with one answer', async () => {
		const small = { notes: '', scenario: EXAMPLES[0]! };
		expect(small.scenario.length).toBeLessThan(INLINE_BYTES);
		expect(await heavy({ kind: 'check-case', form: small, figures: [] })).toEqual(
			await perform({ kind: 'check-case', form: small, figures: [] })
		);
		const big = { notes: '', scenario: large };
		expect(big.scenario.length).toBeGreaterThan(INLINE_BYTES);
		expect((await heavy({ kind: 'check-case', form: big, figures: [] })).ok).toBe(true);
	});
});
