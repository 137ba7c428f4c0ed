// Summarises a V8 .cpuprofile (node --cpu-prof) by where the time went: self time per package, or per file of ours.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly url: string; readonly functionName: string };
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const TOP = 25;

/** A package for code in node_modules (scoped ones whole), the file for ours, V8's own label for the rest. */
function placeOf(url: string, functionName: string, root: string): string {
  // V8's own entries already read '(garbage collector)', '(idle)', '(program)'; natives have a bare name.
  if (!url) return functionName.startsWith('(') ? functionName : `(${functionName || 'anonymous'})`;
  const path = url.replace(/^file:\/\//, '');
  const inModules = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1] ?? path;
  if (path.startsWith('node:')) return path;
  return relative(root, path);
}

function selfTimeByPlace(profile: CpuProfile, root: string): Map<string, number> {
  const placeOfNode = new Map(
    profile.nodes.map((node) => [node.id, placeOf(node.callFrame.url, node.callFrame.functionName, root)]),
  );
  const micros = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const place = placeOfNode.get(id) ?? '(unknown)';
    micros.set(place, (micros.get(place) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return micros;
}

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm exec -- node scripts/bench/profile-summary.ts <file.cpuprofile>');
  process.exit(1);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const micros = selfTimeByPlace(profile, process.cwd());
const total = [...micros.values()].reduce((a, b) => a + b, 0);
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled; self time by package or file, top ${TOP}`);
for (const [place, us] of [...micros].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  console.log(`${(us / 1e6).toFixed(2).padStart(8)} s  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${place}`);
}
