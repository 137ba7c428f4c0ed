// How long a service asks a client to wait before retrying (RFC 9110, section 10.2.3): seconds, or an HTTP date.

/** Milliseconds to wait, or undefined when the header is absent or unreadable; `now` is the current time in ms. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  // The RFC says whole seconds; some services send a fraction, which costs nothing to honour.
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  // Every HTTP date form starts with a day name; Date.parse alone would take "-5" for a year.
  const date = /^[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
