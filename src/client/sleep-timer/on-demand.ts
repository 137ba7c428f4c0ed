// Loads the sleep timer when a listener first sets it: most never do. Its code is its own self-contained bundle (see
// ../share-time/on-demand.ts for why).
import url from './sleep-timer.ts?worker&url';

document
  .querySelector('lectern-player [data-sleep] select')
  ?.addEventListener('change', () => void import(/* @vite-ignore */ url), { once: true });
