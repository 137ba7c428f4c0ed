// Reads `npm run bench` flags: --sizes 100,1000 and --only lectern,astro,… ; anything else stops with a message.

export const PEER_IDS = [
  'lectern',
  'lectern-md',
  'lectern-off',
  'lectern-off-md',
  'lectern-dev',
  'astro',
  'astro-satteri',
  'eleventy',
  'hugo',
] as const;
export type PeerId = (typeof PEER_IDS)[number];

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly only: readonly PeerId[];
}

const isPeer = (id: string): id is PeerId => (PEER_IDS as readonly string[]).includes(id);

export function readBenchOptions(argv: readonly string[]): BenchOptions {
  let sizes: number[] = [100, 1000];
  let only: PeerId[] = [...PEER_IDS];
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined)
      throw new Error(`bench: ${flag} needs a value, e.g. --sizes 100,1000 or --only lectern,astro`);
    const list = value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    if (flag === '--sizes') {
      sizes = list.map(Number);
      const bad = list.filter((item) => !/^[1-9]\d*$/.test(item));
      if (bad.length || !list.length)
        throw new Error(`bench: --sizes takes whole numbers of essays, such as 100,1000; not "${value}"`);
    } else if (flag === '--only') {
      const unknown = list.filter((id) => !isPeer(id));
      if (unknown.length || !list.length)
        throw new Error(`bench: --only takes peers among ${PEER_IDS.join(', ')}; not "${unknown.join(', ') || value}"`);
      only = list.filter(isPeer);
    } else {
      throw new Error(`bench: unknown flag "${flag}"; the flags are --sizes 100,1000 and --only ${PEER_IDS.join(',')}`);
    }
  }
  return { sizes, only };
}
