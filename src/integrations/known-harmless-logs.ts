// Drops the one known-harmless bundler warning at its source, so a build's log shows only what needs attention.
import type { Plugin } from 'vite';

/**
 * Astro marks each content module with the directive "use astro:head-inject" for its own head-propagation pass;
 * Rolldown then warns, once per essay, that it may not preserve the directive. Astro does not need it preserved,
 * and at 1,000 essays the warning filled 2,000 lines.
 */
const isHeadInjectDirective = (log: { code?: string; message: string }): boolean =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');

export function knownHarmlessLogs(): Plugin {
  return { name: 'lectern-known-harmless-logs', onLog: (_level, log) => !isHeadInjectDirective(log) };
}
