// A spoken-text rule: one pure step from display text toward what a voice says, named for its fixture folder
// (tests/fixtures/spoken-text/<name>/) and for the order in src/narration/text/spoken-text.ts.
export interface SpokenRule {
  readonly name: string;
  readonly apply: (text: string) => string;
}
