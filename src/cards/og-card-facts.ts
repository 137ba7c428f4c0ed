// What an essay's share card shows, read from the essay: the card and its alt text agree by construction.
import { SITE } from '../site.config.ts';
import { offersNarration } from '../lib/essays/narration-offer.ts';
import type { OgCardFacts } from './og-card.ts';
import type { EssayEntry } from '../collection/published-essays.ts';

export const ogCardFacts = (essay: EssayEntry): OgCardFacts => ({
  title: essay.data.title,
  category: essay.data.category,
  siteName: SITE.title,
  narrated: offersNarration(essay.data),
});
