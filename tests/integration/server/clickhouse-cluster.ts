/**
 * A two-shard ClickHouse cluster on 127.0.0.1 for tests: two clickhouse-server processes (Debian's package),
 * each with its own temporary directory, free ports and a generated config.xml whose remote_servers names
 * the cluster `northstar_two_shards` (one replica per shard), and users `default` (may write), `reader`
 * (profile readonly=2) and `locked` (readonly=1), no passwords. Started by the test, polled on HTTP /ping
 * until ready, stopped by pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLUSTER = 'northstar_two_shards';

/** The server binary, or null when the package is not installed. */
export function clickhouseServerBinary(): string | null {
	// Debian's package; the single `clickhouse` binary of newer releases takes `server` first and is not tried.
	for (const path of ['/usr/sbin/clickhouse-server', '/usr/bin/clickhouse-server']) {
		if (existsSync(path)) return path;
	}
	return null;
}

interface Node {
	dir: string;
	http: number;
	tcp: number;
	interserver: number;
	process?: ChildProcess;
}

export interface Cluster {
	/** The HTTP URLs of the two nodes. */
	urls: [string, string];
	stop(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});
}

function config(node: Node, nodes: readonly Node[]): string {
	const shards = nodes
		.map((n) => `<shard><replica><host>127.0.0.1</host><port>${n.tcp}</port></replica></shard>`)
		.join('');
	return `<?xml version="1.0"?>
<yandex>
	<logger><level>warning</level><log>${node.dir}/server.log</log><errorlog>${node.dir}/error.log</errorlog></logger>
	<listen_host>127.0.0.1</listen_host>
	<http_port>${node.http}</http_port>
	<tcp_port>${node.tcp}</tcp_port>
	<interserver_http_port>${node.interserver}</interserver_http_port>
	<path>${node.dir}/data/</path>
	<tmp_path>${node.dir}/tmp/</tmp_path>
	<user_files_path>${node.dir}/user_files/</user_files_path>
	<format_schema_path>${node.dir}/format_schemas/</format_schema_path>
	<users_config>${node.dir}/users.xml</users_config>
	<default_profile>default</default_profile>
	<default_database>default</default_database>
	<timezone>UTC</timezone>
	<mark_cache_size>67108864</mark_cache_size>
	<uncompressed_cache_size>67108864</uncompressed_cache_size>
	<max_concurrent_queries>20</max_concurrent_queries>
	<remote_servers><${CLUSTER}>${shards}</${CLUSTER}></remote_servers>
</yandex>
`;
}

const USERS = `<?xml version="1.0"?>
<yandex>
	<profiles>
		<default></default>
		<reads_only><readonly>2</readonly></reads_only>
		<locked><readonly>1</readonly></locked>
	</profiles>
	<users>
		<default>
			<password></password>
			<networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
			<profile>default</profile>
			<quota>default</quota>
		</default>
		<reader>
			<password></password>
			<networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
			<profile>reads_only</profile>
			<quota>default</quota>
		</reader>
		<locked>
			<password></password>
			<networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
			<profile>locked</profile>
			<quota>default</quota>
		</locked>
	</users>
	<quotas><default></default></quotas>
</yandex>
`;

async function ready(url: string, child: ChildProcess, log: () => string): Promise<void> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`clickhouse-server exited (${child.exitCode}): ${log()}`);
		try {
			const response = await fetch(`${url}/ping`);
			if (response.ok && (await response.text()).startsWith('Ok')) return;
		} catch {
			// not listening yet
		}
		await new Promise((done) => setTimeout(done, 250));
	}
	throw new Error(`clickhouse-server at ${url} did not answer /ping within 60 s: ${log()}`);
}

export async function startCluster(binary: string): Promise<Cluster> {
	const nodes: Node[] = [];
	for (let i = 0; i < 2; i++) {
		nodes.push({
			dir: mkdtempSync(join(tmpdir(), `northstar-ch${i}-`)),
			http: await freePort(),
			tcp: await freePort(),
			interserver: await freePort()
		});
	}
	const stop = async () => {
		await Promise.all(
			nodes.map(
				(node) =>
					new Promise<void>((done) => {
						const child = node.process;
						if (!child || child.exitCode !== null || child.pid === undefined) return done();
						const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
						child.once('exit', () => {
							clearTimeout(timer);
							done();
						});
						process.kill(child.pid, 'SIGTERM');
					})
			)
		);
		for (const node of nodes) rmSync(node.dir, { recursive: true, force: true });
	};
	try {
		for (const node of nodes) {
			for (const sub of ['data', 'tmp', 'user_files', 'format_schemas']) mkdirSync(join(node.dir, sub));
			writeFileSync(join(node.dir, 'config.xml'), config(node, nodes));
			writeFileSync(join(node.dir, 'users.xml'), USERS);
			let output = '';
			const child = spawn(binary, [`--config-file=${join(node.dir, 'config.xml')}`], {
				cwd: node.dir,
				stdio: ['ignore', 'pipe', 'pipe']
			});
			child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
			node.process = child;
			await ready(`http://127.0.0.1:${node.http}`, child, () => output.slice(-2000));
		}
	} catch (error) {
		await stop();
		throw error;
	}
	return {
		urls: nodes.map((n) => `http://127.0.0.1:${n.http}`) as [string, string],
		stop
	};
}
