// What an essay's share card shows, read from the essay: the card and its alt text agree by construction.
import { SITE } from '../site.config.ts';
import { offersNarration } from '../narration/for-essay.ts';
import type { OgCardFacts } from '../lib/og-image.ts';
import type { EssayEntry } from './published-essays.ts';

export const ogCardFacts = (essay: EssayEntry): OgCardFacts => ({
  title: essay.data.title,
  category: essay.data.category,
  siteName: SITE.title,
  narrated: offersNarration(essay.data),
});
