/**
 * The need in the resident's own words → ranked difficulty codes, offline and pure (no Prisma, no Next).
 *
 * 1. Text and lexicon go through the same pipeline: words (tokenize), stem (nlp.js stemmers) and fold (no
 *    diacritics); each word gets a few keys (folded stem, folded word, Arabic without attached article).
 * 2. A typed word that is not in the lexicon's vocabulary is looked up with spelling tolerance in a MiniSearch
 *    index of that vocabulary (edit distance 1 from 5 letters, 2 from 9); Dutch compound words
 *    ("keukentrap", "medicijnkastje") are split into parts that are in the vocabulary.
 * 3. A lexicon entry (word or short phrase) matches when every one of its words was found, in any order.
 *    A code's score counts the resident's words it explains, plus a bonus for phrases; fuzzy hits count less.
 * The result is every code with a score, best first, each with the resident's own words as evidence.
 */
import MiniSearch from "minisearch";
import { DIFFICULTY_CODES, type DifficultyCode } from "../questions/codes";
import { LEXICONS } from "./lexicon";
import { arabicBareForms, fold, tokenize } from "./normalize";
import { stem } from "./stemmers";
import type { Lexicon, WordLocale, WordMatch } from "./types";

/** weight of a word found only with spelling tolerance (an exact word counts 1) */
export const FUZZY_WEIGHT = 0.8;
/** extra score per additional word in a matched phrase ("kleine letters" says more than "letters") */
export const PHRASE_BONUS = 0.5;
/** a code is proposed when it scores at least this share of the best code's score, or rests on words of its own */
export const PROPOSAL_RELATIVE_FLOOR = 0.5;
/** and at least this absolute score */
export const PROPOSAL_MIN_SCORE = 1;
/** a code resting only on the lexicon's weak words scores this share when another code rests on a strong word */
export const WEAK_FACTOR = 0.5;
/** at most this many codes are proposed to the resident */
export const MAX_PROPOSALS = 3;
/** the shortest part of a split compound word */
const MIN_COMPOUND_PART = 3;

interface CompiledEntry {
  code: DifficultyCode;
  /** per content word of the entry: its keys (any one found is enough) */
  words: string[][];
  /**
   * function words of the entry ("staat OP", "WHO is there", "NA górę"), folded: they must occur in the text too,
   * but score nothing. Without them "staat op" would match any "staat" and "om hulp" any "hulp".
   */
  glue: string[];
}

interface CompiledLexicon {
  locale: WordLocale;
  stopwords: Set<string>;
  /** keys of the lexicon's weak words (see Lexicon.weak) */
  weak: Set<string>;
  vocabulary: Set<string>;
  entries: CompiledEntry[];
  index: MiniSearch<{ id: number; key: string }>;
}

/** a stem shorter than this is no key: over-stemming ("kaydım" → "ka") would make unrelated words collide */
const MIN_STEM = 3;

function keysOf(word: string, locale: WordLocale): string[] {
  const stemKey = (w: string) => {
    const s = fold(stem(w, locale));
    return s.length >= MIN_STEM || s.length >= w.length ? s : fold(w);
  };
  const keys = new Set<string>([stemKey(word), fold(word)]);
  if (locale === "ar") {
    for (const bare of arabicBareForms(word)) {
      keys.add(fold(bare));
      keys.add(stemKey(bare));
    }
  }
  return [...keys].filter((k) => k.length > 0);
}

const compiled = new Map<WordLocale, CompiledLexicon>();

function compile(lexicon: Lexicon): CompiledLexicon {
  const stopwords = new Set(lexicon.stopwords.map((w) => w.toLocaleLowerCase(lexicon.locale)));
  const vocabulary = new Set<string>();
  const entries: CompiledEntry[] = [];
  for (const code of DIFFICULTY_CODES) {
    for (const phrase of lexicon.entries[code]) {
      const all = tokenize(phrase, lexicon.locale);
      const words = all.filter((w) => !stopwords.has(w));
      if (words.length === 0) continue;
      const keyed = words.map((w) => keysOf(w, lexicon.locale));
      for (const keys of keyed) for (const k of keys) vocabulary.add(k);
      entries.push({ code, words: keyed, glue: [...new Set(all.filter((w) => stopwords.has(w)).map(fold))] });
    }
  }
  const weak = new Set((lexicon.weak ?? []).flatMap((w) => keysOf(w.toLocaleLowerCase(lexicon.locale), lexicon.locale)));
  const index = new MiniSearch<{ id: number; key: string }>({ fields: ["key"], storeFields: ["key"] });
  index.addAll([...vocabulary].map((key, id) => ({ id, key })));
  return { locale: lexicon.locale, stopwords, weak, vocabulary, entries, index };
}

