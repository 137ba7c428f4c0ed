// The compact bar at the foot of the window, once narration has started and the full player is out of view.

export function connectMiniPlayer(
  audio: HTMLAudioElement,
  main: HTMLElement,
  mini: HTMLElement,
  onDismiss: () => void,
  signal: AbortSignal,
): void {
  let started = false;
  let outOfView = false;
  let dismissed = false;
  const update = (): void => {
    mini.toggleAttribute('data-shown', started && outOfView && !dismissed);
  };
  audio.addEventListener(
    'play',
    () => {
      started = true;
      dismissed = false;
      update();
    },
    { signal },
  );
  const observer = new IntersectionObserver(([entry]) => {
    outOfView = entry !== undefined && !entry.isIntersecting;
    update();
  });
  observer.observe(main);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  mini.querySelector('[data-action="dismiss"]')?.addEventListener(
    'click',
    () => {
      dismissed = true;
      update();
      onDismiss();
    },
    { signal },
  );
}
