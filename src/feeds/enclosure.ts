// A narration as an RSS enclosure: its absolute URL, its real byte length and its real MIME type.
import { absoluteUrl } from '../lib/site/urls.ts';
import type { Narration } from '../narration/for-essay.ts';

export const enclosureOf = (narration: Narration): { url: string; length: number; type: string } => ({
  url: absoluteUrl(narration.src),
  length: narration.bytes,
  type: narration.mimeType,
});
