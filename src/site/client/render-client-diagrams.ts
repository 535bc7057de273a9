// Draws author-written diagram types the build cannot draw, with Mermaid in the browser at its strict security
// level. Only pages holding such a diagram load this; `fieldguide build` copies Mermaid's files next to the site.

interface MermaidApi {
  initialize: (config: Record<string, unknown>) => void;
  run: (options: { querySelector: string }) => Promise<void>;
}

/** Loads Mermaid from `<base>_fieldguide/mermaid/` and draws every `figure.diagram-client pre.mermaid`. */
export async function renderClientDiagrams(base: string): Promise<void> {
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const { default: mermaid } = (await import(/* @vite-ignore */ `${base}_fieldguide/mermaid/mermaid.esm.min.mjs`)) as { default: MermaidApi };
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
  await mermaid.run({ querySelector: 'figure.diagram-client pre.mermaid' });
}
