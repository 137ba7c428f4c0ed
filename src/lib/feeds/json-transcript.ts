// An episode's transcript in the Podcasting 2.0 JSON form (podcasting2.org/docs/podcast-namespace/tags/transcript):
// one segment per sentence cue, with the narrator as its speaker, beside the WebVTT that the player follows.

export interface TimedText {
  start: number;
  end: number;
  text: string;
}

export interface JsonTranscript {
  version: '1.0.0';
  segments: Array<{ speaker: string; startTime: number; endTime: number; body: string }>;
}

// Milliseconds are what the cues carry (webvtt.ts rounds to them); more digits would be noise.
const seconds = (value: number): number => Math.round(value * 1000) / 1000;

export const jsonTranscript = (speaker: string, cues: readonly TimedText[]): JsonTranscript => ({
  version: '1.0.0',
  segments: cues.map((cue) => ({
    speaker,
    startTime: seconds(cue.start),
    endTime: seconds(cue.end),
    body: cue.text.replace(/\s+/g, ' ').trim(),
  })),
});
