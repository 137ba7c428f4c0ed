// Loads "Copy link at this time" on its first press, which it then answers. The code is its own self-contained
// bundle (Vite's ?worker&url builds one and gives its address): an import() of a bundled chunk would bring Vite's
// preload helper, 880 B gzip, up front on every essay page.
import url from './share-time.ts?worker&url';

document
  .querySelector('lectern-player [data-share-time]')
  ?.addEventListener('click', () => void import(/* @vite-ignore */ url), { once: true });
