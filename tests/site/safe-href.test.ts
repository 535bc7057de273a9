import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/site/safe-href.ts';

describe('safeHref', () => {
  it('keeps web and mail links', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref(' http://example.com ')).toBe('http://example.com');
    expect(safeHref('mailto:team@example.com')).toBe('mailto:team@example.com');
  });

  it('drops every other scheme', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'file:///etc/passwd']) {
      expect(safeHref(url), url).toBeUndefined();
    }
    expect(safeHref(undefined)).toBeUndefined();
  });

  it('reads schemes in any case and needs a host or an address, as the schema does', () => {
    expect(safeHref('HTTPS://example.org/')).toBe('HTTPS://example.org/');
    expect(safeHref('MailTo:team@example.org')).toBe('MailTo:team@example.org');
    for (const url of ['https://', 'http:///path', 'https://user@', 'mailto:', 'https:example.org']) expect(safeHref(url), url).toBeUndefined();
  });
});
