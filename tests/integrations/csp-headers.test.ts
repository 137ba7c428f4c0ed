import { describe, expect, test } from 'vitest';
import { headersFile, pagePath, pagePolicy } from '../../src/integrations/csp-headers.ts';

describe('the _headers file', () => {
  test('maps built files to the paths they are served at', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('essays/x/index.html')).toBe('/essays/x/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
  test("reads the page's CSP meta tag", () => {
    expect(pagePolicy('<meta http-equiv="Content-Security-Policy" content="script-src \'self\'">')).toBe(
      "script-src 'self'",
    );
    expect(pagePolicy('<p>none</p>')).toBeUndefined();
  });
  test('sends each page its own policy, adding what only a header can say, and a revalidate rule for narration', () => {
    expect(headersFile([{ path: '/', policy: "script-src 'self';" }])).toBe(
      [
        '/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin',
        '/narration/*\n  Cache-Control: public, max-age=0, must-revalidate',
        "/\n  Content-Security-Policy: script-src 'self'; frame-ancestors 'none'\n",
      ].join('\n\n'),
    );
  });
});
