import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

describe('a QR code for the join address', () => {
	it('draws a square of modules with the three finder patterns in their corners', () => {
		const { size, path } = qrPath('https://effectwijzer.example.nl/doe-mee/K7QMP');
		// 45 bytes need version 4 (33 modules) at level M, which holds 62; 2 modules of quiet zone
		expect(size).toBe(33 + 4);
		const dark = new Set(path.match(/M\d+ \d+/g));
		// each finder pattern's outer ring starts at a corner of the symbol
		for (const [x, y] of [
			[2, 2],
			[size - 9, 2],
			[2, size - 9]
		])
			expect(dark.has(`M${x} ${y}`), `${x},${y}`).toBe(true);
		expect(dark.has('M0 0')).toBe(false);
	});
});
