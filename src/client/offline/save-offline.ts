// Up front on a narrated essay: registers the worker and shows "Save for offline". The saving code (save-control.ts)
// loads on the first press, or at once if this essay is already saved (to show so, and to replace a copy that is out
// of date). It is bundled on its own (Vite's worker bundle, though it runs in the page), so that loading it later
// needs no preload helper here: that helper alone would be twice this script.
import saveControlUrl from './save-control.ts?worker&url';
import { unitPrefix } from './cache-names.ts';
import { registerWorker } from './register-worker.ts';

const control = document.querySelector<HTMLElement>('[data-save-offline]');
if (control && registerWorker()) {
  const button = control.querySelector('[data-save]');
  const start = (press: boolean): void => {
    button?.removeEventListener('click', pressed);
    if (press) control.dataset.pressed = '';
    import(/* @vite-ignore */ saveControlUrl).catch(console.warn);
  };
  const pressed = (): void => start(true);
  button?.addEventListener('click', pressed);
  control.hidden = false;
  caches
    .keys()
    .then((names) => names.some((name) => name.startsWith(unitPrefix(control.dataset.slug ?? ''))) && start(false))
    .catch(console.warn);
}
