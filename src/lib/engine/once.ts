/**
 * `run` made lazy and shared: the first call starts it, later calls get the same promise; a failure is
 * not kept, so the next call tries again.
 */
export function onceUntilFailure<T>(run: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | null = null;
	return () => {
		pending ??= run().catch((error: unknown) => {
			pending = null;
			throw error;
		});
		return pending;
	};
}
