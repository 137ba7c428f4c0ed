// A cloud engine's API key, read from the environment when a request is made: narrations already made need no key.

export function apiKeyFromEnv(engineId: string, variable: string): string {
  const key = process.env[variable]?.trim();
  if (!key) {
    throw new Error(
      `${engineId} needs an API key: set the environment variable ${variable} (the narration option "apiKeyEnv" names another)`,
    );
  }
  return key;
}
