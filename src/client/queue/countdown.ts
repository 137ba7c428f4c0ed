// The countdown before the queue's next essay starts, in whole seconds from a deadline; time is passed in.

export const COUNTDOWN_SECONDS = 5;

/** Seconds left until the deadline (milliseconds, as Date.now()), rounded up, never below 0. */
export const secondsLeft = (deadline: number, now: number): number => Math.max(0, Math.ceil((deadline - now) / 1000));
