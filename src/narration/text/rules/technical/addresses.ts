// Where something lives, said so a listener knows where without hearing every character: a URL is its host,
// "example dot com", and then stops; a path is "src slash bundle dot js", an address "ada at example dot com".
import { said } from '../../said-marks.ts';
import { sayIdentifier } from './identifiers.ts';

const dotted = (name: string): string => name.split('.').filter(Boolean).map(sayIdentifier).join(' dot ');
const host = (name: string): string => dotted(name.toLowerCase().replace(/^www\./, ''));
const isDomain = (name: string): boolean => /^[\w-]+(?:\.[\w-]+)+$/.test(name) && /[a-z]{2,}$/i.test(name);

export const URL = /^(?:([a-z][a-z\d+.-]*):\/\/|(?=www\.))([^/?#\s]*)[^\s]*$/i;

/**
 * "https://some-cool-free-hosting.com/x/y" → "some cool free hosting dot com": what a person reading the page aloud
 * says, with no "a link to" they would not say; no path is read. A host that is no domain ("at://did:plc:…") is "a link".
 */
export function sayUrl(url: string): string | undefined {
  const match = URL.exec(url);
  if (!match) return undefined;
  const name = (match[2] ?? '').replace(/^[^@]*@/, '').replace(/:\d+$/, '');
  return isDomain(name) ? host(name) : 'a link';
}

const FILE_TYPES =
  'js|jsx|ts|tsx|mjs|cjs|json|md|mdx|css|scss|html|htm|yml|yaml|toml|txt|sh|py|rb|go|rs|lock|svg|png|jpe?g|gif|webp|mp3|mp4|wasm|xml|csv|astro|vue|svelte';
// A path's segment: dots inside it only, so a full stop after a path stays the sentence's.
const SEGMENT = String.raw`[\w@*-]+(?:\.[\w@*-]+)*`;
export const PATH = new RegExp(
  String.raw`^(?:\.{1,2}\/|~\/|\/)?(?:${SEGMENT}\/)*(?:${SEGMENT}\.(?:${FILE_TYPES})|${SEGMENT}\/${SEGMENT}|${SEGMENT}\/)(?:#[\w-]+)?$`,
);

/** "/src/bundle.js#onLike" → "src slash bundle dot js, hash on like"; "*" is "star", "~/" "home". */
export function sayPath(path: string): string {
  const [file = '', fragment] = path.split('#');
  const words = file
    .replace(/^~\//, 'home/')
    .replace(/^\.{1,2}\/|^\//, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => dotted(segment.replace(/\*/g, ' star ').replace(/@/g, ' at ')).replace(/\s+/g, ' ').trim())
    .join(' slash ');
  return fragment === undefined ? words : `${words}, hash ${sayIdentifier(fragment)}`;
}

// In prose: URLs, email addresses, paths to files, and dotted names ("danabra.mov", "this.props").
const URL_IN_PROSE = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s]*?(?=[.,;:!?)'"]*(?:\s|$))/gi;
const EMAIL = /\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b/g;
const PATH_IN_PROSE = new RegExp(
  String.raw`(?<![\w@/.-])(?:\.{1,2}\/|~\/|\/)?(?:${SEGMENT}\/)+${SEGMENT}(?:\.(?:${FILE_TYPES}))?(?:#[\w-]+)?(?![\w/])|(?<![\w@/.-])[\w-]+\.(?:${FILE_TYPES})(?![\w.])`,
  'g',
);
// Two-letter parts at least, so "e.g." and "U.S." stay abbreviations, and not before a digit ("p.4").
const DOTTED_NAME = /(?<![\w@/.-])[A-Za-z_$][\w$-]+(?:\.[A-Za-z_$][\w$-]+)+(?![\w@/-]|\.\w)/g;

export function sayAddresses(text: string): string {
  return text
    .replace(URL_IN_PROSE, (url) => said(sayUrl(url) ?? url))
    .replace(EMAIL, (_, user: string, name: string) => said(`${dotted(user)} at ${host(name)}`))
    .replace(PATH_IN_PROSE, (path) => (/[A-Za-z]/.test(path) && !/^\w+\/\w+$/.test(path) ? said(sayPath(path)) : path))
    .replace(DOTTED_NAME, (name) => said(dotted(name)));
}
