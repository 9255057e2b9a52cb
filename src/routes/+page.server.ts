import { computeScenario } from '$lib/engine/compute';
import { PAYER_LABELS } from '$lib/format/labels';
import { formatMoney } from '$lib/format/money';
import type { Lang } from '$lib/schemas/messages';
import { parseScenario } from '$lib/schemas/parse';
import example from '../../examples/maatwerk-huurachterstand.json';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const outcome = parseScenario(example);
	if (!outcome.ok) throw new Error('The shipped example scenario does not validate');
	const result = computeScenario(outcome.scenario);
	const { societal } = result.total;
	const figures = (lang: Lang) => ({
		costs: formatMoney(societal.costs, lang),
		benefits: formatMoney(societal.benefits, lang),
		npv: formatMoney(societal.npv, lang),
		perEuro: societal.bcr === null ? null : formatMoney(societal.bcr, lang),
		payers: Object.entries(result.byPayer).map(([payer, b]) => ({
			payer: PAYER_LABELS[payer as keyof typeof PAYER_LABELS][lang],
			net: formatMoney(b!.societal.benefits.plus(b!.transfers).minus(b!.societal.costs), lang)
		}))
	});
	return {
		example: {
			label: outcome.file.label,
			description: outcome.file.description ?? '',
			figures: { nl: figures('nl'), en: figures('en') }
		}
	};
};
