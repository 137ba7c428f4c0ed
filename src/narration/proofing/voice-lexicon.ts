// Whether the voice knows a word: flite's lexicon is CMUdict's (cmulex), so CMUdict answers for flite; for other
// engines it is a stand-in, since their lexicons cannot be asked (espeak's is compiled into its data).
import { dictionary } from 'cmu-pronouncing-dictionary';

export const knownToVoice = (word: string): boolean => Object.hasOwn(dictionary, word.toLowerCase());
