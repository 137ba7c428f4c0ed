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

// In prose only the two-dash form: a single dash before a word is too often a hyphen or a minus.
const IN_PROSE = /(?<![\w-])--[A-Za-z][\w-]*(?:=[\w.-]+)?(?![\w-])/g;

export const sayFlags = (text: string): string => text.replace(IN_PROSE, (flag) => said(sayFlag(flag) ?? flag));
