// The Narrate workflow, parsed (it cannot run here): a matrix of shards, each narrating its k-th part of as many parts
// as the matrix has runners, then one job that merges every part, checks the whole and proposes it for review.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

const FILE = '.github/workflows/narrate.yml';
const ROOT = resolve(import.meta.dirname, '../..');
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string;
  permissions?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix: { shard: number[] } };
  steps: Step[];
}
interface Workflow {
  on: { workflow_dispatch: unknown; push: { branches: string[]; paths: string[] } };
  permissions: Record<string, string>;
  jobs: { shard: Job; merge: Job };
}
const workflow = yaml.load(readFileSync(join(ROOT, FILE), 'utf8'), { filename: FILE }) as Workflow;
const { shard, merge } = workflow.jobs;
const stepName = (step: Step): string => step.uses?.replace(/@.*$/, '') ?? step.run ?? '';
const runs = (job: Job): string => job.steps.map((s) => s.run ?? '').join('\n');

describe('the Narrate workflow', () => {
  test('runs when asked, and on a push to main that touches content/', () => {
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on.push).toEqual({ branches: ['main'], paths: ['content/**'] });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('has one runner per shard, each narrating its k-th part of as many parts as there are runners', () => {
    const matrix = shard.strategy?.matrix.shard ?? [];
    const count = matrix.length;
    expect(count).toBeGreaterThan(1);
    expect(matrix).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(shard.steps.map(stepName)).toContain(`npm run narrate -- --shard \${{ matrix.shard }}/${count}`);
    // Every place that names the count names the same one: the part's mark, and the parts the merge waits for.
    const named = [...runs(shard).matchAll(/matrix\.shard \}\}\/(\d+)/g)].map((m) => Number(m[1]));
    expect(named).toEqual([count, count]);
    expect(runs(merge)).toContain(`for k in ${matrix.join(' ')}; do`);
    expect(runs(merge)).toContain(`part $k/${count} is missing`);
    expect(shard.strategy?.['fail-fast']).toBe(false);
  });

  test('each shard installs, narrates, then uploads only its changed content/narration/ files', () => {
    expect(shard.steps.map(stepName).slice(0, 3)).toEqual(['actions/checkout', 'actions/setup-node', 'npm ci']);
    const names = shard.steps.map(stepName);
    const narrate = names.findIndex((n) => n.startsWith('npm run narrate -- --shard'));
    expect(names.indexOf('actions/upload-artifact')).toBeGreaterThan(narrate);
    expect(runs(shard)).toContain('git ls-files -z --modified --others --exclude-standard content/narration');
  });

  test('merges every part after all have finished, checks the whole, then opens a pull request', () => {
    expect(merge.needs).toBe('shard');
    const names = merge.steps.map(stepName);
    const at = (name: string): number => names.findIndex((n) => n.startsWith(name));
    expect(at('actions/download-artifact')).toBeGreaterThan(at('npm ci'));
    expect(at('npm run narrate -- --check')).toBeGreaterThan(at('for k in'));
    expect(at('peter-evans/create-pull-request')).toBe(names.length - 1);
    expect(merge.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });
});
