/**
 * How far to scale a full-screen stage down for all of it to be on the screen: a long table or a
 * tall chart gets smaller, never a scroll bar. Text reflows as it shrinks, so the scale is
 * searched for, each step applied and measured; below `smallest` a slide would be too small to
 * read from the back of a room, and it scrolls instead.
 */
export async function scaleToFit(
	stage: HTMLElement,
	apply: (scale: number) => Promise<void>,
	smallest = 0.6
): Promise<number> {
	const fits = async (scale: number) => {
		await apply(scale);
		// a wide table scrolls within its own region: that counts as not fitting too
		return [stage, ...stage.querySelectorAll<HTMLElement>('.table-scroll')].every(
			(box) => box.scrollHeight <= box.clientHeight && box.scrollWidth <= box.clientWidth
		);
	};
	if (await fits(1)) return 1;
	// halve the distance between a scale that fits and one that does not, five times
	let small = smallest;
	let large = 1;
	for (let step = 0; step < 5; step++) {
		const middle = (small + large) / 2;
		if (await fits(middle)) small = middle;
		else large = middle;
	}
	await apply(small);
	return small;
}