function lexiconFor(locale: WordLocale): CompiledLexicon {
  let c = compiled.get(locale);
  if (!c) {
    c = compile(LEXICONS[locale]);
    compiled.set(locale, c);
  }
  return c;
}

function fuzzyDistance(term: string): number {
  if (term.length >= 9) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

/**
 * vocabulary keys close to the word in spelling (MiniSearch's fuzzy term search), closest first. MiniSearch counts
 * edits as Levenshtein, where two swapped neighbours ("fornius", "medicjinen") cost 2; a typed word with one such
 * swap is therefore also tried as written the right way round (Damerau's transposition, one of the most common
 * typing errors), before the wider search.
 */
function fuzzyKeys(lex: CompiledLexicon, word: string): string[] {
  const term = fold(word);
  const distance = fuzzyDistance(term);
  if (distance === 0) return [];
  for (let i = 0; i < word.length - 1; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    const keys = exactKeys(lex, swapped);
    if (keys.length > 0) return keys;
  }
  const hits = lex.index.search(term, { fuzzy: () => distance, prefix: false, combineWith: "OR" });
  const best = hits[0];
  if (!best) return [];
  return [String(best.key)];
}

function exactKeys(lex: CompiledLexicon, word: string): string[] {
  return keysOf(word, lex.locale).filter((k) => lex.vocabulary.has(k));
}

/** Dutch compound: the best split into 2 known parts (with a linking s / e / en), or a known head or modifier */
function compoundKeys(lex: CompiledLexicon, word: string): string[] {
  let best: { keys: string[]; covered: number } | null = null;
  for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) {
    const right = word.slice(i);
    const lefts = [word.slice(0, i)];
    for (const link of ["s", "en", "e"]) {
      if (lefts[0]!.endsWith(link) && lefts[0]!.length - link.length >= MIN_COMPOUND_PART) {
        lefts.push(lefts[0]!.slice(0, -link.length));
      }
    }
    const rightKeys = exactKeys(lex, right);
    for (const left of lefts) {
      const leftKeys = exactKeys(lex, left);
      const covered = (leftKeys.length > 0 ? left.length : 0) + (rightKeys.length > 0 ? right.length : 0);
      // a single known part must be a real word (4+ letters), not a chance syllable
      const oneSideOk =
        (leftKeys.length > 0 && rightKeys.length > 0) ||
        (leftKeys.length > 0 && left.length >= 4) ||
        (rightKeys.length > 0 && right.length >= 4);
      if (!oneSideOk || covered === 0) continue;
      if (!best || covered > best.covered) best = { keys: [...leftKeys, ...rightKeys], covered };
    }
  }
  return best ? best.keys : [];
}

interface FoundWord {
  raw: string;
  keys: Set<string>;
  weight: number;
  /** a function word: only completes a lexicon phrase's glue, scores nothing */
  glue: boolean;
  /** one of the lexicon's weak words */
  weak: boolean;
}

function findWords(lex: CompiledLexicon, text: string): FoundWord[] {
  const found: FoundWord[] = [];
  for (const raw of tokenize(text, lex.locale)) {
    if (lex.stopwords.has(raw)) {
      found.push({ raw, keys: new Set([fold(raw)]), weight: 0, glue: true, weak: false });
      continue;
    }
    const exact = exactKeys(lex, raw);
    if (exact.length > 0) {
      found.push({ raw, keys: new Set(exact), weight: 1, glue: false, weak: exact.some((k) => lex.weak.has(k)) });
      continue;
    }
    // a compound's parts and a misspelling's nearest word are both candidates ("stofzuiegn" starts with "stof")
    const parts = lex.locale === "nl" ? compoundKeys(lex, raw) : [];
    const fuzzy = fuzzyKeys(lex, raw);
    if (parts.length > 0 || fuzzy.length > 0) {
      const keys = new Set([...parts, ...fuzzy]);
      found.push({ raw, keys, weight: fuzzy.length > 0 && parts.length === 0 ? FUZZY_WEIGHT : 1, glue: false, weak: [...keys].some((k) => lex.weak.has(k)) });
    }
  }
  return found;
}

