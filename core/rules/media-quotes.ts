// The guideline's passage on media ("Kommunikation med media"), verbatim, shared by the four media rules.
import type { GuidelinePassage } from '../types.js';

export const MEDIA_SECTION = 'Kommunikation med media';

export const QUOTE_VAD =
  'Förtroendevalda ska ta konsekvenserna för sina fattade beslut inför media (tjänstepersoner ska inte behöva ta ' +
  'konsekvenserna av politiskt fattade beslut i media, det vill säga ”vad-frågor”).';

export const QUOTE_HUR =
  'Ansvarig chef hanterar media när det gäller frågor på den nivå som denne ansvarar för, dvs. rena ”hur”-frågor.';

export const QUOTE_KOMMUNIKATOR =
  'Kommunikatörerna finns som expertstöd vid behov och vid känsliga beslut görs på ansvarig chefs initiativ en ' +
  'kommunikationsplan i god tid.';

export const VAD_PASSAGE: GuidelinePassage = { section: MEDIA_SECTION, quote: QUOTE_VAD };
export const HUR_PASSAGE: GuidelinePassage = { section: MEDIA_SECTION, quote: QUOTE_HUR };
export const KOMMUNIKATOR_PASSAGE: GuidelinePassage = { section: MEDIA_SECTION, quote: QUOTE_KOMMUNIKATOR };
