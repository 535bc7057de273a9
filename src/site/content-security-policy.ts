/** What a page needs beyond the strict policy. */
export interface PolicyOptions {
  /** The page draws a diagram with Mermaid in the browser, which styles its SVG with `<style>` and style attributes. */
  clientDiagrams?: boolean;
}

/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>` tag (a static host may send no headers):
 * everything comes from the site itself and nothing inline runs. Scripts and stylesheets are files (astro.config.mjs
 * keeps Astro from inlining any), so the policy needs no hashes. Pagefind compiles its WebAssembly, which is all
 * 'wasm-unsafe-eval' allows: no eval, no inline script, no event handler attribute. Inline styles are allowed only on
 * pages whose diagrams Mermaid draws in the browser; the docs' HTML is sanitized and carries no style of its own.
 */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const directives: string[][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    ['style-src', "'self'", ...(options.clientDiagrams ? ["'unsafe-inline'"] : [])],
    // Docs may show images from other https sites (a dashboard's graph, a vendor's diagram): an image runs nothing.
    ['img-src', "'self'", 'data:', 'https:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
