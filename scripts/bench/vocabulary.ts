// The words synthetic essays are made of: plain English prose words, so parsers and the spoken text see ordinary text.

export const CATEGORIES = [
  'Craft',
  'Reading',
  'Listening',
  'Typography',
  'AI Essays',
  'Archives',
  'Memory',
  'Cities',
  'Science',
  'Letters',
] as const;

export const WORDS: readonly string[] = `
the a of and to in that it is was for on with as by at from this but or not which be are have had
reader writer page margin voice sound silence paper ink letter sentence paragraph chapter book library
archive memory city river window morning evening light shadow street garden house room table chair
quiet slow careful plain simple honest long short old new early late small large distant near
read write listen speak hear remember forget follow return carry keep lose find build break open close
because although while when where before after during between across through under over against
every each many few some most other another same different whole single double first last next
time year day hour minute season winter summer spring autumn night week century decade moment
story essay note footnote word line rhythm tempo pause breath attention habit craft draft edit
teacher student friend stranger neighbour author editor printer binder scholar narrator listener
clear bright dark warm cold soft hard gentle sharp steady patient curious certain doubtful
`
  .trim()
  .split(/\s+/);
