/**
 * The latest result of an async request that changes with the view: keeps showing the previous value
 * while the next one loads, and drops answers that arrive after a newer request was made.
 */
export class Latest<T> {
	value = $state<T | null>(null);
	error = $state<unknown>(null);
	loading = $state(false);
	/** `value` is an early answer (see `run`), not a complete one: true until a complete answer replaces it. */
	partial = $state(false);
	/** `value` is the early answer of the latest request (which is still loading): it belongs to that request. */
	earlyShown = $state(false);
	#ticket = 0;

	/**
	 * Start `request`; only the most recent call may set the value or the error. `early`, when given, is a
	 * cheaper answer to the same request (e.g. the tree's period values without their daily series): shown
	 * while `request` is still loading, never after it (nor after a newer call); its failure is not
	 * reported, since `request` asks for the same and reports its own.
	 */
	run(request: () => Promise<T>, early?: () => Promise<T>): void {
		const ticket = ++this.#ticket;
		let settled = false;
		this.loading = true;
		this.earlyShown = false;
		early?.().then(
			(value) => {
				if (ticket !== this.#ticket || settled) return;
				this.value = value;
				this.error = null;
				this.partial = true;
				this.earlyShown = true;
			},
			() => {}
		);
		request().then(
			(value) => {
				settled = true;
				if (ticket !== this.#ticket) return;
				this.value = value;
				this.error = null;
				this.partial = false;
				this.earlyShown = false;
				this.loading = false;
			},
			(error: unknown) => {
				settled = true;
				if (ticket !== this.#ticket) return;
				this.error = error;
				this.partial = false;
				this.earlyShown = false;
				this.loading = false;
			}
		);
	}
}
