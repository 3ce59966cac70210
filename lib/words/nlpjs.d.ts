// @nlpjs/lang-* ship no type declarations; the matcher uses only their stemmers' stemWord().
interface NlpjsStemmer {
  stemWord(word: string): string;
}
declare module "@nlpjs/lang-nl/src/stemmer-nl.js" {
  export default class StemmerNl implements NlpjsStemmer { stemWord(word: string): string; }
}
declare module "@nlpjs/lang-en-min/src/stemmer-en.js" {
  export default class StemmerEn implements NlpjsStemmer { stemWord(word: string): string; }
}
declare module "@nlpjs/lang-tr/src/stemmer-tr.js" {
  export default class StemmerTr implements NlpjsStemmer { stemWord(word: string): string; }
}
declare module "@nlpjs/lang-ar/src/stemmer-ar.js" {
  export default class StemmerAr implements NlpjsStemmer { stemWord(word: string): string; }
}
declare module "@nlpjs/lang-pl/src/stemmer-pl.js" {
  export default class StemmerPl implements NlpjsStemmer { stemWord(word: string): string; }
}
