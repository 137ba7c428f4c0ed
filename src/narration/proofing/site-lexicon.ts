// Reads the site's pronunciation lexicon from disk, for narrate and for the build's start-up check.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lexicon, NO_PRONUNCIATIONS, parseLexiconFile, SITE_LEXICON } from '../../lib/essays/pronunciations.ts';

/** The lexicon in content/pronunciations.yml, or none if there is no such file; a bad one throws, naming the line. */
export function readSiteLexicon(root = '.'): Lexicon {
  const file = join(root, SITE_LEXICON);
  return existsSync(file) ? parseLexiconFile(readFileSync(file, 'utf8'), SITE_LEXICON) : NO_PRONUNCIATIONS;
}
