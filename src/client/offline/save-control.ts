// "Save for offline" on an essay page, loaded by save-offline.ts when first pressed (which it marks data-pressed) or
// when the essay is already saved: it saves and removes the essay, and flags and removes a copy of an older narration.
import { type ControlState, controlView } from './control-view.ts';
import { registerWorker } from './register-worker.ts';
import { factsOf, removeSaved, removeStale, saveEssay, savedEssays, workerReady } from './store.ts';

function render(control: HTMLElement, state: ControlState): void {
  const view = controlView(state);
  const part = <T extends HTMLElement>(name: string): T | null => control.querySelector<T>(`[data-${name}]`);
  const save = part<HTMLButtonElement>('save');
  const progress = part<HTMLProgressElement>('progress');
  const label = part('save-label');
  const size = part('size');
  const status = part('status');
  const detail = part('detail');
  const remove = part<HTMLButtonElement>('remove');
  control.dataset.state = state.kind;
  if (save) save.hidden = view.save === undefined;
  if (label && view.save) label.textContent = view.save;
  if (size) size.textContent = view.size ?? '';
  // Rewritten only when it changes, so a screen reader hears each state once.
  if (status && status.textContent !== view.status) status.textContent = view.status;
  if (detail) detail.textContent = view.detail;
  if (progress) {
    progress.hidden = !view.progress;
    if (view.progress) Object.assign(progress, view.progress);
  }
  if (remove) remove.hidden = !view.remove;
}

async function startSaveControl(control: HTMLElement, saveNow: boolean): Promise<void> {
  const facts = factsOf(control.parentElement ?? document);
  if (!facts) return;
  const pageUrl = new URL(location.pathname, location.origin).href;
  const mine = async () => (await savedEssays()).find(({ record }) => record.slug === facts.slug);

  async function save(): Promise<void> {
    render(control, { kind: 'saving', done: 0, total: facts?.bytes ?? 0 });
    try {
      if (!(await registerWorker())) throw new Error('the offline worker could not be registered');
      await workerReady();
      const record = await saveEssay(pageUrl, (done, total) => render(control, { kind: 'saving', done, total }));
      render(control, { kind: 'saved', bytes: record.bytes });
    } catch (error) {
      render(control, { kind: 'failed', bytes: facts?.bytes ?? 0, reason: (error as Error).message });
    }
  }

  control.querySelector('[data-save]')?.addEventListener('click', () => void save());
  control.querySelector('[data-remove]')?.addEventListener('click', async () => {
    const saved = await mine();
    if (saved) await removeSaved(saved.cacheName);
    render(control, { kind: 'idle', bytes: facts.bytes });
    control.querySelector<HTMLElement>('[data-save]')?.focus();
  });

  if (saveNow) return save();
  // This page is the essay as it is now: a copy of another narration is out of date, and must not play against it.
  if (await removeStale(facts)) return render(control, { kind: 'changed', bytes: facts.bytes });
  const saved = await mine();
  render(control, saved ? { kind: 'saved', bytes: saved.record.bytes } : { kind: 'idle', bytes: facts.bytes });
}

const control = document.querySelector<HTMLElement>('[data-save-offline]');
if (control) startSaveControl(control, control.dataset.pressed !== undefined).catch(console.warn);
