// Lock-screen, headset and notification controls through the Media Session API.
import { SKIP_SECONDS } from './skip-seconds.ts';

export interface SessionPlayer {
  readonly audio: HTMLAudioElement;
  play(): void;
  seekTo(seconds: number): void;
  seekBy(seconds: number): void;
}

export interface SessionInfo {
  title: string;
  narrator: string;
  album: string;
  artwork: MediaImage[];
}

/** Until `signal` aborts: then the lock screen no longer drives a player that has left the page. */
export function connectMediaSession(player: SessionPlayer, info: SessionInfo, signal: AbortSignal): void {
  if (!('mediaSession' in navigator)) return;
  const session = navigator.mediaSession;
  const { audio } = player;
  const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
    ['play', () => player.play()],
    ['pause', () => audio.pause()],
    ['seekbackward', (details) => player.seekBy(-(details.seekOffset ?? SKIP_SECONDS.back))],
    ['seekforward', (details) => player.seekBy(details.seekOffset ?? SKIP_SECONDS.forward)],
    ['seekto', (details) => player.seekTo(details.seekTime ?? audio.currentTime)],
  ];
  session.metadata = new MediaMetadata({
    title: info.title,
    artist: info.narrator,
    album: info.album,
    artwork: info.artwork,
  });
  const install = ({ clear }: { clear: boolean }): void => {
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, clear ? null : handler);
      } catch (error) {
        // Older browsers throw for actions they lack; their own controls still work.
        console.info(`Lectern player: no "${action}" media action here.`, error);
      }
    }
  };
  install({ clear: false });
  signal.addEventListener('abort', () => install({ clear: true }), { once: true });
  // Keeps the lock-screen progress bar honest after seeks and speed changes.
  const updatePosition = (): void => {
    if (Number.isFinite(audio.duration)) {
      session.setPositionState({
        duration: audio.duration,
        playbackRate: audio.playbackRate,
        position: Math.min(audio.currentTime, audio.duration),
      });
    }
  };
  for (const type of ['loadedmetadata', 'play', 'pause', 'seeked', 'ratechange'])
    audio.addEventListener(type, updatePosition, { signal });
}
