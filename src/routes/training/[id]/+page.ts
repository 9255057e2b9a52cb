import { TRAINING_CASES } from '$lib/training/cases';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => TRAINING_CASES.map(({ id }) => ({ id }));
