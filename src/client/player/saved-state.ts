// What the player remembers in localStorage: where each essay was left, and the listener's speed across essays.

const positionKey = (slug: string): string => `lectern:position:${slug}`;
const SPEED_KEY = 'lectern:speed';
/** The essay heard last, for the home page's "Continue listening" (src/client/continue/). */
export const LAST_HEARD_KEY = 'lectern:last-heard';
// A few seconds in is not worth an offer, and the last few seconds mean the essay was heard to the end.
const NOT_WORTH_RESUMING = 5;

// Storage throws where it is blocked (cookies off, some private windows); the player then just forgets.
export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch (error) {
    console.info('Lectern player: cannot remember positions here.', error);
    return undefined;
  }
}

export function remember(key: string, value: string | undefined): void {
  try {
    if (value === undefined) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch (error) {
    console.info('Lectern player: cannot remember positions here.', error);
  }
}

/** The position to offer "Resume from …", if one is worth offering. */
export function savedPosition(slug: string, duration: number): number | undefined {
  const seconds = Number(storage()?.getItem(positionKey(slug)));
  return seconds >= NOT_WORTH_RESUMING && seconds <= duration - NOT_WORTH_RESUMING ? seconds : undefined;
}

export const savePosition = (slug: string, seconds: number | undefined): void =>
  remember(positionKey(slug), seconds === undefined ? undefined : seconds.toFixed(1));

export const savedSpeed = (): string | undefined => storage()?.getItem(SPEED_KEY) ?? undefined;

export const saveSpeed = (rate: string): void => remember(SPEED_KEY, rate);

/** The essay heard most recently, as the home page's "Continue listening" names it. */
export interface Heard {
  slug: string;
  title: string;
  duration: number;
}

export const saveLastHeard = (heard: Heard): void => remember(LAST_HEARD_KEY, JSON.stringify(heard));
