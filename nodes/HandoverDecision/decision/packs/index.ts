import { danish } from './da';
import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { indonesian } from './id';
import { portuguese } from './pt';
import { swahili } from './sw';
import type { LanguageCode, LanguagePack } from './types';

export { LANGUAGE_CODES } from './types';
export type { LanguageCode, LanguagePack, VerbSense } from './types';

export const PACKS: Record<LanguageCode, LanguagePack> = {
	en: english,
	sw: swahili,
	id: indonesian,
	de: german,
	es: spanish,
	fr: french,
	pt: portuguese,
	da: danish,
};
