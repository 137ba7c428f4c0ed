// Read-along: highlights the block being read and the sentence in it, keeps it in view, plays from any block or
// sentence, and follows #say=<id> links to either.
// Imported, not awaited by name: read-along needs the player defined, and the bundle then shares one copy of it
// (which also keeps this script an external file rather than an inline one, ready for a script-src 'self' policy).
import { cueParts } from '../../lib/essay-body/cue-ids.ts';
import { followNotesRead } from '../footnotes/sidenote-reading.ts';
import type { LecternPlayer } from '../player/lectern-player.ts';
import { type CueIndex, indexCues, loadedCues, readingCue } from './cues.ts';
import { followReading } from './follow-reading.ts';
import { addKeyboardPlayFromHere } from './keyboard-play-from-here.ts';
import { addPlayFromHere } from './play-from-here.ts';
import { readingMark } from './reading-mark.ts';
import { sayLink, sayTarget } from './say-links.ts';
import { playSentenceOnClick } from './sentence-clicks.ts';
import { sentenceHighlight } from './sentence-highlight.ts';
import { rangeHolding, type SentencePlace, sentenceRanges } from './sentence-ranges.ts';
import { addSelectionTools } from './selection-tools.ts';

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

interface Loaded {
  track: TextTrack;
  index: CueIndex;
}

function connect(player: LecternPlayer, body: HTMLElement, cues: HTMLTrackElement, templates: Templates): void {
  const blockFor = (id = ''): HTMLElement | undefined =>
    body.querySelector<HTMLElement>(`[data-say="${CSS.escape(id)}"]`) ?? undefined;
  const mark = readingMark();
  const follow = followReading(() => mark.current);
  const reading = sentenceHighlight('lectern-reading');
  const ranges = new Map<HTMLElement, Array<SentencePlace | undefined>>();
  const rangesOf = (block: HTMLElement, index: CueIndex): Array<SentencePlace | undefined> => {
    let found = ranges.get(block);
    if (!found) {
      found = sentenceRanges(
        block,
        index.ofBlock(block.dataset.say ?? '').map((cue) => (cue as VTTCue).text),
      );
      ranges.set(block, found);
    }
    return found;
  };

  const follows = ({ track, index }: Loaded): Loaded => {
    const show = (): void => {
      const cue = readingCue(track);
      const id = cue && cueParts(cue.id).block;
      const block = blockFor(id);
      if (!cue || !id || !block) return;
      if (block !== mark.current) follow.show(block, mark.move(block));
      reading.show(rangesOf(block, index)[index.ofBlock(id).indexOf(cue)]);
    };
    track.addEventListener('cuechange', show);
    // The cues load once playing has begun: the first cue's cuechange can come before this listener, and a short
    // first block then went unlit (seen in CI). Catch up with whatever cue is already active.
    show();
    return { track, index };
  };
  // The cues load when the listener first asks for narration, not with every page view (issue 9: 22 KB for a long essay).
  let loading: Promise<Loaded | undefined> | undefined;
  const track = (): Promise<Loaded | undefined> => {
    loading ??= loadedCues(cues).then(
      (loaded) => follows({ track: loaded, index: indexCues(loaded) }),
      (error: unknown) => {
        showUnavailable(player, templates.unavailable, error);
        return undefined;
      },
    );
    return loading;
  };
  player.audio.addEventListener('play', () => void track(), { once: true });
  player.audio.addEventListener('ended', () => {
    mark.move(undefined);
    reading.show(undefined);
  });

  // Where autoplay is refused, the player stays paused there, so Play starts from this cue.
  const playCue = (cue: TextTrackCue | undefined): void => {
    const block = blockFor(cue && cueParts(cue.id).block);
    if (!cue || !block) return;
    mark.move(block);
    follow.rejoin();
    follow.show(block);
    player.seekTo(cue.startTime, { play: true });
  };
  const playFrom = (block: HTMLElement, sentence = 0): void =>
    void track().then((loaded) => playCue(loaded?.index.ofBlock(block.dataset.say ?? '')[sentence]));
  /** The cue of the sentence at a point in a block (a caret, a selection's start). */
  const cueAt = async (block: HTMLElement, node: Node, offset: number): Promise<TextTrackCue | undefined> => {
    const loaded = await track();
    if (!loaded) return undefined;
    const at = rangeHolding(rangesOf(block, loaded.index), node, offset);
    return loaded.index.ofBlock(block.dataset.say ?? '')[Math.max(0, at)];
  };

  addPlayFromHere(body, templates.button, (block) => playFrom(block));
  addKeyboardPlayFromHere(body, templates.keyboardButton, {
    play: playFrom,
    announce: (message) => player.announce(message),
    sentences: async (block) => {
      const loaded = await track();
      if (!loaded) return [];
      const blockRanges = rangesOf(block, loaded.index);
      return loaded.index
        .ofBlock(block.dataset.say ?? '')
        .map((cue, i) => ({ text: (cue as VTTCue).text, place: blockRanges[i] }));
    },
    choice: sentenceHighlight('lectern-choice'),
  });
  playSentenceOnClick(
    body,
    () => !player.audio.paused,
    (block, node, offset) => void cueAt(block, node, offset).then(playCue),
  );
  addSelectionTools(body, {
    sentenceAt: async (block, node, offset) => {
      const cue = await cueAt(block, node, offset);
      return cue && cueParts(cue.id).sentence;
    },
    play: (sentence) => void track().then((loaded) => playCue(loaded?.index.ofSentence(sentence))),
    copyLink: async (sentence) => {
      const link = sayLink(location, sentence);
      try {
        await navigator.clipboard.writeText(link);
        player.announce('Link to this sentence copied');
      } catch (error) {
        // No clipboard (an insecure page, a refused permission): the link is still shown in the address bar.
        history.replaceState(null, '', link);
        player.announce('Could not copy the link; it is in the address bar');
        console.info(error);
      }
    },
  });

  const fromFragment = (): void => {
    const id = sayTarget(location.hash);
    const block = blockFor(id);
    if (block) playFrom(block);
    else if (id) void track().then((loaded) => playCue(loaded?.index.ofSentence(id)));
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
if (player && body && cues && button && keyboardButton && unavailable) {
  connect(player, body, cues, { button, keyboardButton, unavailable });
  followNotesRead(body);
}
