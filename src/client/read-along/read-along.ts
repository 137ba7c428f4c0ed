// Read-along: highlights the block being read, keeps it in view, plays from any block, and follows #say=<id> links.
// Imported, not awaited by name: read-along needs the player defined, and the bundle then shares one copy of it
// (which also keeps this script an external file rather than an inline one, ready for a script-src 'self' policy).
import type { LecternPlayer } from '../player/lectern-player.ts';
import { loadedCues, readingCueId } from './cues.ts';
import { followReading } from './follow-reading.ts';
import { addKeyboardPlayFromHere } from './keyboard-play-from-here.ts';
import { addPlayFromHere } from './play-from-here.ts';
import { readingMark } from './reading-mark.ts';

/** The block named by "#say=p-3f2a1b", a link that plays the narration from that block. */
const sayFragment = (): string => new URLSearchParams(location.hash.slice(1)).get('say') ?? '';

interface Templates {
  button: HTMLTemplateElement;
  keyboardButton: HTMLTemplateElement;
  unavailable: HTMLTemplateElement;
}

/** Says on the page, and to screen readers, that read-along is off; the narration itself still plays. */
function showUnavailable(player: LecternPlayer, template: HTMLTemplateElement, error: unknown): void {
  const note = template.content.firstElementChild?.cloneNode(true);
  if (!(note instanceof HTMLElement)) return;
  player.querySelector('[data-main]')?.append(note);
  player.announce(note.textContent ?? '');
  console.info(error);
}

function connect(player: LecternPlayer, body: HTMLElement, cues: HTMLTrackElement, templates: Templates): void {
  const blockFor = (id = ''): HTMLElement | undefined =>
    body.querySelector<HTMLElement>(`[data-say="${CSS.escape(id)}"]`) ?? undefined;
  const mark = readingMark();
  const follow = followReading(() => mark.current);

  const follows = (track: TextTrack): TextTrack => {
    const show = (): void => {
      const block = blockFor(readingCueId(track));
      if (block && block !== mark.current) follow.show(block, mark.move(block));
    };
    track.addEventListener('cuechange', show);
    // The cues load once playing has begun: the first cue's cuechange can come before this listener, and a short
    // first block then went unlit (seen in CI). Catch up with whatever cue is already active.
    show();
    return track;
  };
  // The cues load when the listener first asks for narration, not with every page view (issue 9: 22 KB for a long essay).
  let loading: Promise<TextTrack | undefined> | undefined;
  const track = (): Promise<TextTrack | undefined> => {
    loading ??= loadedCues(cues).then(follows, (error: unknown) => {
      showUnavailable(player, templates.unavailable, error);
      return undefined;
    });
    return loading;
  };
  player.audio.addEventListener('play', () => void track(), { once: true });
  player.audio.addEventListener('ended', () => mark.move(undefined));

  // Where autoplay is refused, the player stays paused there, so Play starts from this block.
  const playFrom = (block: HTMLElement): void =>
    void track().then((loaded) => {
      const start = loaded?.cues?.getCueById(block.dataset.say ?? '')?.startTime;
      if (start === undefined) return;
      mark.move(block);
      follow.rejoin();
      follow.show(block);
      player.seekTo(start, { play: true });
    });
  addPlayFromHere(body, templates.button, playFrom);
  addKeyboardPlayFromHere(body, templates.keyboardButton, playFrom, (message) => player.announce(message));

  const fromFragment = (): void => {
    const block = blockFor(sayFragment());
    if (block) playFrom(block);
  };
  fromFragment();
  addEventListener('hashchange', fromFragment);
}

// The player's script runs first (it comes first in the page); :defined says it did, without importing its module.
const player = document.querySelector<LecternPlayer>('lectern-player:defined');
const body = document.querySelector<HTMLElement>('[data-essay-body]');
const cues = player?.querySelector('track');
const template = (name: string): HTMLTemplateElement | null =>
  document.querySelector<HTMLTemplateElement>(`template[data-${name}]`);
const button = template('play-from-here');
const keyboardButton = template('play-from-here-keys');
const unavailable = template('read-along-unavailable');
if (player && body && cues && button && keyboardButton && unavailable)
  connect(player, body, cues, { button, keyboardButton, unavailable });
