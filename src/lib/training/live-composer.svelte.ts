import { CATALOG } from '../catalog/catalog';
import { filterEntries, NO_FILTER } from '../catalog/catalog-view';
import { jsonCodec, keptInBrowser, listOf } from '../browser/kept';
import type { Domain } from '../engine';
import type { Lang } from '../i18n/lang';
import { DEFAULT_QUESTIONS, MAX_QUESTIONS } from './live';
import { liveRequest } from './live-request';

/** A composed round under its name: its questions, as unit costs of the catalog. */
export interface KeptRound {
	name: string;
	unitCostIds: string[];
}

/** A round kept for the organisation, and by whom. */
export type OrganisationRound = KeptRound & { id: string; createdBy: string | null; mine: boolean };

/** What the composer says in the trainer's language. */
export interface ComposerWords {
	full: string;
	nameMissing: string;
	kept: (name: string) => string;
}

/** Where the composer's requests go (the page resolves the app's paths). */
export interface ComposerPaths {
	rounds: string;
	templates: string;
	template: (id: string) => string;
}

const KEPT_HERE = keptInBrowser('effectwijzer.live-rounds', jsonCodec(listOf<KeptRound>('name')));
const IN_CATALOG = new Set(CATALOG.entries.map((e) => e.id));

/**
 * A live round as the trainer composes it (training/live): its questions in order, the search
 * that adds more, and the rounds kept to play again, in this browser without an account or for
 * the organisation when signed in. The page draws it and goes to the projector once it starts.
 */
export class RoundComposer {
	questions = $state<string[]>([...DEFAULT_QUESTIONS]);
	query = $state('');
	domain = $state<Domain | ''>('');
	roundName = $state('');
	notice = $state('');
	problem = $state('');
	starting = $state(false);
	keptHere = $state<KeptRound[]>([]);
	/** None to show (null) when signed out or out of reach. */
	keptOrg = $state<OrganisationRound[] | null>(null);

	/** Unit costs the search finds that are not questions yet; nothing before a search. */
	found = $derived(
		this.query.trim() === '' && this.domain === ''
			? []
			: filterEntries(CATALOG.entries, {
					...NO_FILTER,
					query: this.query,
					domain: this.domain
				}).filter((e) => !e.faceValue && !this.questions.includes(e.id))
	);

	constructor(
		private readonly lang: () => Lang,
		private readonly words: () => ComposerWords,
		private readonly paths: ComposerPaths
	) {}

	/** Reads what was kept: in this browser, and for the organisation. */
	async open(): Promise<void> {
		this.keptHere = KEPT_HERE.read() ?? [];
		await this.#loadOrganisation();
	}

	add(ids: readonly string[]): void {
		const next = [...this.questions];
		for (const id of ids) if (!next.includes(id)) next.push(id);
		this.problem = next.length > MAX_QUESTIONS ? this.words().full : '';
		this.questions = next.slice(0, MAX_QUESTIONS);
	}

	move(i: number, by: -1 | 1): void {
		const next = [...this.questions];
		[next[i], next[i + by]] = [next[i + by]!, next[i]!];
		this.questions = next;
	}

	remove(id: string): void {
		this.questions = this.questions.filter((q) => q !== id);
	}

	/** A kept round's questions, without any unit cost the catalog no longer has. */
	use(round: KeptRound): void {
		this.questions = round.unitCostIds.filter((id) => IN_CATALOG.has(id));
	}

	keepHere(): void {
		const name = this.#named();
		if (!name) return;
		this.keptHere = [
			{ name, unitCostIds: [...this.questions] },
			...this.keptHere.filter((k) => k.name !== name)
		];
		KEPT_HERE.write(this.keptHere);
		this.notice = this.words().kept(name);
	}

	forgetHere(name: string): void {
		this.keptHere = this.keptHere.filter((k) => k.name !== name);
		KEPT_HERE.write(this.keptHere);
	}

	async keepForOrganisation(): Promise<void> {
		const name = this.#named();
		if (!name) return;
		const saved = await liveRequest(this.paths.templates, this.lang(), {
			body: { name, unitCostIds: this.questions }
		});
		this.problem = saved.ok ? '' : saved.text;
		if (!saved.ok) return;
		this.notice = this.words().kept(name);
		await this.#loadOrganisation();
	}

	async forgetForOrganisation(id: string): Promise<void> {
		const removed = await liveRequest(this.paths.template(id), this.lang(), { method: 'DELETE' });
		this.problem = removed.ok ? '' : removed.text;
		if (removed.ok) await this.#loadOrganisation();
	}

	/** Starts the round on the server: its code, or null with the problem said. */
	async start(): Promise<string | null> {
		this.starting = true;
		const started = await liveRequest(this.paths.rounds, this.lang(), {
			body: { questions: this.questions }
		});
		this.starting = false;
		if (started.ok) return String(started.answer.code);
		this.problem = started.text;
		return null;
	}

	/** The round's name as typed, or null with the problem said. */
	#named(): string | null {
		const name = this.roundName.trim();
		this.problem = name ? '' : this.words().nameMissing;
		return name || null;
	}

	async #loadOrganisation(): Promise<void> {
		const listed = await liveRequest(this.paths.templates, this.lang(), { method: 'GET' });
		this.keptOrg = listed.ok ? ((listed.answer.templates as OrganisationRound[]) ?? null) : null;
	}
}
