// The service worker's script at the site root (its scope is the whole site), bundled from the TypeScript in
// src/client/offline/ by esbuild (a devDependency, the version Astro brings): one small classic script, no import to resolve.
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

export const GET: APIRoute = async () => {
  const { outputFiles } = await build({
    entryPoints: ['src/client/offline/worker.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
  });
  return new Response(outputFiles[0]?.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
