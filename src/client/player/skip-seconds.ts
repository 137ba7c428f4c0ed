// How far the skip buttons, headset buttons and lock screen jump: back a little to catch a missed phrase, forward further.
export const SKIP_SECONDS = { back: 15, forward: 30 } as const;
