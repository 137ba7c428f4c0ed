// A name from code said as its words: "componentDidMount" is "component did mount", "birth_year" "birth year",
// "parseJSON" "parse JSON" (the acronym is spelled later, with the others), "__proto__" "proto".
export function sayIdentifier(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(?=\d)/g, '$1 ')
    .replace(/[_$\s-]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (/^[A-Z][a-z]/.test(word) ? word.toLowerCase() : word))
    .join(' ');
}
