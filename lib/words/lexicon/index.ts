import type { Lexicon, WordLocale } from "../types";
import { AR } from "./ar";
import { EN } from "./en";
import { NL } from "./nl";
import { PL } from "./pl";
import { TR } from "./tr";

export const LEXICONS: Record<WordLocale, Lexicon> = { nl: NL, en: EN, tr: TR, ar: AR, pl: PL };
