// The child process of bench-align.ts: it loads two tracks and aligns them, and nothing else (no engine, no
// dictionary), so that its peak memory is the aligner's (Linux: /proc). Run: node scripts/bench/align-only.ts <dir>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignRecording, type TimedUnit } from '../../src/narration/align/align-recording.ts';

const dir = process.argv[2] ?? '';
const inputs = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) as {
  reference: number;
  recording: number;
  units: TimedUnit[];
};
const load = (name: string): Float32Array => {
  const bytes = readFileSync(join(dir, `${name}.f32`));
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
};
// The high-water mark of this process's memory. Not resourceUsage().maxRSS: Linux carries that over from the parent
// through fork and exec, so it would report the bench's own synthesizers.
const peakKiB = (): number => Number(/VmHWM:\s+(\d+)/u.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
const reference = { samples: load('reference'), sampleRate: inputs.reference, units: inputs.units };
const recording = { samples: load('recording'), sampleRate: inputs.recording };
const loadedRssKiB = peakKiB();
const started = performance.now();
const alignment = alignRecording(reference, recording);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ ...alignment, seconds, loadedRssKiB, maxRssKiB: peakKiB() }));
