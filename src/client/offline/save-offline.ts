// Up front on a narrated essay: shows "Save for offline" where the browser can keep an essay. No worker is registered
// until the listener saves something; then it is kept registered (and so updated) from every essay page. The saving
// code (save-control.ts) loads on the first press, or at once if this essay is already saved (to show so, and to
// replace a copy of an older narration). It is bundled on its own (Vite's worker bundle, though it runs in the page),
// so that loading it needs no preload helper here: that helper alone would be twice this script.
import saveControlUrl from './save-control.ts?worker&url';
import { isSavedEssay, unitPrefix } from './cache-names.ts';
import { canKeepOffline, registerWorker } from './register-worker.ts';

const control = document.querySelector<HTMLElement>('[data-save-offline]');
if (control && !canKeepOffline()) control.hidden = true;
else if (control) {
  const button = control.querySelector('[data-save]');
  const start = (press: boolean): void => {
    button?.removeEventListener('click', pressed);
    if (press) control.dataset.pressed = '';
    import(/* @vite-ignore */ saveControlUrl).catch(console.warn);
  };
  const pressed = (): void => start(true);
  button?.addEventListener('click', pressed);
  control.dataset.ready = '';
  caches
    .keys()
    .then((names) => {
      if (names.some(isSavedEssay)) void registerWorker();
      if (names.some((name) => name.startsWith(unitPrefix(control.dataset.slug ?? '')))) start(false);
    })
    .catch(console.warn);
}
