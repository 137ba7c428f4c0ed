// @vitest-environment happy-dom
// happy-dom has no Media Session API, so each test gives the navigator a session that records what the player installs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectMediaSession, type SessionPlayer } from '../../../src/client/player/media-session.ts';

class RecordingSession {
  metadata: unknown = null;
  handlers = new Map<MediaSessionAction, MediaSessionActionHandler | null>();
  positions: MediaPositionState[] = [];
  /** Actions this browser lacks: setting one throws, as older browsers do. */
  missing = new Set<MediaSessionAction>();
  setActionHandler(action: MediaSessionAction, handler: MediaSessionActionHandler | null): void {
    if (this.missing.has(action)) throw new TypeError(`"${action}" is not a valid MediaSessionAction`);
    this.handlers.set(action, handler);
  }
  setPositionState(state: MediaPositionState): void {
    this.positions.push(state);
  }
  run(action: MediaSessionAction, details: Partial<MediaSessionActionDetails> = {}): void {
    this.handlers.get(action)?.({ action, ...details });
  }
}

const info = { title: 'On Reading', narrator: 'Ada', album: 'Lectern', artwork: [{ src: '/og/on-reading.png' }] };

let session: RecordingSession;
let audio: HTMLAudioElement;
let calls: string[];
let player: SessionPlayer;

beforeEach(() => {
  session = new RecordingSession();
  Object.defineProperty(navigator, 'mediaSession', { value: session, configurable: true });
  vi.stubGlobal(
    'MediaMetadata',
    class {
      constructor(init: MediaMetadataInit) {
        Object.assign(this, init);
      }
    },
  );
  audio = document.createElement('audio');
  calls = [];
  player = {
    audio,
    play: () => calls.push('play'),
    seekTo: (seconds) => calls.push(`seekTo ${seconds}`),
    seekBy: (seconds) => calls.push(`seekBy ${seconds}`),
  };
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'mediaSession');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A narration that has loaded: the audio knows its duration. */
const loaded = (duration: number): void => {
  Object.defineProperty(audio, 'duration', { value: duration, configurable: true });
};

describe('connectMediaSession', () => {
  it('names the essay, its narrator and the site on the lock screen, with the cover art', () => {
    connectMediaSession(player, info, new AbortController().signal);
    expect(session.metadata).toEqual({
      title: 'On Reading',
      artist: 'Ada',
      album: 'Lectern',
      artwork: [{ src: '/og/on-reading.png' }],
    });
  });
  it('Play on the lock screen plays through the player', () => {
    connectMediaSession(player, info, new AbortController().signal);
    session.run('play');
    expect(calls).toEqual(['play']);
  });
  it('Pause on the lock screen pauses the audio', () => {
    const pause = vi.spyOn(audio, 'pause');
    connectMediaSession(player, info, new AbortController().signal);
    session.run('pause');
    expect(pause).toHaveBeenCalledOnce();
  });
  it('skip back without an offset goes back 15 seconds, as the player’s back button does', () => {
    connectMediaSession(player, info, new AbortController().signal);
    session.run('seekbackward');
    expect(calls).toEqual(['seekBy -15']);
  });
  it('skip forward without an offset goes forward 30 seconds, as the player’s forward button does', () => {
    connectMediaSession(player, info, new AbortController().signal);
    session.run('seekforward');
    expect(calls).toEqual(['seekBy 30']);
  });
  it('a headset’s own skip offset wins over the player’s', () => {
    connectMediaSession(player, info, new AbortController().signal);
    session.run('seekbackward', { seekOffset: 10 });
    session.run('seekforward', { seekOffset: 10 });
    expect(calls).toEqual(['seekBy -10', 'seekBy 10']);
  });
  it('dragging the lock screen’s progress bar seeks the player there', () => {
    connectMediaSession(player, info, new AbortController().signal);
    session.run('seekto', { seekTime: 95 });
    expect(calls).toEqual(['seekTo 95']);
  });
  it('once the player leaves the page, the lock screen no longer drives it', () => {
    const connection = new AbortController();
    connectMediaSession(player, info, connection.signal);
    connection.abort();
    expect([...session.handlers.values()].every((handler) => handler === null)).toBe(true);
    session.run('play');
    expect(calls).toEqual([]);
  });
  it('an action the browser lacks is skipped, and the others still work', () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    session.missing.add('seekto');
    connectMediaSession(player, info, new AbortController().signal);
    session.run('seekforward');
    expect(calls).toEqual(['seekBy 30']);
    expect(console.info).toHaveBeenCalledWith(expect.stringContaining('"seekto"'), expect.any(TypeError));
  });
  it('keeps the lock screen’s progress in step after a seek, at the audio’s speed', () => {
    connectMediaSession(player, info, new AbortController().signal);
    loaded(960);
    audio.currentTime = 462;
    audio.playbackRate = 1.5;
    audio.dispatchEvent(new Event('seeked'));
    expect(session.positions).toEqual([{ duration: 960, playbackRate: 1.5, position: 462 }]);
  });
  it('reports no progress before the audio knows its duration', () => {
    connectMediaSession(player, info, new AbortController().signal);
    audio.dispatchEvent(new Event('play'));
    expect(session.positions).toEqual([]);
  });
  it('never reports a position past the end', () => {
    connectMediaSession(player, info, new AbortController().signal);
    loaded(960);
    Object.defineProperty(audio, 'currentTime', { value: 960.2, configurable: true });
    audio.dispatchEvent(new Event('pause'));
    expect(session.positions[0]?.position).toBe(960);
  });
  it('does nothing where the browser has no Media Session API', () => {
    Reflect.deleteProperty(navigator, 'mediaSession');
    expect('mediaSession' in navigator).toBe(false);
    expect(() => connectMediaSession(player, info, new AbortController().signal)).not.toThrow();
  });
});
