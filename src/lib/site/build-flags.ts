// The interface between a build and the narration around it, in one place: the environment switches a build reads,
// and the mark by which a pre-pass build hands its essays' spoken blocks back to `npm run narrate`.

const NARRATION = 'LECTERN_NARRATION';
const PREPASS_ESSAYS = 'LECTERN_PREPASS_ESSAYS';
const TEST_ENGINES = 'LECTERN_TEST_ENGINES';

type Env = Readonly<Record<string, string | undefined>>;

/** Off for quick dev builds, the bad-input tests and the narration pre-pass: pages then offer no generated narration. */
export const generatedNarrationEnabled = (env: Env = process.env): boolean => env[NARRATION] !== 'off';

/** The environment of a build with generated narration switched off. */
export const NARRATION_OFF: Readonly<Record<string, string>> = { [NARRATION]: 'off' };

/**
 * The essays a narration pre-pass loads: undefined in a normal build (every essay, the real caches), '*' for every
 * essay, or the slugs it must render, so a pre-pass costs what those essays cost, not the archive.
 */
export function prepassEssays(env: Env = process.env): '*' | readonly string[] | undefined {
  const only = env[PREPASS_ESSAYS];
  return only === undefined || only === '*' ? only : only.split(',');
}

/** Whether this build is a narration pre-pass, which only its essay pages' spoken blocks are read from. */
export const isPrepass = (env: Env = process.env): boolean => prepassEssays(env) !== undefined;

/** Where a pre-pass build keeps Astro's caches, apart from the real build's (astro.config.mjs). */
export const PREPASS_CACHE_DIR = '.cache/astro-prepass';

/** The environment of a pre-pass build of these essays (all of them if none are given). */
export const prepassEnv = (slugs?: readonly string[]): Record<string, string> => ({
  ...NARRATION_OFF,
  [PREPASS_ESSAYS]: slugs ? slugs.join(',') : '*',
});

/** The id of the JSON script in which a pre-pass page carries the spoken blocks the page itself segmented. */
export const PREPASS_BLOCKS_ID = 'lectern-spoken-blocks';

/** On in tests and benchmarks only: the site config may then name a test engine (silence), which no real site may. */
export const testEnginesEnabled = (env: Env = process.env): boolean => env[TEST_ENGINES] === 'on';

/** The environment of a test or benchmark run that narrates with a test engine. */
export const TEST_ENGINES_ON: Readonly<Record<string, string>> = { [TEST_ENGINES]: 'on' };
