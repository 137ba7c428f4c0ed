// What the deploy targets named in the README accept, and which published files go past the site's limit.
const MIB = 1024 ** 2;

/** The smallest per-file limit of the hosts: Cloudflare Pages serves no file over 25 MiB. */
export const CLOUDFLARE_PAGES_FILE_BYTES = 25 * MIB;
// GitHub Pages refuses files over 100 MB and recommends a published site of at most 1 GB.
const GITHUB_PAGES_SITE_BYTES = 1000 ** 3;
const HOSTS_SAY = 'Cloudflare Pages serves no file over 25 MiB, GitHub Pages none over 100 MB';

/** Sizes as people read them: 312 B, 40.5 KiB, 20.6 MiB, 1.02 GiB. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  const power = Math.min(units.length - 1, bytes < 1024 ? 0 : Math.floor(Math.log(bytes) / Math.log(1024)));
  if (power === 0) return `${bytes} B`;
  const value = bytes / 1024 ** power;
  return `${value.toFixed(value < 10 && power === 3 ? 2 : 1)} ${units[power]}`;
}

export interface PublishedFile {
  /** Where it is served, such as /narration/the-plain-page.mp3. */
  readonly path: string;
  readonly bytes: number;
  /** The essay it belongs to (content/essays/<slug>.mdx, .md or <slug>/index.md), so the author knows which one to shorten or split. */
  readonly essay?: string;
}

/** One line per file over `maxFileMiB`, naming its essay, its size and the limit; none when every file fits. */
export function oversizeFiles(files: readonly PublishedFile[], maxFileMiB: number): string[] {
  return files
    .filter(({ bytes }) => bytes > maxFileMiB * MIB)
    .map(
      ({ path, bytes, essay }) =>
        `${essay ? `${essay}: ` : ''}${path} is ${formatBytes(bytes)}, over deploy.maxFileMiB (${maxFileMiB} MiB) in src/site.config.ts; ${HOSTS_SAY}`,
    );
}

/** Why a site of `totalBytes` is too large for GitHub Pages, or undefined. A recommendation there, so never an error. */
export function siteSizeProblem(totalBytes: number): string | undefined {
  if (totalBytes <= GITHUB_PAGES_SITE_BYTES) return undefined;
  return `dist/ is ${formatBytes(totalBytes)}: GitHub Pages recommends a published site of at most 1 GB`;
}
