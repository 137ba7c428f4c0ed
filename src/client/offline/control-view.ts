// What "Save for offline" shows in each of its states: the words, and which parts are shown.
import { formatBytes } from './sizes.ts';

export type ControlState =
  | { kind: 'idle'; bytes: number }
  | { kind: 'saving'; done: number; total: number }
  | { kind: 'saved'; bytes: number }
  | { kind: 'changed'; bytes: number }
  | { kind: 'failed'; bytes: number; reason: string };

export interface ControlView {
  /** The save button's words, or undefined where it is hidden. */
  save?: string;
  /** The size beside them: what a save will take. */
  size?: string;
  /** Announced (a live region): said once as a state begins, not at every chunk. */
  status: string;
  /** Shown beside it, not announced: how far a save has got. */
  detail: string;
  progress?: { value: number; max: number };
  remove: boolean;
}

export function controlView(state: ControlState): ControlView {
  switch (state.kind) {
    case 'idle':
      return { save: 'Save for offline', size: formatBytes(state.bytes), status: '', detail: '', remove: false };
    case 'saving':
      return {
        status: 'Saving for offline',
        detail: `${formatBytes(state.done)} of ${formatBytes(state.total)}`,
        progress: { value: state.done, max: state.total },
        remove: false,
      };
    case 'saved':
      return { status: `Saved for offline (${formatBytes(state.bytes)})`, detail: '', remove: true };
    case 'changed':
      return {
        save: 'Save again',
        size: formatBytes(state.bytes),
        status: 'The narration changed since you saved this essay, so the old copy was removed.',
        detail: '',
        remove: false,
      };
    case 'failed':
      return {
        save: 'Try again',
        size: formatBytes(state.bytes),
        status: `Could not save for offline: ${state.reason}.`,
        detail: '',
        remove: false,
      };
  }
}
