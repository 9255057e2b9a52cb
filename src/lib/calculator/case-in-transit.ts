import { keptInBrowser } from '../browser/kept';

/**
 * The case on its way from the calculator to the organisation's save form. The link carries it
 * in its fragment, but signing in on the way drops the fragment; so the case is also kept in
 * this tab (never across tabs or visits), and taken from there once.
 */
const IN_TRANSIT = keptInBrowser(
	'effectwijzer.case-to-keep',
	{ read: (text) => text, write: (share: string) => share },
	() => sessionStorage
);

/** Keeps the shared case (its `#casus=` text) for the save form; false when the tab keeps nothing. */
export const sendCaseToKeep = (share: string): boolean => IN_TRANSIT.write(share);

/** The case sent to be kept, once: the next visit to the form starts empty. */
export function takeCaseToKeep(): string | null {
	const share = IN_TRANSIT.read();
	IN_TRANSIT.forget();
	return share;
}
