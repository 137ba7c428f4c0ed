// An episode's transcript in the Podcasting 2.0 JSON form (podcasting2.org/docs/podcast-namespace/tags/transcript):
// one segment per sentence cue, with the narrator as its speaker, beside the WebVTT that the player follows; one
// segment per word instead where the engine said when each word is spoken.
//
// Why word segments, not a `words` array in each sentence's segment: the spec gives a segment speaker, startTime,
// endTime and body and nothing else, and word timing is what its JSON form is for: its example, and the tools that
// write the form from speech recognition (Deepgram's words, say), give a segment per word with the word, punctuation
// and all, as its body. A field of our own would be read by no app. A sentence's word segments, joined by spaces,
// are the sentence as written, so an app that runs one speaker's segments together still shows the sentences.

export interface TimedText {
  start: number;
  end: number;
  text: string;
}

/** A sentence cue, and when each of its words is said where that is known. */
export interface TimedSentence extends TimedText {
  words?: readonly TimedText[];
}

export interface JsonTranscript {
  version: '1.0.0';
  segments: Array<{ speaker: string; startTime: number; endTime: number; body: string }>;
}

// Milliseconds are what the cues carry (webvtt.ts rounds to them); more digits would be noise.
const seconds = (value: number): number => Math.round(value * 1000) / 1000;
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

// The words as the engine was given them, unless they do not spell the sentence as shown (a word said otherwise
// than written, as a lexicon entry's phonemes): then the sentence is one segment, and the transcript stays true.
const pieces = (cue: TimedSentence): readonly TimedText[] => {
  const words = cue.words?.map((word) => ({ ...word, text: oneLine(word.text) })) ?? [];
  return words.length && words.map((word) => word.text).join(' ') === oneLine(cue.text) ? words : [cue];
};

export const jsonTranscript = (speaker: string, cues: readonly TimedSentence[]): JsonTranscript => ({
  version: '1.0.0',
  segments: cues.flatMap(pieces).map((piece) => ({
    speaker,
    startTime: seconds(piece.start),
    endTime: seconds(piece.end),
    body: oneLine(piece.text),
  })),
});
