import type { Lexicon } from "../types";

/** Polish lexicon (everyday words, several inflected forms since the stemmer is light). See nl.ts. */
export const PL: Lexicon = {
  locale: "pl",
  stopwords: [
    "ja", "mnie", "mi", "mój", "moja", "moje", "moją", "mojego", "ty", "on", "ona", "ono", "my", "wy", "oni", "one",
    "się", "i", "a", "albo", "lub", "ale", "w", "we", "na", "do", "z", "ze", "od", "po", "przy", "o", "u", "za",
    "to", "ten", "ta", "jest", "są", "był", "była", "było", "mam", "ma", "mamy", "bardzo", "często", "czasem",
    "czasami", "zawsze", "już", "też", "także", "tylko", "że", "bo", "jak", "co", "czy", "nie", "tak", "dobrze",
    "mama", "mamie", "tata", "mąż", "żona",
  ],
  // words that on their own say little about which need is meant ("sam" is also "by myself", "zapominam o lekach")
  weak: [
    "zapominam", "zapomina", "pamięć", "pamięci", "sam", "sama", "pomoc", "pomocy", "widzieć", "widzę", "dzień",
    "dnia", "dni", "czas", "godzina", "krzesło", "krzesła", "łóżka", "łóżko", "nogi", "nogami", "kolana", "kolano",
    "biodro", "biodra", "ciemno", "ciemności", "myć", "mycie", "umyć", "przycisk", "przyciski", "klawisze",
    "numer", "numery", "ekran", "wchodzić", "piętro", "piętrze", "uchwyt", "poręcz", "plecy", "kręgosłup", "buty",
    "skarpetki", "wysoko", "kurz", "dym", "gaz", "gazu", "wyłączyć", "włączona", "dźwięk", "dźwięki", "głośno",
    "głośniej", "listy", "litery", "liter", "odwiedza", "rozmowa", "smutna", "smutny", "smutek", "zmarł", "zmarła",
    "znajomi", "przyjaciele", "upadek", "upaść", "łazienka", "łazience", "wizyty", "termin", "mylę", "myli",
    "odebrać", "skomplikowany", "dzwonić", "zadzwonić", "dzwonię",
  ],
  entries: {
    "housework.vacuuming": [
      "odkurzać", "odkurzanie", "odkurzam", "odkurzacz", "odkurzaczem", "sprzątać", "sprzątanie", "sprzątam",
      "porządki", "myć podłogę", "mycie podłogi", "mopem", "zamiatać", "kurz", "ścierać kurze", "prace domowe",
      "obowiązki domowe", "robot sprzątający",
    ],
    "cooking.forgets_stove": [
      "kuchenka", "kuchenkę", "kuchence", "płyta", "płytę", "palnik", "gaz", "gazu", "garnek", "garnki", "patelnia",
      "przypalone", "przypalić", "spalone", "zapach spalenizny", "gotować", "gotowanie", "gotuję", "piekarnik",
      "pożar", "dym", "czujnik dymu", "wyłączyć", "zostawia włączoną", "włączona",
    ],
    "reach.picking_up": [
      "schylać", "schylić", "schylanie", "schylam", "podnieść", "podnosić", "podnoszenie", "z podłogi", "podłogi",
      "sięgać", "sięgnąć", "wysoka półka", "górna półka", "wysoko", "upuszczam", "upuścić", "zakładać buty",
      "buty", "skarpetki", "pończochy", "chwytak", "plecy", "kręgosłup",
    ],
    bathing: [
      "prysznic", "prysznicem", "pod prysznicem", "kąpać", "kąpiel", "kąpię", "wanna", "wannie", "łazienka",
      "łazience", "myć", "mycie", "myć się", "umyć", "włosy myć", "poślizgnąć", "poślizgnęłam", "poślizgnąłem",
      "ślisko", "śliska", "krzesło prysznicowe", "taboret", "higiena",
    ],
    "toilet.night": [
      "nocy toaleta", "w nocy toaleta", "nocą toaleta", "w nocy do toalety", "w nocy wstawać", "nocy wstaję",
      "w nocy łazienka", "ciemno", "ciemności", "lampka nocna", "światło nocne", "siku", "oddawać mocz", "mocz",
      "nietrzymanie", "basen", "kaczka", "w nocy sikać", "nocne wstawanie",
    ],
    "toilet.sitting_down": [
      "toaleta", "toalety", "toalecie", "toaletę", "sedes", "sedesu", "sedesie", "nakładka na sedes",
      "podwyższenie sedesu", "usiąść na toalecie", "wstać z toalety", "wc", "ubikacja", "ubikacji", "poręcz toaleta",
      "uchwyt",
    ],
    "mobility.getting_up": [
      "wstać", "wstawać", "wstaję", "wstawanie", "podnieść się", "z krzesła", "krzesła", "krzesło", "fotel",
      "fotela", "z łóżka", "łóżka", "łóżko", "kanapa", "kanapy", "sofa", "sofy", "fotel z funkcją wstawania",
    ],
    "mobility.walking": [
      "chodzić", "chodzenie", "chodzę", "chodzi", "chodzeniem", "spacer", "spacerować", "balkonik", "chodzik",
      "laska", "laską", "kule", "równowaga", "równowagę", "chwiejnie", "zawroty głowy", "kręci się w głowie",
      "nogi", "nogami", "kolana", "kolano", "biodro", "biodra", "upadek", "boję się upadku", "upaść", "potykam",
      "potknąć",
    ],
    "mobility.stairs": [
      "schody", "schodach", "schodami", "schodów", "stopnie", "stopień", "wchodzić", "wejść na górę", "na górę",
      "na dół", "piętro", "piętrze", "poręcz", "winda schodowa", "krzesełko schodowe", "bez windy",
    ],
    "help.calling_after_fall": [
      "upadłam", "upadłem", "upadnę", "przewróciłam", "przewróciłem", "przewrócę", "leżeć na podłodze",
      "leżałam", "leżałem", "na podłodze", "wezwać pomoc", "wezwać pomocy", "pomoc", "pomocy", "alarm",
      "przycisk alarmowy", "przycisk", "opaska alarmowa", "nikt nie wie", "nikt nie usłyszy", "nikt nie znajdzie",
      "karetka", "pogotowie", "112", "czujnik upadku",
    ],
    "door.who_is_there": [
      "drzwi", "drzwiach", "drzwi wejściowe", "dzwonek do drzwi", "dzwoni do drzwi", "otworzyć drzwi",
      "otwierać", "kto przyszedł", "kto jest", "kto dzwoni", "obcy", "obcych", "nieznajomi", "oszuści",
      "oszust", "domofon", "wideodomofon", "wizjer", "kurier", "listonosz", "włamywacz", "dojść do drzwi",
    ],
    "wandering.getting_lost": [
      "gubić", "gubi", "gubię", "zgubić", "zgubiła", "zgubił", "zgubiłam", "błądzić", "błądzi", "zabłądzić",
      "zabłądziła", "droga do domu", "drogi do domu", "drogę do domu", "wychodzi w nocy", "wychodzi z domu",
      "policja przywiozła", "zaginęła", "zaginął", "gps", "lokalizator", "gdzie jestem", "nie wie gdzie",
    ],
    "medication.remembering": [
      "leki", "leków", "lekami", "lek", "lekarstwa", "lekarstw", "tabletki", "tabletek", "pigułki", "pigułek",
      "brać leki", "brać tabletki", "zapominam leki", "pojemnik na leki", "kasetka na leki", "dozownik", "insulina",
      "insuliny", "krople", "krople do oczu", "recepta", "apteka", "podwójna dawka", "dawka", "dawki",
    ],
    "orientation.time": [
      "jaki dzień", "jaki jest dzień", "dzień", "dnia", "dni", "czas", "godzina", "która godzina", "data",
      "datę", "kalendarz", "zegar", "rano wieczór", "dzień noc", "mylę", "myli", "myli się", "pomieszane",
      "zdezorientowana", "zdezorientowany", "zapominam", "zapomina", "pamięć", "pamięci", "demencja",
      "alzheimer", "wizyty", "wizyta u lekarza", "termin",
    ],
    "social.loneliness": [
      "samotna", "samotny", "samotnie", "samotność", "sama", "sam", "czuję się sama", "nikt nie odwiedza",
      "nikogo", "odwiedziny", "odwiedza", "rozmowa", "porozmawiać", "towarzystwo", "znajomi", "przyjaciele",
      "nudzę", "nuda", "smutna", "smutny", "smutek", "wdowa", "wdowiec", "zmarł", "zmarła", "wnuki", "wnuków",
      "dzieci daleko", "tęsknię", "wideorozmowa",
    ],
    "communication.phone": [
      "telefon", "telefonu", "telefonem", "komórka", "komórkę", "smartfon", "smartfona", "dzwonić", "zadzwonić",
      "dzwonię", "przyciski", "klawisze", "numer", "numery", "wybrać numer", "odebrać", "skomplikowany",
      "trudny telefon", "ekran", "esemes", "sms", "whatsapp",
    ],
    "hearing.sounds": [
      "słyszę", "słyszeć", "słyszy", "słuch", "słuchu", "głuchy", "głucha", "niedosłyszę", "aparat słuchowy",
      "aparatu słuchowego", "dzwonka nie słyszę", "słyszę dzwonka", "słyszę dzwonek",
      "słyszę telefonu", "słyszę telefon", "słyszę dzwonienia", "dźwięk", "dźwięki", "głośno", "głośniej", "telewizor głośno",
      "szumy", "uszy", "uszach",
    ],
    "reading.small_print": [
      "czytać", "czytanie", "czytam", "przeczytać", "małe litery", "drobny druk", "litery", "liter", "widzieć",
      "widzę", "wzrok", "wzroku", "oczy", "oczu", "okulary", "okularach", "lupa", "lupy", "gazeta", "gazetę",
      "listy", "ulotka", "ulotki", "zaćma", "jaskra", "niewidomy", "niewyraźnie", "rozmazane",
    ],
  },
};
