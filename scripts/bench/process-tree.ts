// Runs one command and measures its wall time and the peak resident memory of its whole process tree (/proc polled).
import { spawn } from 'node:child_process';
import { openSync, readdirSync, readFileSync, closeSync } from 'node:fs';

export interface Measurement {
  readonly seconds: number;
  /** The highest sum of VmRSS over the command and all its descendants seen at any poll. */
  readonly peakRssBytes: number;
}

export interface ProcessInfo {
  readonly ppid: number;
  readonly rssKb: number;
}

// Often enough to catch the long-lived build processes; a descendant living less than this may go unseen.
const POLL_MS = 100;

/** The resident memory of `root` and all its descendants, in bytes: pure, over one snapshot of the process table. */
export function treeRssBytes(table: ReadonlyMap<number, ProcessInfo>, root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const seen = new Set<number>();
  for (const queue = [root]; queue.length; ) {
    const pid = queue.pop() ?? root;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += (table.get(pid)?.rssKb ?? 0) * 1024;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

// A process may exit between listing /proc and reading it: that one is simply not in the snapshot.
function readProcess(pid: string): ProcessInfo | undefined {
  let stat: string;
  let status: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH')
      return undefined;
    throw error;
  }
  // The command name, in parentheses, may itself hold spaces; the fields after it are fixed.
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  return { ppid, rssKb };
}

export function processTable(): Map<number, ProcessInfo> {
  const table = new Map<number, ProcessInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readProcess(entry);
    if (info) table.set(Number(entry), info);
  }
  return table;
}

export interface Command {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Where its output goes; on failure, the error names this file. */
  readonly log: string;
}

const running = new Set<number>();

/** Ends every command still running, each with its whole process group (on Ctrl-C, before the bench removes their folders). */
export function stopAll(signal: NodeJS.Signals): void {
  for (const pid of running) process.kill(-pid, signal);
}

/** Runs the command to completion; a non-zero exit fails, naming the command, its folder and its log. */
export function measure({ command, args, cwd, env, log }: Command): Promise<Measurement> {
  const out = openSync(log, 'w');
  const started = performance.now();
  // Its own process group, so that stopAll can end the command with every process it started.
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
    detached: true,
  });
  if (child.pid !== undefined) running.add(child.pid);
  let peak = 0;
  const poll = (): void => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(processTable(), child.pid));
  };
  const timer = setInterval(poll, POLL_MS);
  poll();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      closeSync(out);
      if (child.pid !== undefined) running.delete(child.pid);
      if (code === 0) resolve({ seconds, peakRssBytes: peak });
      else
        reject(
          new Error(
            `bench: "${command} ${args.join(' ')}" in ${cwd} failed (${signal ?? `exit code ${code}`}); its output is in ${log}`,
          ),
        );
    });
  });
}
