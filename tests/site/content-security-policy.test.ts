import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/site/content-security-policy.ts';

describe('contentSecurityPolicy', () => {
  it('allows only the site\'s own files, Pagefind\'s WebAssembly, and no inline script or style', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('allows inline styles, never inline scripts, on a page whose diagrams Mermaid draws in the browser', () => {
    const policy = contentSecurityPolicy({ clientDiagrams: true });
    expect(policy).toContain("style-src 'self' 'unsafe-inline';");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
});
