// Command-line flags as a person says them: "--force" is "dash dash force", "--no-verify" "dash dash no verify".
import { said } from '../../said-marks.ts';
import { sayIdentifier } from './identifiers.ts';

export const FLAG = /^(--?)([A-Za-z][\w-]*)(?:=(\S+))?$/;

export function sayFlag(flag: string): string | undefined {
  const match = FLAG.exec(flag);
  if (!match) return undefined;
  const [, dashes = '', name = '', value] = match;
  const dash = dashes === '--' ? 'dash dash' : 'dash';
  return `${dash} ${sayIdentifier(name)}${value === undefined ? '' : ` equals ${sayIdentifier(value)}`}`;
}

// In prose the two-dash form: a single dash before a word is too often a hyphen or a minus. Typography makes
// "--force" "—force" or "–force" (Astro's SmartyPants): a dash after a space and glued to a lower-case word is one too.
// A dash before one letter on its own ("prefer -v") is a flag, since no hyphen stands there.
const IN_PROSE = /(?<![\w-])(?:--|(?<=\s)[—–])[a-z][\w-]*(?:=[\w.-]+)?(?![\w-])|(?<=\s)-[A-Za-z](?=[\s,.;:)]|$)/g;

export const sayFlags = (text: string): string =>
  text.replace(IN_PROSE, (flag) => said(sayFlag(flag.replace(/^[—–]/, '--')) ?? flag));
