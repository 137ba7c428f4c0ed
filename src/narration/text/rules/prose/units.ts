// Units after a number, said in full: "3.5 kg" is "3.5 kilograms" (the number is said later, with the others).

// Units after a number, in the spelling flite's lexicon knows (it has "meters", not "metres"); singular for exactly 1.
// Left out as too ambiguous after a number: m (metres, minutes, million), s, h, in, l, t.
const UNITS: Readonly<Record<string, readonly [one: string, many: string]>> = {
  'km/h': ['kilometer per hour', 'kilometers per hour'],
  mph: ['mile per hour', 'miles per hour'],
  kph: ['kilometer per hour', 'kilometers per hour'],
  km: ['kilometer', 'kilometers'],
  cm: ['centimeter', 'centimeters'],
  mm: ['millimeter', 'millimeters'],
  kg: ['kilogram', 'kilograms'],
  mg: ['milligram', 'milligrams'],
  ml: ['milliliter', 'milliliters'],
  mL: ['milliliter', 'milliliters'],
  lb: ['pound', 'pounds'],
  lbs: ['pound', 'pounds'],
  oz: ['ounce', 'ounces'],
  ft: ['foot', 'feet'],
  Hz: ['hertz', 'hertz'],
  kHz: ['kilohertz', 'kilohertz'],
  MHz: ['megahertz', 'megahertz'],
  GHz: ['gigahertz', 'gigahertz'],
  kB: ['kilobyte', 'kilobytes'],
  KB: ['kilobyte', 'kilobytes'],
  MB: ['megabyte', 'megabytes'],
  GB: ['gigabyte', 'gigabytes'],
  TB: ['terabyte', 'terabytes'],
  kbps: ['kilobit per second', 'kilobits per second'],
  Mbps: ['megabit per second', 'megabits per second'],
  Gbps: ['gigabit per second', 'gigabits per second'],
  ms: ['millisecond', 'milliseconds'],
  // After NFKC (characters.ts), the micro sign is the Greek mu.
  μs: ['microsecond', 'microseconds'],
  μg: ['microgram', 'micrograms'],
  ns: ['nanosecond', 'nanoseconds'],
};

const UNIT_PATTERN = new RegExp(
  `(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?)\\s?(${Object.keys(UNITS)
    .sort((a, b) => b.length - a.length)
    .map((unit) => unit.replace('/', '\\/'))
    .join('|')})(?![\\w/])`,
  'g',
);

// "3.5 kg" → "3.5 kilograms", "10km" → "10 kilometers"; the number itself is said later, with the others.
export function sayUnits(text: string): string {
  return text
    .replace(/°\s?C\b/g, ' degrees Celsius')
    .replace(/°\s?F\b/g, ' degrees Fahrenheit')
    .replace(UNIT_PATTERN, (_, amount: string, unit: string) => {
      const [one, many] = UNITS[unit] ?? [unit, unit];
      return `${amount} ${amount === '1' ? one : many}`;
    });
}
