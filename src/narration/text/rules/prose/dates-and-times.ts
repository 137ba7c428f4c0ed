// Dates and clock times as they are said: "October twenty-seventh", "nine thirty A M".
import { cardinal, ordinal, year } from '../../number-words.ts';
import { MONTH_NAMES } from '../../../../lib/formats/dates.ts';

// 2026-10-27 → "October twenty-seventh, twenty twenty-six".
export function sayIsoDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (date: string, y: string, m: string, d: string) => {
    const month = MONTH_NAMES[Number(m) - 1];
    return month && Number(d) >= 1 && Number(d) <= 31 ? `${month} ${ordinal(Number(d))}, ${year(Number(y))}` : date;
  });
}

export function sayTimes(text: string): string {
  const clock = (h: string, m: string): string =>
    `${cardinal(Number(h))}${m === '00' ? '' : ` ${m.startsWith('0') ? `oh ${cardinal(Number(m))}` : cardinal(Number(m))}`}`;
  return text
    .replace(/\b(\d{1,2}):(\d{2})(?:\s?([ap])\.?m\b\.?)?/gi, (_, h: string, m: string, half: string | undefined) =>
      half ? `${clock(h, m)} ${half.toUpperCase()} M` : m === '00' ? `${cardinal(Number(h))} o'clock` : clock(h, m),
    )
    .replace(
      /\b(\d{1,2})\s?([ap])\.?m\b\.?/gi,
      (_, h: string, half: string) => `${cardinal(Number(h))} ${half.toUpperCase()} M`,
    );
}
