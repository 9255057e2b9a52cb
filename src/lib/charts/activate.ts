/** Enter or Space on a focusable chart mark does what a click does. */
export function onActivate(action: () => void) {
	return (event: KeyboardEvent) => {
		if (event.key !== 'Enter' && event.key !== ' ') return;
		event.preventDefault();
		action();
	};
}
