/**
 * The latest result of an async request that changes with the view: keeps showing the previous value
 * while the next one loads, and drops answers that arrive after a newer request was made.
 */
export class Latest<T> {
	value = $state<T | null>(null);
	error = $state<unknown>(null);
	loading = $state(false);
	#ticket = 0;

	/** Start `request`; only the most recent call may set the value or the error. */
	run(request: () => Promise<T>): void {
		const ticket = ++this.#ticket;
		this.loading = true;
		request().then(
			(value) => {
				if (ticket !== this.#ticket) return;
				this.value = value;
				this.error = null;
				this.loading = false;
			},
			(error: unknown) => {
				if (ticket !== this.#ticket) return;
				this.error = error;
				this.loading = false;
			}
		);
	}
}
