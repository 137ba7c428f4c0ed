// The `site` project's global setup: without a build there is nothing to check, so say so once, not in every file.
import { DIST, builtFiles } from './built-site.ts';

export default function requireBuiltSite(): void {
  if (builtFiles(DIST).length === 0) throw new Error(`${DIST} is empty: run \`npm run build\` first.`);
}
