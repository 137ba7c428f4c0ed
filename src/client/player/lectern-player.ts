// <lectern-player>: turns the server-rendered native audio into Lectern's controls, and lets other scripts
// (read-along) drive it through seekTo() and listen to the audio element's own events.
import { formatClock, fragmentStartTime } from '../../lib/formats/media-time.ts';
import { keyCommand } from './keyboard.ts';
import { connectMediaSession } from './media-session.ts';
import { connectMiniPlayer } from './mini-player.ts';
import { playerView, type ViewState } from './player-view.ts';
import { saveLastHeard, savedPosition, savedSpeed, savePosition, saveSpeed } from './saved-state.ts';
import { SKIP_SECONDS } from './skip-seconds.ts';

// Saving on every timeupdate (four a second) is wasteful; losing five seconds after a crash is not.
const SAVE_EVERY_SECONDS = 5;

export class LecternPlayer extends HTMLElement {
  #offer: string | undefined;
  /** Where play will start, while no audio has loaded: not every browser keeps a currentTime set that early. */
  #start: number | undefined;
  #render: (state: ViewState) => void = () => undefined;
  /** Ends every listener the player added, on itself, its audio, the window and the media session, when it leaves the page. */
  #connection: AbortController | undefined;

  /** The narration's audio element; its timeupdate, play, pause, seeked and ended events are the player's events. */
  get audio(): HTMLAudioElement {
    return this.querySelector('audio') as HTMLAudioElement;
  }

  /** Seconds, from the file once it has loaded, and from the build until then (no audio loads before play). */
  get duration(): number {
    const { duration } = this.audio;
    return Number.isFinite(duration) ? duration : Number(this.dataset.duration);
  }

