/**
 * The Beta distribution's cumulative distribution and quantiles, in binary floating point: they
 * describe how sure an estimated probability is, never a euro, so exact decimals buy nothing here.
 */

// Lanczos approximation of ln Γ(x) for x > 0 (g = 7, nine terms), accurate to about 1e-15.
const LANCZOS = [
	0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
	-176.61503916999186, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6,
	1.5056327351493116e-7
];

export function logGamma(x: number): number {
	// Reflection keeps the series where it converges.
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let sum = LANCZOS[0]!;
	for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const TINY = 1e-300;
const EPSILON = 1e-15;

/** The continued fraction of the incomplete beta function, by the modified Lentz method. */
function betaFraction(x: number, a: number, b: number): number {
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	d = 1 / (Math.abs(d) < TINY ? TINY : d);
	let h = d;
	for (let m = 1; m <= 10_000; m++) {
		const m2 = 2 * m;
		const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
		d = 1 + even * d;
		c = 1 + even / c;
		d = 1 / (Math.abs(d) < TINY ? TINY : d);
		c = Math.abs(c) < TINY ? TINY : c;
		h *= d * c;
		const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
		d = 1 + odd * d;
		c = 1 + odd / c;
		d = 1 / (Math.abs(d) < TINY ? TINY : d);
		c = Math.abs(c) < TINY ? TINY : c;
		const step = d * c;
		h *= step;
		if (Math.abs(step - 1) < EPSILON) break;
	}
	return h;
}

/** P(X ≤ x) for X ~ Beta(a, b): the regularised incomplete beta function I_x(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(
		logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
	);
	// The fraction converges fast on the side of the mean it is evaluated from.
	return x < (a + 1) / (a + b + 2)
		? (front * betaFraction(x, a, b)) / a
		: 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** The x with P(X ≤ x) = q for X ~ Beta(a, b), found by bisection to 1e-12. */
export function betaQuantile(q: number, a: number, b: number): number {
	if (q <= 0) return 0;
	if (q >= 1) return 1;
	let low = 0;
	let high = 1;
	while (high - low > 1e-12) {
		const middle = (low + high) / 2;
		if (betaCdf(middle, a, b) < q) low = middle;
		else high = middle;
	}
	return (low + high) / 2;
}
