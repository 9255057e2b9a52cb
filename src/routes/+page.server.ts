import { computeScenario } from '$lib/engine/compute';
import { formatMoney } from '$lib/format/money';
import { PAYER_LABELS } from '$lib/format/labels';
import { parseScenario } from '$lib/schemas/parse';
import example from '../../examples/maatwerk-huurachterstand.json';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const outcome = parseScenario(example);
	if (!outcome.ok) throw new Error('The shipped example scenario does not validate');
	const result = computeScenario(outcome.scenario);
	const { societal } = result.total;
	return {
		example: {
			label: outcome.file.label,
			description: outcome.file.description ?? '',
			costs: formatMoney(societal.costs, 'nl'),
			benefits: formatMoney(societal.benefits, 'nl'),
			npv: formatMoney(societal.npv, 'nl'),
			perEuro: societal.bcr === null ? null : formatMoney(societal.bcr, 'nl'),
			payers: Object.entries(result.byPayer).map(([payer, b]) => ({
				payer: PAYER_LABELS[payer as keyof typeof PAYER_LABELS].nl,
				net: formatMoney(b!.societal.benefits.plus(b!.transfers).minus(b!.societal.costs), 'nl')
			}))
		}
	};
};
