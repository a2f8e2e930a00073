/**
 * Registers the app's service worker (src/service-worker.ts) once the first data is on screen and the
 * page is idle: its install downloads the build's files again (from the HTTP cache where the server
 * allows), which must not compete with the first visit's own start. Not in dev (Vite serves changing
 * modules) and not when a Northstar server answers (its page needs the network anyway). Offline caching is
 * a bonus, so a refusal (private window, storage off) is ignored: every visit then loads from the network.
 */
import { dev } from '$app/environment';
import { resolve } from '$app/paths';

let registered = false;

export function registerAppWorker(
	container: ServiceWorkerContainer | undefined = navigator.serviceWorker
): void {
	if (registered || dev || !container) return;
	registered = true;
	const register = () => {
		container.register(`${resolve('/')}service-worker.js`).catch(() => {});
	};
	const whenIdle = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(register, { timeout: 2000 })
			: setTimeout(register, 200);
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle, { once: true });
}
