/**
 * A seeded generator (xoshiro128**, seeded through splitmix32), so a simulation can be repeated
 * exactly from its seed. Returns floats in [0, 1).
 */
export function seededRandom(seed: number): () => number {
	let s = seed >>> 0;
	const splitmix = () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = splitmix();
	let b = splitmix();
	let c = splitmix();
	let d = splitmix();
	return () => {
		const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
		const t = (b << 9) >>> 0;
		c ^= a;
		d ^= b;
		b ^= c;
		a ^= d;
		c ^= t;
		d = rotl(d, 11);
		return result / 4294967296;
	};
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** A standard normal draw (Box–Muller), for the gamma draws behind beta distributions. */
export function normal(random: () => number): number {
	const u = 1 - random();
	const v = random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 through the boost Gamma(k + 1) U^(1/k). */
export function gamma(shape: number, random: () => number): number {
	if (shape < 1) return gamma(shape + 1, random) * Math.pow(1 - random(), 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const x = normal(random);
		const v = (1 + c * x) ** 3;
		if (v <= 0) continue;
		const u = 1 - random();
		if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
	}
}
