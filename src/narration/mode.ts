// One switch for builds without generated narration: quick dev builds, the bad-input tests, the narration pre-pass.
export const generatedNarrationEnabled = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.LECTERN_NARRATION !== 'off';
