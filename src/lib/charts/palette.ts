import type { ScenarioResult } from '../engine';
import type { Lang } from '../i18n/lang';

/** Okabe–Ito colours: distinguishable with every common kind of colour blindness. */
export const COLOURS = {
	investment: '#D55E00',
	avoided: '#009E73',
	net: '#0072B2',
	intervention: '#0072B2',
	reference: '#D55E00',
	axis: '#4a5160'
} as const;

/** Up to four scenarios side by side, in Okabe–Ito colours too. */
export const SCENARIO_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'] as const;

export type Explain = (title: string, lineIds: readonly string[]) => void;

/** What every result chart is given: the result, the language, where a click goes, a table label. */
export interface ChartProps {
	result: ScenarioResult;
	lang: Lang;
	/** Without it the chart's marks are not buttons: a printed handout has nothing to open. */
	onexplain?: Explain;
	tableLabel: string;
}
