import { expect, test } from 'vitest';
import { withoutStacks } from '../../../src/narration/pipeline/prepass.ts';

test("a failed pre-pass says the essays' problems, not Astro's stack", () => {
  // As `astro build --silent` wrote it for an imported Pelican post.
  const log = [
    'content/essays/a-second-note/index.md:14: the link to /pages/about.html leads nowhere: /pages/about.html is no page of this site',
    '  Location:',
    '    /tmp/site/src/integrations/essay-checks.ts:100:43',
    '  Stack trace:',
    '    at astro:build:done (file:///tmp/site/src/integrations/essay-checks.ts:100:43)',
    '    at async build (file:///tmp/site/node_modules/astro/dist/core/build/index.js:50:3)',
    '',
  ].join('\n');
  expect(withoutStacks(log)).toBe(
    'content/essays/a-second-note/index.md:14: the link to /pages/about.html leads nowhere: /pages/about.html is no page of this site',
  );
});
