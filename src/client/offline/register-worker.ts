// Registers the service worker where the browser has one. A failure is reported, never thrown: the page works without.
import { serviceWorkerUrl } from '../../lib/site/urls.ts';

/** Whether this browser can keep essays offline at all (a worker, and the Cache API it fills). */
export function registerWorker(): boolean {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return false;
  navigator.serviceWorker
    .register(serviceWorkerUrl())
    .catch((error: unknown) =>
      console.warn('Offline listening is unavailable: the service worker did not register.', error),
    );
  return true;
}
