/** Okabe–Ito colours: distinguishable with every common kind of colour blindness. */
export const COLOURS = {
	investment: '#D55E00',
	avoided: '#009E73',
	net: '#0072B2',
	intervention: '#0072B2',
	reference: '#D55E00',
	axis: '#4a5160'
} as const;

export type Explain = (title: string, lineIds: readonly string[]) => void;
