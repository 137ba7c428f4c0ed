// Draws the audio's state into the full and mini controls; the audio element stays the one source of truth.
import { formatClock, spokenPosition } from '../../lib/formats/media-time.ts';

export interface ViewState {
  position: number;
  duration: number;
  playing: boolean;
  /** "Resume from 7:42" or "Play from 1:35", until the first play. */
  offer: string | undefined;
}

// Rewriting an unchanged name would make some screen readers announce it again, four times a second.
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export function playerView(root: HTMLElement): (state: ViewState) => void {
  const all = (name: string): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(`[data-${name}]`)];
  const labels = all('play-label');
  const elapsed = all('elapsed');
  const totals = all('total');
  const seek = root.querySelector<HTMLInputElement>('[data-seek]');
  return ({ position, duration, playing, offer }) => {
    const label = playing ? 'Pause' : (offer ?? 'Play');
    for (const node of labels) setText(node, label);
    for (const node of elapsed) setText(node, formatClock(position));
    for (const node of totals) setText(node, formatClock(duration));
    root.toggleAttribute('data-playing', playing);
    root.style.setProperty('--progress', String(duration > 0 ? Math.min(1, position / duration) : 0));
    if (seek) {
      seek.max = String(duration);
      // Never fight the listener's thumb: the value follows the audio only while the bar is not being dragged.
      if (!seek.matches(':active')) seek.value = String(position);
      const valueText = spokenPosition(position, duration);
      if (seek.getAttribute('aria-valuetext') !== valueText) seek.setAttribute('aria-valuetext', valueText);
    }
  };
}
