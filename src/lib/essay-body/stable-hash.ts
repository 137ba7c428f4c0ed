// Short ids that survive rebuilds and move with their text: the spoken blocks' and the sentences'.

/** FNV-1a, 24 bits in hex: stable and dependency-free. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}