  /** Seconds into the narration, or where play will start if it has not loaded yet. */
  get position(): number {
    const { audio } = this;
    return audio.readyState === HTMLMediaElement.HAVE_NOTHING ? (this.#start ?? audio.currentTime) : audio.currentTime;
  }

  /** Moves the narration to a time; with play: true, also starts it. Before the first play, play starts there. */
  seekTo(seconds: number, { play = false }: { play?: boolean } = {}): void {
    const { audio } = this;
    this.#offer = undefined;
    const target = Math.min(Math.max(0, seconds), this.duration);
    audio.currentTime = target;
    if (audio.readyState === HTMLMediaElement.HAVE_NOTHING) this.#start = target;
    if (play) this.play();
    this.#update();
  }

  seekBy(seconds: number): void {
    this.seekTo(this.position + seconds);
  }

  play(): void {
    this.audio.play().catch((error: DOMException) => {
      // Only NotSupportedError means no source can play; an interrupting pause or a refused autoplay just leaves it paused.
      if (error.name === 'NotSupportedError') this.#fail();
    });
  }

  toggle(): void {
    if (this.audio.paused) this.play();
    else this.audio.pause();
  }

  /** Says something to screen readers through the player's polite status, as the player's own news does. */
  announce(message: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = message;
  }

  connectedCallback(): void {
    this.#connection?.abort();
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    const { audio } = this;
    this.#render = playerView(this);
    this.#connectControls(signal);
    this.#connectMemory(this.dataset.slug ?? '', signal);
    connectMediaSession(
      this,
      {
        title: this.dataset.title ?? '',
        narrator: this.dataset.narrator ?? '',
        album: this.dataset.album ?? '',
        // Player.astro always lists each size of the cover art, as JSON (within the player's 5 KB budget: no fallback).
        artwork: JSON.parse(this.dataset.artwork ?? '[]') as MediaImage[],
      },
      signal,
    );
    const main = this.querySelector<HTMLElement>('[data-main]');
    const mini = this.querySelector<HTMLElement>('[data-mini]');
    if (main && mini)
      connectMiniPlayer(
        audio,
        main,
        mini,
        () => this.querySelector<HTMLElement>('[data-action="toggle"]')?.focus({ preventScroll: true }),
        signal,
      );
    window.addEventListener('hashchange', () => this.#startFromFragment(), { signal });
    if (!this.hasAttribute('data-enhanced')) {
      this.#startFromFragment();
      this.#enhance();
    }
    this.#update();
  }

  disconnectedCallback(): void {
    this.#connection?.abort();
    this.#connection = undefined;
  }

  /** Once per element: swaps the native controls for Lectern's, which a re-connected player already shows. */
  #enhance(): void {
    const { audio } = this;
    // The stage keeps the native controls' height, so the swap moves nothing below it (CLS 0).
    if (audio.parentElement) audio.parentElement.style.minHeight = `${audio.offsetHeight}px`;
    audio.controls = false;
    this.toggleAttribute('data-enhanced', true);
  }

  #connectControls(signal: AbortSignal): void {
    const { audio } = this;
    const options = { signal };
    this.addEventListener(
      'click',
      (event) => {
        const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action ?? '';
        if (action === 'toggle') this.toggle();
        if (action === 'back') this.seekBy(-SKIP_SECONDS.back);
        if (action === 'forward') this.seekBy(SKIP_SECONDS.forward);
      },
      options,
    );
    this.addEventListener(
      'keydown',
      (event) => {
        const command = keyCommand(event);
        if (!command) return;
        event.preventDefault();
        if (command.kind === 'toggle') this.toggle();
        else this.seekBy(command.seconds);
      },
      options,
    );
    this.querySelector<HTMLInputElement>('[data-seek]')?.addEventListener(
      'input',
      (event) => {
        this.seekTo(Number((event.target as HTMLInputElement).value));
      },
      options,
    );
    audio.addEventListener(
      'play',
      () => {
        this.#offer = undefined;
        this.announce('Playing');
      },
      options,
    );
    audio.addEventListener(
      'pause',
      () => {
        if (!audio.ended) this.announce(`Paused at ${formatClock(audio.currentTime)}`);
      },
      options,
    );
    audio.addEventListener('ended', () => this.announce('Finished'), options);
    audio.addEventListener(
      'loadedmetadata',
      () => {
        if (this.#start !== undefined && audio.currentTime !== this.#start) audio.currentTime = this.#start;
        this.#start = undefined;
      },
      options,
    );
    // Capture: a failing <source> fires its error on itself, not on the audio element.
    audio.addEventListener('error', () => this.#fail(), { capture: true, signal });
    for (const type of ['timeupdate', 'play', 'pause', 'durationchange', 'ended'])
      audio.addEventListener(type, () => this.#update(), options);
  }

  #connectMemory(slug: string, signal: AbortSignal): void {
    const { audio } = this;
    const speed = this.querySelector<HTMLSelectElement>('[data-speed]');
    if (speed) {
      speed.value = savedSpeed() ?? '1';
      // A remembered speed that is no longer offered leaves the select empty.
      if (!speed.value) speed.value = '1';
      const apply = (): void => {
        audio.defaultPlaybackRate = audio.playbackRate = Number(speed.value);
      };
      apply();
      speed.addEventListener(
        'change',
        () => {
          apply();
          saveSpeed(speed.value);
        },
        { signal },
      );
    }
    const resume = savedPosition(slug, this.duration);
    // A re-connected player keeps the position it has rather than go back to the saved one.
    if (resume !== undefined && audio.played.length === 0) {
      this.seekTo(resume);
      this.#offer = `Resume from ${formatClock(resume)}`;
    }
    let saved = 0;
    // Until it has played, the position is only an offer, and saving it could erase a real one.
    const save = (): void => {
      if (audio.played.length === 0) return;
      saved = audio.currentTime;
      savePosition(slug, audio.ended ? undefined : saved);
      saveLastHeard({ slug, title: this.dataset.title ?? '', duration: this.duration });
    };
    audio.addEventListener(
      'timeupdate',
      () => {
        if (Math.abs(audio.currentTime - saved) >= SAVE_EVERY_SECONDS) save();
      },
      { signal },
    );
    for (const type of ['pause', 'seeked', 'ended']) audio.addEventListener(type, save, { signal });
    window.addEventListener('pagehide', save, { signal });
  }

  #startFromFragment(): void {
    const start = fragmentStartTime(location.hash);
    if (start === undefined) return;
    this.seekTo(start);
    if (this.audio.paused) this.#offer = `Play from ${formatClock(this.position)}`;
    this.#update();
  }

  #fail(): void {
    this.toggleAttribute('data-error', true);
    this.announce('The narration could not load.');
  }

  #update(): void {
    const { audio } = this;
    this.#render({ position: this.position, duration: this.duration, playing: !audio.paused, offer: this.#offer });
  }
}

if (!customElements.get('lectern-player')) customElements.define('lectern-player', LecternPlayer);
