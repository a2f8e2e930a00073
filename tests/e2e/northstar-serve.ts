/** Starts the built `northstar serve` command on a free port for a browser test; stopped by its pid. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServeProcess {
	url: string;
	stop(): Promise<void>;
}

export async function startServe(args: readonly string[]): Promise<ServeProcess> {
	const app = process.env.NORTHSTAR_BUILD_DIR ?? 'build';
	const child: ChildProcess = spawn(
		process.execPath,
		['bin/northstar.js', 'serve', '--port', '0', '--app', app, ...args],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const stop = async () => {
		if (child.exitCode !== null || child.pid === undefined) return;
		const exited = new Promise((done) => child.once('exit', done));
		process.kill(child.pid, 'SIGTERM');
		await exited;
	};
	// Ready when it prints its address (it opens the data first); poll, with a deadline.
	const deadline = Date.now() + 60_000;
	for (;;) {
		const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
		if (url) return { url, stop };
		if (child.exitCode !== null || Date.now() > deadline) {
			await stop();
			throw new Error(`northstar serve did not start (run "npm run build" first?):\n${output}`);
		}
		await new Promise((done) => setTimeout(done, 100));
	}
}
