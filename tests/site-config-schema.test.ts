import { describe, expect, test } from 'vitest';
import { TEST_ENGINES_ON } from '../src/lib/site/build-flags.ts';
import { checkSiteConfig } from '../src/site-config-schema.ts';
import { SITE } from '../src/site.config.ts';

type Config = Record<string, unknown>;
const withField = (path: string, value: unknown): Config => {
  const config = structuredClone(SITE) as unknown as Config;
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce((object, key) => object[key] as Config, config);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return config;
};

describe('checkSiteConfig', () => {
  test("accepts the site's own config", () => {
    expect(() => checkSiteConfig(SITE)).not.toThrow();
  });
  test('rejects a url that is not a URL', () => {
    expect(() => checkSiteConfig(withField('url', 'lectern.example.org'))).toThrow(
      'src/site.config.ts: url: must be an absolute URL',
    );
  });
  test('rejects a url with a path, since every link starts at /', () => {
    expect(() => checkSiteConfig(withField('url', 'https://me.github.io/lectern'))).toThrow(
      'url: must be the root of a host',
    );
  });
  test('rejects a url that is not http(s)', () => {
    expect(() => checkSiteConfig(withField('url', 'ftp://lectern.example.org'))).toThrow(
      'url: must start with https://',
    );
  });
  test('rejects an unknown timezone', () => {
    expect(() => checkSiteConfig(withField('timezone', 'Europe/Lodnon'))).toThrow(
      'timezone: "Europe/Lodnon" is not an IANA time zone',
    );
  });
  test('rejects an unknown language', () => {
    expect(() => checkSiteConfig(withField('lang', 'english'))).toThrow('lang: "english" is not a known language tag');
    expect(() => checkSiteConfig(withField('lang', 'xx'))).toThrow('lang: "xx" is not a known language tag');
    expect(() => checkSiteConfig(withField('lang', 'en-XX'))).toThrow('lang: "en-XX" is not a known language tag');
  });
  test('accepts a language with a region', () => {
    expect(() => checkSiteConfig(withField('lang', 'pt-BR'))).not.toThrow();
  });
  test('rejects an unknown narration engine, listing the known ones', () => {
    expect(() => checkSiteConfig(withField('narration.engine', 'festival'))).toThrow(
      'narration.engine: Unknown speech engine "festival"; known engines: flite, espeak, openai, elevenlabs, piper',
    );
  });
  test('refuses the silence engine for a real site, and allows it to a test or benchmark run', () => {
    const silent = withField('narration.engine', 'silence');
    (silent.narration as Config).voice = 'none';
    expect(() => checkSiteConfig(silent, {})).toThrow(
      'narration.engine: speech engine "silence" is for tests and benchmarks only: it makes no speech',
    );
    expect(() => checkSiteConfig(silent, TEST_ENGINES_ON)).not.toThrow();
  });
  test("rejects a voice flite doesn't have", () => {
    expect(() => checkSiteConfig(withField('narration.voice', 'kal'))).toThrow(
      'narration.voice: flite has no voice "kal"; its voices: rms, slt, awb, kal16',
    );
  });
  test("leaves other engines' voices to the engine, which checks them when it first speaks", () => {
    const config = withField('narration.voice', 'fr');
    (config.narration as Config).engine = 'espeak';
    expect(() => checkSiteConfig(config)).not.toThrow();
  });
  test('requires the podcast owner email, where directories confirm the feed', () => {
    expect(() => checkSiteConfig(withField('podcast.owner.email', undefined))).toThrow(
      'podcast.owner.email: must be an email address',
    );
    expect(() => checkSiteConfig(withField('podcast.owner.email', 'not an address'))).toThrow(
      'podcast.owner.email: must be an email address',
    );
  });
  test('rejects artwork that is not an SVG in the project, since the build renders it to PNGs', () => {
    expect(() => checkSiteConfig(withField('artwork', '/narration-artwork.png'))).toThrow(
      'artwork: must be a square SVG in the project',
    );
    expect(() => checkSiteConfig(withField('artwork', 'src/cover.png'))).toThrow(
      'artwork: must be a square SVG in the project',
    );
  });
  test('requires podcast.locked to be true or false', () => {
    expect(() => checkSiteConfig(withField('podcast.locked', 'yes'))).toThrow('podcast.locked: must be true or false');
  });
  test('rejects a podcast owner email that is not an address', () => {
    expect(() => checkSiteConfig(withField('podcast.owner.email', 'podcast at example.org'))).toThrow(
      'podcast.owner.email: must be an email address',
    );
  });
  test('requires feeds.items to be a whole number above zero', () => {
    expect(() => checkSiteConfig(withField('feeds.items', 0))).toThrow('feeds.items: must be above zero');
    expect(() => checkSiteConfig(withField('feeds.items', 2.5))).toThrow('feeds.items: must be a whole number');
  });
  test("takes oldFeeds as site paths only, since they are redirected on this site's host", () => {
    expect(() => checkSiteConfig(withField('oldFeeds', []))).not.toThrow();
    expect(() => checkSiteConfig(withField('oldFeeds', ['https://old.example.org/feed.xml']))).toThrow(
      'src/site.config.ts: oldFeeds.0: "https://old.example.org/feed.xml" must be a site path such as /feeds/all.atom.xml',
    );
    expect(() => checkSiteConfig(withField('oldFeeds', '/feed.xml'))).toThrow(
      'oldFeeds: must be a list of site paths such as /feeds/all.atom.xml',
    );
  });
  test('takes deploy.oversize as warn or error, nothing else', () => {
    expect(() => checkSiteConfig(withField('deploy.oversize', 'error'))).not.toThrow();
    expect(() => checkSiteConfig(withField('deploy.oversize', 'fail'))).toThrow(
      'deploy.oversize: must be warn or error',
    );
  });
  test('requires deploy.maxFileMiB to be a size above zero', () => {
    expect(() => checkSiteConfig(withField('deploy.maxFileMiB', '25 MiB'))).toThrow(
      'deploy.maxFileMiB: must be a number',
    );
    expect(() => checkSiteConfig(withField('deploy.maxFileMiB', 0))).toThrow('deploy.maxFileMiB: must be above zero');
  });
  test('rejects a misspelt field, naming it', () => {
    expect(() => checkSiteConfig(withField('timeZone', 'Europe/London'))).toThrow('unknown field(s): timeZone');
  });
  test('names every wrong field at once', () => {
    const config = withField('url', 'nowhere');
    config.timezone = 'Mars/Olympus';
    expect(() => checkSiteConfig(config)).toThrow(/url: must be an absolute URL[\s\S]*timezone: "Mars\/Olympus"/);
  });
});
