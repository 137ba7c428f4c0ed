// Reads an engine's options from the site config: a wrong name or value fails, naming the engine, the option and the problem.

/** Options as the site config writes them: plain values, so that they can travel to the worker threads. */
export type EngineOptions = Readonly<Record<string, string | number>>;

export interface OptionReader {
  /** A non-empty string; with no fallback, the option is required. */
  string(name: string, fallback?: string): string;
  /** An http(s) URL, without a trailing slash. */
  url(name: string, fallback: string): string;
  /** A number above zero. */
  positive(name: string, fallback: number): number;
  /** A whole number of at least one. */
  count(name: string, fallback: number): number;
}

export function readEngineOptions(engineId: string, options: EngineOptions, known: readonly string[]): OptionReader {
  // A misspelt option would otherwise be ignored, and the engine would quietly use its default.
  const unknown = Object.keys(options).filter((name) => !known.includes(name));
  if (unknown.length) {
    const accepted = known.length ? `its options are ${known.join(', ')}` : 'it takes none';
    throw new Error(
      `narration engine "${engineId}" has no option ${unknown.map((name) => `"${name}"`).join(', ')}; ${accepted}`,
    );
  }
  const given = (name: string): unknown => (Object.hasOwn(options, name) ? options[name] : undefined);
  const invalid = (name: string, expected: string): Error =>
    new Error(
      `narration option "${name}" of engine "${engineId}" must be ${expected}, not ${JSON.stringify(given(name))}`,
    );

  const string = (name: string, fallback?: string): string => {
    const value = given(name) ?? fallback;
    if (value === undefined) throw new Error(`narration engine "${engineId}" needs the option "${name}"`);
    if (typeof value !== 'string' || value.trim() === '') throw invalid(name, 'a non-empty string');
    return value;
  };
  const url = (name: string, fallback: string): string => {
    const value = string(name, fallback);
    if (!/^https?:$/.test(URL.parse(value)?.protocol ?? '')) throw invalid(name, 'an http or https URL');
    return value.replace(/\/+$/, '');
  };
  const positive = (name: string, fallback: number): number => {
    const value = given(name) ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw invalid(name, 'a number above zero');
    return value;
  };
  const count = (name: string, fallback: number): number => {
    const value = positive(name, fallback);
    if (!Number.isInteger(value)) throw invalid(name, 'a whole number');
    return value;
  };
  return { string, url, positive, count };
}
