// Read-along: highlights the block being read, keeps it in view, plays from any block, and follows #say=<id> links.
// Imported, not awaited by name: read-along needs the player defined, and the bundle then shares one copy of it
// (which also keeps this script an external file rather than an inline one, ready for a script-src 'self' policy).
import { LecternPlayer } from '../player/lectern-player.ts';
import { loadedCues, readingCueId } from './cues.ts';
import { followReading } from './follow-reading.ts';
import { addPlayFromHere } from './play-from-here.ts';
import { readingMark } from './reading-mark.ts';

/** The block named by "#say=p-3f2a1b", a link that plays the narration from that block. */
const sayFragment = (): string => new URLSearchParams(location.hash.slice(1)).get('say') ?? '';

async function connect(player: LecternPlayer, body: HTMLElement, cues: HTMLTrackElement, template: HTMLTemplateElement): Promise<void> {
  const track = await loadedCues(cues);
  const blockFor = (id = ''): HTMLElement | undefined => body.querySelector<HTMLElement>(`[data-say="${CSS.escape(id)}"]`) ?? undefined;
  const mark = readingMark();
  const follow = followReading(() => mark.current);

  track.addEventListener('cuechange', () => {
    const block = blockFor(readingCueId(track));
    if (block && block !== mark.current) follow.show(block, mark.move(block));
  });
  player.audio.addEventListener('ended', () => mark.move(undefined));

  // Where autoplay is refused, the player stays paused there, so Play starts from this block.
  const playFrom = (block: HTMLElement): void => {
    const start = track.cues?.getCueById(block.dataset.say ?? '')?.startTime;
    if (start === undefined) return;
    mark.move(block);
    follow.rejoin();
    follow.show(block);
    player.seekTo(start, { play: true });
  };
  addPlayFromHere(body, template, playFrom);

  const fromFragment = (): void => {
    const block = blockFor(sayFragment());
    if (block) playFrom(block);
  };
  fromFragment();
  addEventListener('hashchange', fromFragment);
}

const player = document.querySelector('lectern-player');
const body = document.querySelector<HTMLElement>('[data-essay-body]');
const cues = player?.querySelector('track');
const template = document.querySelector<HTMLTemplateElement>('template[data-play-from-here]');
if (player instanceof LecternPlayer && body && cues && template) void connect(player, body, cues, template);
