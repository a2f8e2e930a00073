/** Server-rendered component markup, made stable for snapshots and readable in a diff. */
import type { Component } from 'svelte';
import { render } from 'svelte/server';

/**
 * Render on the server and strip what changes without the picture changing: hydration comments and
 * scoped-style hashes (which change with any CSS edit). One element per line.
 */
export function serverMarkup<Props extends object>(
	component: Component<Props>,
	props: NoInfer<Props>
): string {
	const { body } = render(component, { props });
	return body
		.replace(/<!--[^]*?-->/g, '')
		.replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/ class=""/g, '')
		.replace(/></g, '>\n<');
}
