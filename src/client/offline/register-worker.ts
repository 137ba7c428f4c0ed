// Registers the service worker. A failure is reported, never thrown: every page works without it.
import { serviceWorkerUrl } from '../../lib/site/urls.ts';

/** Whether this browser can keep essays offline at all: a worker, and the Cache API it fills. */
export const canKeepOffline = (): boolean => 'serviceWorker' in navigator && 'caches' in window;

/** Whether the browser took the worker; it never rejects. */
export const registerWorker = (): Promise<boolean> =>
  navigator.serviceWorker.register(serviceWorkerUrl()).then(
    () => true,
    (error: unknown) => {
      console.warn('Offline listening is unavailable: the service worker did not register.', error);
      return false;
    },
  );
