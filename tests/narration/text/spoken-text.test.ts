import { describe, expect, test } from 'vitest';
import { toSpokenText, toSpokenWords } from '../../../src/narration/text/spoken-text.ts';

const says = (input: string, spoken: string): void => {
  expect(toSpokenText(input)).toBe(spoken);
};

describe('toSpokenText: characters flite cannot say', () => {
  test('folds accents to ASCII: "Café naïve Zoë" -> "Cafe naive Zoe"', () => says('Café naïve Zoë', 'Cafe naive Zoe'));
  test('spells letters Unicode does not decompose: "Straße, Ørsted, Łódź" -> ASCII', () =>
    says('Straße, Ørsted, Łódź', 'Strasse, Orsted, Lodz'));
  test('turns smart quotes into plain ones', () => says('“It’s ‘fine’,” she said.', `"It's 'fine'," she said.`));
  test('drops characters that have no sound, keeping words apart', () => says('Listen🎧now', 'Listen now'));
  test('drops trademark signs without a word: "Acme™" -> "Acme"', () => says('Acme™ tools', 'Acme tools'));
  test('output is always printable ASCII', () => {
    expect(toSpokenText('Ωmega — “naïve” ½ …  ☃')).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('toSpokenText: pauses', () => {
  test('says an em dash as a comma pause', () =>
    says('Not free — someone pays — but cheap.', 'Not free, someone pays, but cheap.'));
  test('says an unspaced em dash as a pause too', () =>
    says('width, space, type—most of it', 'width, space, type, most of it'));
  test('says a spaced hyphen as a pause', () => says('one thing - and another', 'one thing, and another'));
  test('says a spaced hyphen between words as a pause, not "minus": "useful - but slow"', () =>
    says('It is useful - but slow - in practice', 'It is useful, but slow, in practice'));
  test('says a spaced slash between words as "or", as unspaced, not "over": "read / write"', () =>
    says('read / write', 'read or write'));
  test('says a spaced hyphen beside a number as "minus": "n - 1"', () =>
    says('take n - 1 steps', 'take n minus one steps'));
  test('says a spaced hyphen among operators as "minus": "a + b - c"', () => says('a + b - c', 'a plus b minus c'));
  test('keeps a hyphen inside a word: "open-source"', () => says('an open-source project', 'an open-source project'));
  test('says an ellipsis before a new sentence as a full stop', () => says('And then… Nothing.', 'And then. Nothing.'));
  test('says an ellipsis inside a sentence as a comma', () => says('wait... what', 'wait, what'));
  test('drops a leading ellipsis', () => says('…and so on', 'and so on'));
  test('sets a parenthetical off with commas', () =>
    says('a paragraph (a long one) follows', 'uh paragraph, uh long one, follows'));
  test('does not leave a comma before a full stop: "(1996)."', () =>
    says('published (1996).', 'published, nineteen ninety-six.'));
});

describe('toSpokenText: numbers', () => {
  test('says 42% as forty-two percent', () => says('42% of readers', 'forty-two percent of readers'));
  test('says 3.5% as three point five percent', () => says('up 3.5%', 'up three point five percent'));
  test('says $4.99 as four dollars ninety-nine cents', () =>
    says('$4.99 a month', 'four dollars ninety-nine cents uh month'));
  test('says $1 as one dollar', () => says('$1', 'one dollar'));
  test('says $0.50 as fifty cents', () => says('$0.50', 'fifty cents'));
  test('says $1,200 as one thousand two hundred dollars', () => says('$1,200', 'one thousand two hundred dollars'));
  test('says $4.5 million as four point five million dollars', () =>
    says('$4.5 million', 'four point five million dollars'));
  test('says €12 as twelve euros', () => says('€12', 'twelve euros'));
  test('says £3.50 as three pounds fifty pence', () => says('£3.50', 'three pounds fifty pence'));
  test('says a price range: $5-$10', () => says('$5-$10', 'five dollars to ten dollars'));
  test('says the short scales of money: £3m, $2.5bn, $40k, $1M', () =>
    says(
      '£3m, $2.5bn, $40k and $1M',
      'three million pounds, two point five billion dollars, forty thousand dollars and one million dollars',
    ));
  test('says 1998 as nineteen ninety-eight', () => says('in 1998', 'in nineteen ninety-eight'));
  test('says 2026 as twenty twenty-six', () => says('in 2026', 'in twenty twenty-six'));
  test('says 2004 as two thousand and four', () => says('in 2004, we', 'in two thousand and four, we'));
  test('says 1905 as nineteen oh five', () => says('1905', 'nineteen oh five'));
  test('says 2000 as two thousand', () => says('2000', 'two thousand'));
  test('says a year range: 1998–2004', () => says('1998–2004', 'nineteen ninety-eight to two thousand and four'));
  test("says decades: the 1930s and the '90s", () =>
    says("the 1930s and the '90s", 'the nineteen thirties and the nineties'));
  test('says 3rd as third and 21st as twenty-first', () =>
    says('the 3rd and the 21st', 'the third and the twenty-first'));
  test('says the 18th century', () => says('the 18th century', 'the eighteenth century'));
  test('says 100th as one hundredth', () => says('100th', 'one hundredth'));
  test('says 1,500 as one thousand five hundred', () => says('1,500 words', 'one thousand five hundred words'));
  test('says 238 as two hundred thirty-eight', () => says('238 pages', 'two hundred thirty-eight pages'));
  test('says 4.5 as four point five', () => says('4.5 to 1', 'four point five to one'));
  test('says 0.25 as zero point two five', () => says('0.25', 'zero point two five'));
  test('says a number range: 10-20 as ten to twenty', () => says('10-20 minutes', 'ten to twenty minutes'));
  test('says a negative number: -5 as minus five', () => says('at -5 degrees', 'at minus five degrees'));
  test('says units after numbers: 3.5 kg, 10km, 1 km, 60 mph, 100 km/h', () =>
    says(
      '3.5 kg, 10km, 1 km, 60 mph, 100 km/h',
      'three point five kilograms, ten kilometers, one kilometer, sixty miles per hour, one hundred kilometers per hour',
    ));
  test('says units of data and time: 1,500 MB, 3 GHz, 48 kbps, 20 ms', () =>
    says(
      '1,500 MB, 3 GHz, 48 kbps, 20 ms',
      'one thousand five hundred megabytes, three gigahertz, forty-eight kilobits per second, twenty milliseconds',
    ));
  test('says a unit after a range: 5–10 km', () => says('5–10 km', 'five to ten kilometers'));
  test('says temperatures by scale: 5°C and 72 °F', () =>
    says('5°C and 72 °F', 'five degrees Celsius and seventy-two degrees Fahrenheit'));
  test('leaves an ambiguous unit as it is: 5 m', () => says('5 m', 'five m'));
  test('leaves a unit-like word after a word alone: "the km"', () => says('per km', 'per km'));
  test('says common fractions: 1/2 and 3/4', () => says('1/2 and 3/4', 'one half and three quarters'));
  test('says other fractions with "over": 7/12', () => says('7/12', 'seven over twelve'));
  test('says slashed names as names, not fractions: 24/7, 9/11', () =>
    says('24/7 since 9/11', 'twenty-four seven since nine eleven'));
  test('says ratios with "to": 1:1 and 4:3', () => says('1:1 meetings in 4:3', 'one to one meetings in four to three'));
  test('says a multiplier: 2x faster', () => says('2x faster', 'two times faster'));
  test('says a clock time: 3:30 pm', () => says('at 3:30 pm', 'at three thirty P M'));
  test("says a whole hour: 10:00 as ten o'clock", () => says('10:00', "ten o'clock"));
  test('says 9:05 as nine oh five', () => says('9:05', 'nine oh five'));
  test('says an ISO date: 2026-10-27', () => says('2026-10-27', 'October twenty-seventh, twenty twenty-six'));
  test('says the number in a word-number compound: 140-character', () =>
    says('140-character', 'one hundred forty-character'));
  test('reads a very long number digit by digit', () =>
    says('12345678901234567', 'one two three four five six seven eight nine zero one two three four five six seven'));
  test('keeps a sentence-ending full stop after a number', () => says('It was 1.', 'It was one.'));
});

describe('toSpokenText: acronyms', () => {
  test('spells AI as "A I"', () => says('AI essays', 'A I essays'));
  test('spells AWS as "A W S"', () => says('on AWS', 'on A W S'));
  test('spells CI/CD as "C I, C D"', () => says('a CI/CD pipeline', 'uh C I, C D pipeline'));
  test('spells HTML, RSS, CSS, URL and API', () =>
    says('HTML, RSS, CSS, URL and API', 'H T M L, R S S, C S S, U R L and A P I'));
  test('spells a plural acronym with an apostrophe so the last letter stays a letter: APIs', () =>
    says('three APIs', "three A P I's"));
  test("spells a possessive acronym: the W3C's", () => says("the W3C's", "the W three C's"));
  test('spells letters and says digits: MP3', () => says('MP3 files', 'M P three files'));
  test('keeps acronyms said as words: NASA and UNESCO', () => says('NASA and UNESCO', 'NASA and UNESCO'));
  test('says Roman numerals as numbers: Book VI', () => says('Book VI', 'Book six'));
  test("says a monarch's or pope's numeral as an ordinal: Henry VIII, Elizabeth I, Pius XII", () =>
    says('Henry VIII, Elizabeth I and Pius XII', 'Henry the eighth, Elizabeth the first and Pius the twelfth'));
  test('says other Roman numerals as cardinals: World War II', () => says('World War II', 'World War two'));
  test('spells a hyphenated acronym: AI-generated', () => says('AI-generated', 'A I-generated'));
  test('leaves mixed-case words alone: iOS, PhD', () => says('iOS and PhD', 'iOS and PhD'));
  test('leaves longer all-caps words alone: SPEAKING', () => says('SPEAKING', 'SPEAKING'));
});

describe('toSpokenText: words flite misreads', () => {
  test('spells British -ise verbs the American way flite knows: realise, synthesiser, organisation', () =>
    says('I realised the organisation needs a synthesiser', 'I realized the organization needs uh synthesizer'));
  test('spells -yse the American way: analyse -> analyze', () => says('analyse', 'analyze'));
  test('keeps the capital of a respelled word: Summarise', () => says('Summarise it', 'Summarize it'));
  test('leaves -ise words that are not -ize verbs alone: promise, raise, exercise, emphasis', () =>
    says('promise, raise, exercise, emphasis, crisis', 'promise, raise, exercise, emphasis, crisis'));
  test('respells "forgives", which flite says as "for-guys-v"', () => says('The ear forgives.', 'The ear forgivs.'));
  test('respells "rewind" so it does not rhyme with the wind that blows', () => says('Rewind', 'Ree-whined'));
  test('says the article "a" as "uh", an unreduced vowel, not flite\'s weak schwa', () =>
    says('A reader is such a thing. "A cat," said a man.', 'Uh reader is such uh thing. "Uh cat," said uh man.'));
  test('leaves the letter A alone: "plan A", "A. Smith", "vitamin A."', () =>
    says('Plan A works. A. Smith took vitamin A.', 'Plan A works. A. Smith took vitamin A.'));
  test('toSpokenWords gives the words without respellings, for comparing with what a listener heard', () => {
    expect(toSpokenWords('The ear forgives 42% of AI.')).toBe('The ear forgives forty-two percent of A I.');
  });
});

describe('toSpokenText: symbols and abbreviations', () => {
  test('says & as and: R&D', () => says('R&D', 'R and D'));
  test('says + and =', () => says('x + y = z', 'x plus y equals z'));
  test('says # before a number as "number"', () => says('#1 fan', 'number one fan'));
  test('says a slash between words as "or": read/write', () => says('read/write', 'read or write'));
  test('says and/or as "and or"', () => says('and/or', 'and or'));
  test('says e.g. as "for example"', () => says('tools, e.g. a pen', 'tools, for example uh pen'));
  test('says i.e. as "that is"', () => says('the margin, i.e. the side', 'the margin, that is the side'));
  test('says etc. inside a sentence as "et cetera"', () =>
    says('pens, paper, etc., and', 'pens, paper, et cetera, and'));
  test('keeps the full stop when etc. ends the sentence', () => says('pens, etc. Then', 'pens, et cetera. Then'));
  test('says vs. as versus', () => says('print vs. screen', 'print versus screen'));
  test('says citation abbreviations: pp., p., vol., ch., fig.', () =>
    says(
      'vol. 2, ch. 3, pp. 3-5, p. 12, fig. 4',
      'volume two, chapter three, pages three to five, page twelve, figure four',
    ));
  test('says c. before a year as circa', () => says('c. 1450', 'circa fourteen fifty'));
  test('says approx. as approximately', () => says('approx. 30 people', 'approximately thirty people'));
  test('says C# as C sharp', () => says('C# and F#', 'C sharp and F sharp'));
  test('says the host of a URL, not its path', () =>
    says('See https://www.w3.org/TR/speech-synthesis11/.', 'See w three dot org.'));
  test('says a bare www address by its host', () => says('at www.example.com today', 'at example dot com today'));
  test('says an email address', () => says('write to me@example.com', 'write to me at example dot com'));
  test('says @ on its own as "at"', () => says('@ home', 'at home'));
});

describe('toSpokenText: tidiness', () => {
  test('leaves plain prose unchanged', () =>
    says(
      'Reading aloud is slower than reading, and that is the point.',
      'Reading aloud is slower than reading, and that is the point.',
    ));
  test('collapses runs of spaces', () => says('one   two', 'one two'));
  test('returns an empty string for empty text', () => says('', ''));
});
