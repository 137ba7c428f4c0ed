// The GitHub Pages workflow, parsed: the steps that decide what gets published, in their order, with Pages' permissions.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string;
  environment?: { name: string; url: string };
  steps: Step[];
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: { build: Job; deploy: Job };
}
const workflow = yaml.load(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8'), {
  filename: '.github/workflows/deploy.yml',
}) as Workflow;
const projectNode = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies.node;

/** A step's action without its version (actions/checkout), or its command. */
const stepName = (step: Step): string => step.uses?.replace(/@.*$/, '') ?? step.run ?? '';
const build = workflow.jobs.build.steps;
const step = (name: string): Step => {
  const found = build.find((s) => stepName(s) === name);
  if (!found) throw new Error(`.github/workflows/deploy.yml: the build job has no step ${name}`);
  return found;
};

describe('the GitHub Pages workflow', () => {
  test('runs on a push to main, with the permissions Pages needs and nothing more', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });
  test('never cancels a deployment half way, and runs one at a time', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });
  test('installs, checks the committed narration, builds, then uploads dist/, in that order', () => {
    expect(build.map(stepName)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      'actions/cache',
      'npm run narrate -- --check',
      'npm run build',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
    ]);
    expect(step('actions/upload-pages-artifact').with?.path).toBe('dist');
  });
  test('builds on the Node major the project runs, with LFS files checked out', () => {
    expect(String(step('actions/setup-node').with?.['node-version'])).toBe(projectNode?.split('.')[0]);
    expect(step('actions/checkout').with?.lfs).toBe(true);
  });
  test('keeps the per-block narration cache between runs', () => {
    expect(step('actions/cache').with?.path).toBe('.cache/narration/blocks');
  });
  test('deploys the uploaded artifact after the build, to the github-pages environment', () => {
    const { deploy } = workflow.jobs;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.map(stepName)).toEqual(['actions/deploy-pages']);
    expect(deploy.environment?.url).toBe(`\${{ steps.${deploy.steps[0]?.id}.outputs.page_url }}`);
  });
});
