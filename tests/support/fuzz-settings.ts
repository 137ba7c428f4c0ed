// One setting for every property test: 1,000 cases; a fixed seed on CI, so a red run can be rerun as it was, and a
// fresh one locally, to cover new ground. fast-check prints the seed and path of a failure; FUZZ_SEED replays it.
import type { Parameters } from 'fast-check';

const replay = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

export const FUZZ: Parameters<unknown> = {
  numRuns: 1000,
  ...(replay !== undefined ? { seed: replay } : process.env.CI ? { seed: 20260318 } : {}),
};
