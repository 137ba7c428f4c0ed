// The setting that turns continuous play off (the queue page's checkbox), remembered in localStorage.
import { keep, kept } from './queue-store.ts';

const CONTINUOUS_KEY = 'lectern:continuous-play';

/** Continuous play is on unless the listener turned it off. */
export const continuousPlay = (): boolean => kept('localStorage')?.getItem(CONTINUOUS_KEY) !== 'off';

export const saveContinuousPlay = (on: boolean): void => keep(CONTINUOUS_KEY, on ? undefined : 'off');
