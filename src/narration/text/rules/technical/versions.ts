// Versions said one way in every context: "1.0.0" is "one point oh point oh", "v18.2" "version eighteen point two",
// "network-utility@1.0.0" "network utility version one point oh point oh", "@astrojs/mdx" "at astrojs slash mdx".
import { cardinal } from '../../number-words.ts';
import { said } from '../../said-marks.ts';
import { sayIdentifier } from './identifiers.ts';

const part = (n: string): string => (Number(n) === 0 ? 'oh' : n.length > 4 ? [...n].join(' ') : cardinal(Number(n)));

/** "1.0.0-beta.2" → "one point oh point oh beta two"; the "v" of "v1.2" becomes "version". */
export function sayVersion(version: string): string {
  const match = /^(v)?(\d+(?:\.\d+)+|\d+)(?:-([\w.]+))?$/i.exec(version);
  if (!match) return version;
  const [, v, numbers = '', label] = match;
  const tag =
    label === undefined
      ? ''
      : ` ${label
          .split('.')
          .map((bit) => (/^\d+$/.test(bit) ? cardinal(Number(bit)) : sayIdentifier(bit)))
          .join(' ')}`;
  return `${v ? 'version ' : ''}${numbers.split('.').map(part).join(' point ')}${tag}`;
}

/** A package name, scoped or not: "@astrojs/mdx" → "at astrojs slash mdx". */
export const sayPackageName = (name: string): string =>
  name
    .replace(/^@/, 'at ')
    .split('/')
    .map((bit) => sayIdentifier(bit.replace(/\./g, ' dot ')))
    .join(' slash ');

export const PACKAGE_SPEC = /^((?:@[\w.-]+\/)?[\w.-]+)@[\^~]?(v?\d+(?:\.\d+)*(?:-[\w.]+)?)$/;
export const SCOPED_PACKAGE = /^@[\w.-]+\/[\w.-]+$/;
export const VERSION = /^v?\d+(?:\.\d+)+(?:-[\w.]+)?$/;

/** "react@18.2.0" → "react version eighteen point two point oh". */
export function sayPackageSpec(spec: string): string | undefined {
  const match = PACKAGE_SPEC.exec(spec);
  if (!match) return SCOPED_PACKAGE.test(spec) ? sayPackageName(spec) : undefined;
  const [, name = '', version = ''] = match;
  return `${sayPackageName(name)} version ${sayVersion(version).replace(/^version /, '')}`;
}

// In prose: a package with its version, a scoped package, a dotted version of three parts or with a "v", or any
// dotted number after "version" (where "4.5" would otherwise be a decimal).
const IN_PROSE =
  /(?<![\w@/.-])(?:((?:@[\w.-]+\/)?[\w-][\w.-]*@[\^~]?v?\d+(?:\.\d+)*(?:-[\w.]+)?)|(@[\w-][\w.-]*\/[\w-][\w.-]*)|(v\d+(?:\.\d+)+(?:-[\w.]+)?|\d+\.\d+\.\d+(?:\.\d+)*(?:-[a-z][\w.]*)?)|(?<=\bversions? )(\d+(?:\.\d+)+))(?![\w@/-]|\.\d)/gi;

export function sayVersions(text: string): string {
  return text.replace(IN_PROSE, (whole: string, spec?: string, scoped?: string, version?: string, after?: string) =>
    said(spec || scoped ? (sayPackageSpec(whole) ?? whole) : sayVersion(version ?? after ?? whole)),
  );
}
