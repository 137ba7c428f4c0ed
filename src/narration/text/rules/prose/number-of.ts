// A figure as written ("1,500") as a number.
export const numberOf = (text: string): number => Number(text.replace(/,/g, ''));
