import { formatWait } from '../../format/dates';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import { REFUSALS } from '../../i18n/refusals';

/** Why a code was refused, with the wait before the next try where there is one. */
export function secondStepRefusal(outcome: {
	reason: 'wrong-code' | 'wait' | 'required';
	wait: number;
}): FieldProblem {
	const wait = { nl: formatWait(outcome.wait, 'nl'), en: formatWait(outcome.wait, 'en') };
	if (outcome.reason === 'required') return problem('code', REFUSALS.secondStepRequired);
	if (outcome.reason === 'wait') return problem('code', REFUSALS.tooManySignInFailures(wait));
	return problem('code', REFUSALS.secondStepFailed(outcome.wait > 0 ? wait : null));
}