/** All codes the text points to, best first (ties in questionnaire order), with the resident's words as evidence. */
export function matchDifficulties(text: string, locale: WordLocale): WordMatch[] {
  const lex = lexiconFor(locale);
  const words = findWords(lex, text.slice(0, 2000));
  if (words.every((w) => w.glue)) return [];
  const glueInText = new Set(words.filter((w) => w.glue).flatMap((w) => [...w.keys]));
  const perCode = new Map<DifficultyCode, { covered: Set<number>; bonus: number }>();
  for (const entry of lex.entries) {
    if (!entry.glue.every((g) => glueInText.has(g))) continue;
    const usedIdx: number[] = [];
    let all = true;
    for (const keys of entry.words) {
      const idx = words.findIndex((w) => !w.glue && keys.some((k) => w.keys.has(k)));
      if (idx < 0) {
        all = false;
        break;
      }
      usedIdx.push(idx);
    }
    if (!all) continue;
    const slot = perCode.get(entry.code) ?? { covered: new Set<number>(), bonus: 0 };
    for (const i of usedIdx) slot.covered.add(i);
    const distinct = new Set(usedIdx).size;
    slot.bonus = Math.max(slot.bonus, PHRASE_BONUS * (distinct - 1));
    perCode.set(entry.code, slot);
  }
  const order = new Map(DIFFICULTY_CODES.map((c, i) => [c, i]));
  // a code that rests only on weak words ("alleen", "forget", "help") counts for less when another code rests on a
  // word of its own: in "I keep forgetting my tablets" the need is the tablets, not the time of day
  const onlyWeak = (slot: { covered: Set<number> }) => [...slot.covered].every((i) => words[i]!.weak);
  const someStrong = [...perCode.values()].some((slot) => !onlyWeak(slot));
  return [...perCode.entries()]
    .map(([code, slot]) => {
      const covered = [...slot.covered].sort((a, b) => a - b);
      let score = covered.reduce((sum, i) => sum + words[i]!.weight, 0) + slot.bonus;
      if (someStrong && onlyWeak(slot)) score *= WEAK_FACTOR;
      return {
        code,
        score: Math.round(score * 100) / 100,
        evidence: [...new Set(covered.map((i) => words[i]!.raw))],
        weakEvidence: [...new Set(covered.filter((i) => words[i]!.weak).map((i) => words[i]!.raw))],
      };
    })
    .sort((a, b) => b.score - a.score || order.get(a.code)! - order.get(b.code)!);
}

/** What the app proposes to the resident ("Wij begrepen: ..."): the strong matches only, at most MAX_PROPOSALS. */
export function proposeDifficulties(text: string, locale: WordLocale): WordMatch[] {
  const all = matchDifficulties(text, locale);
  const top = all[0]?.score ?? 0;
  const kept: WordMatch[] = [];
  const explained = new Set<string>();
  for (const m of all) {
    if (kept.length >= MAX_PROPOSALS || m.score < PROPOSAL_MIN_SCORE) break;
    // a weaker code stays when it is close to the best, or rests on words of its own: "bukken ... pillen" are two
    // needs; but "vergeet" already explained by "vergeet haar pillen" is no second need, and neither is a weak word
    // ("day" in "I forget my pills every day")
    const ownWords = m.evidence.some((w) => !explained.has(w) && !m.weakEvidence.includes(w));
    if (m.score >= top * PROPOSAL_RELATIVE_FLOOR || ownWords) {
      kept.push(m);
      for (const w of m.evidence) explained.add(w);
    }
  }
  return kept;
}
