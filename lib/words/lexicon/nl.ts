import type { Lexicon } from "../types";

/**
 * Dutch lexicon (B1 words as residents and their relatives say them). Curated by hand from the questionnaire's
 * labels and hints and everyday paraphrases; compound words are also split against this vocabulary at match time.
 * Edit freely: the test set in ../testsets/nl.json is written apart from this file and measures the effect.
 */
export const NL: Lexicon = {
  locale: "nl",
  stopwords: [
    "de", "het", "een", "en", "of", "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "mijn", "m'n", "mij", "me",
    "zijn", "haar", "hem", "ons", "onze", "is", "ben", "bent", "was", "waren", "wordt", "word", "worden", "heb", "heeft",
    "hebben", "had", "kan", "kun", "kunt", "kon", "konden", "wil", "wilt", "wel", "dat", "die", "dit", "deze", "er",
    "op", "in", "aan", "van", "voor", "met", "bij", "naar", "om", "te", "tot", "als", "dan", "maar", "ook",
    "nog", "al", "zo", "heel", "erg", "best", "vaak", "soms", "altijd", "steeds", "meer", "veel", "wat",
    "omdat", "want", "dus", "toch", "even", "echt", "gewoon", "sinds", "laatst", "tegenwoordig", "mevrouw", "meneer",
    "alles", "iets", "niets", "niks", "willen", "moet", "moeten", "gaat", "gaan", "doet", "doen", "zou",
  ],
  // words that on their own say little about which need is meant ("ik woon alleen", "op tijd", "de deur uit")
  weak: [
    "alleen", "hulp", "tijd", "zien", "zie", "ziet", "mis", "vallen", "lopen", "loop", "loopt", "bellen",
    "gebeld", "belt", "deur", "dementie", "dement", "vergeetachtig", "geheugen", "knie", "knieën", "heup", "benen",
    "boven", "beneden", "donker", "grond", "stok", "post", "brand", "zoeken", "tablet",
    "scherm", "zacht", "luid", "harder", "ingewikkeld", "glad", "stoep", "vrienden", "verdrietig",
    "somber", "bed", "balans",
  ],
  entries: {
    "housework.vacuuming": [
      "stofzuigen", "stofzuig", "stofzuiger", "stofzuigt", "gestofzuigd", "stof zuigen", "zuigen", "huishouden",
      "huishoudelijk", "schoonmaken", "schoonmaak", "poetsen", "poets", "dweilen", "vegen", "vloer schoon",
      "huis schoon", "huis bijhouden", "stoffen", "kruimels", "robotstofzuiger", "werkster", "huishoudelijke hulp",
      "vies huis", "rommel vloer",
    ],
    "cooking.forgets_stove": [
      "fornuis", "kookplaat", "gasfornuis", "gaspit", "kookpit", "pitje", "gas aan", "gas laten branden", "vuur", "gas",
      "pan", "pannen", "aangebrand", "aanbranden", "brandt aan", "brandlucht", "koken", "kook", "kookt", "oven",
      "inductie", "keramische plaat", "brand", "rookmelder", "melk overkoken", "uitzetten vergeten", "kraan open",
      "eten branden",
    ],
    "reach.picking_up": [
      "bukken", "buk", "bukt", "vooroverbuigen", "oprapen", "rapen", "raap", "opraapt", "pakken grond",
      "grond pakken", "vloer pakken", "van grond", "iets laten vallen", "laat vallen", "valt grond", "reiken",
      "reik", "bovenste plank", "hoge kast", "hoog kastje", "hoog pakken", "kastje boven", "schoenen aantrekken",
      "sokken aantrekken", "steunkousen", "kousen", "veters strikken", "grijper", "grijptang", "rug buigen",
      "stijve rug", "door knieën",
    ],
    bathing: [
      "douchen", "douche", "doucht", "gedoucht", "wassen", "mezelf wassen", "zich wassen", "baden", "bad",
      "in bad", "badkuip", "badkamer", "haren wassen", "haar wassen", "uitglijden", "uitgegleden", "glad",
      "douchestoel", "douchekruk", "natte vloer", "staan douche", "hygiëne", "lijf wassen",
    ],
    "toilet.night": [
      "nachts wc", "nacht wc", "nachts toilet", "nacht toilet", "nachts plassen", "nacht plassen", "nachts eruit",
      "nachts opstaan", "nacht opstaan", "nachts bed uit", "donker", "donkere gang", "licht aan nacht",
      "nachtlampje", "nachtelijk", "plassen", "plas", "urinaal", "postoel", "po", "incontinent", "incontinentie",
      "lekken", "nachts badkamer", "wc nacht", "vaak plassen",
    ],
    "toilet.sitting_down": [
      "wc", "toilet", "wc bril", "toiletbril", "toiletverhoger", "wc verhoger", "wc laag", "toilet laag",
      "op wc zitten", "wc zitten", "van wc", "wc opstaan", "toilet opstaan", "overeind wc", "steunbeugel",
      "beugel wc", "wc pot", "wc-pot", "naar wc", "op toilet", "toiletstoel", "toiletgang",
    ],
    "mobility.getting_up": [
      "opstaan", "sta op", "opsta", "staat op", "staan op", "opgestaan", "overeind", "overeind komen", "recht komen",
      "omhoog komen", "uit stoel", "stoel opstaan", "uit bed", "bed opstaan", "bed uit", "bed", "uit fauteuil", "fauteuil",
      "luie stoel", "zetel", "bank opstaan", "uit bank", "sta-op-stoel", "sta-opstoel", "opstastoel", "hoog laag bed",
      "zitten opstaan", "armleuning", "trekken omhoog",
    ],
    "mobility.walking": [
      "lopen", "loop", "loopt", "liep", "gelopen", "wandelen", "wandel", "wandeling", "rollator", "stok",
      "wandelstok", "looprek", "krukken", "ter been", "slecht ter been", "vallen", "bang vallen", "valangst",
      "struikelen", "struikel", "struikelt", "gestruikeld", "wankel", "onzeker", "evenwicht", "balans", "duizelig",
      "benen", "knie", "knieën", "heup", "nieuwe heup", "schuifelen", "stappen", "boodschappen lopen",
      "loopafstand", "slecht lopen", "moeilijk lopen",
    ],
    "mobility.stairs": [
      "trap", "trappen", "traplopen", "trap lopen", "trap op", "trap af", "treden", "tree", "trede", "trapleuning",
      "leuning trap", "traplift", "naar boven", "naar beneden", "boven", "beneden",
      "boven komen", "beneden komen", "boven slapen", "slaapkamer boven", "verdieping",
      "bovenverdieping", "etage", "opstapje", "stoep", "stoepje", "portiek", "zoldertrap",
    ],
    "help.calling_after_fall": [
      "gevallen", "val", "viel", "valpartij", "grond liggen", "lag grond", "vloer liggen", "lag vloer",
      "niet overeind", "hulp roepen", "hulp halen", "om hulp", "hulp",
      "hulp krijgen", "hulp vragen", "alarm", "alarmering", "personenalarmering",
      "halsalarm", "alarmknop", "noodknop", "noodoproep", "polsalarm", "niemand bereiken", "niemand merkt", "niemand hoort",
      "niemand weet", "uren gelegen", "lang gelegen", "alleen thuis vallen", "niemand vindt", "valdetectie",
      "val melden", "ambulance", "112",
    ],
    "door.who_is_there": [
      "deur", "voordeur", "aanbellen", "belt aan", "bellen aan", "bel aan", "aanbelt",
      "doe open", "doet open", "deed open", "gebeld deur", "opendoen", "open doen",
      "deur open", "wie er is", "wie aanbelt", "wie voor deur", "vreemde mensen", "onbekenden", "onbekende",
      "vreemden", "oplichters", "oplichting", "babbeltruc", "colporteur", "colporteurs", "intercom", "videodeurbel",
      "deurbel camera", "kijkgaatje", "spion", "bezorger", "pakketbezorger", "postbode", "snel bij deur",
      "op tijd bij deur", "inbrekers", "inbraak", "veilig deur",
    ],
    "wandering.getting_lost": [
      "weg kwijt", "weg kwijtraken", "verdwalen", "verdwaal", "verdwaalt", "verdwaald", "dwalen", "dwaalt",
      "ronddwalen", "zwerven", "zwerft", "weglopen", "loopt weg", "liep weg", "weggelopen", "naar buiten nacht",
      "terug naar huis", "thuis vinden", "weg naar huis", "weg terug", "weet weg niet", "kwijt buiten",
      "politie thuisgebracht", "teruggebracht", "gps", "gps-tracker", "zoeken", "vermist", "niet weten waar",
      "waar ben ik", "onbekende buurt",
    ],
    "medication.remembering": [
      "medicijnen", "medicijn", "medicatie", "pillen", "pil", "pilletjes", "tabletten", "tablet", "capsules",
      "innemen", "inneemt", "ingenomen", "neem in", "medicijndoos", "pillendoos", "medicijnrol", "baxter",
      "baxterrol", "medicijndispenser", "insuline", "druppels", "oogdruppels", "dubbel nemen", "dubbel ingenomen",
      "apotheek", "voorgeschreven", "bloedverdunners", "plaspillen", "medicijnen vergeten", "pillen vergeten",
    ],
    "orientation.time": [
      "welke dag", "dag weten", "dagen door elkaar", "dag nacht door elkaar", "dag nacht", "tijd", "tijdsbesef",
      "hoe laat", "klok", "datum", "kalender", "dagkalender", "ochtend avond", "ochtend middag", "in war",
      "verward", "verwarring", "vergeetachtig", "geheugen", "dementie", "dement",
      "alzheimer", "afspraken", "afspraak vergeten", "dagritme", "structuur dag", "weekdag", "midden nacht op",
      "nacht aankleden",
    ],
    "social.loneliness": [
      "eenzaam", "eenzaamheid", "alleen", "voel alleen", "alleen voelen", "niemand praten", "weinig mensen",
      "weinig bezoek", "geen bezoek", "niemand langs", "geen contact", "weinig contact", "contact familie",
      "aanspraak", "praatje", "gezelschap", "verveel", "verveling", "somber", "verdrietig", "verdriet", "weduwe",
      "weduwnaar", "overleden", "partner overleden", "vrienden", "kinderen ver", "kleinkinderen", "beeldbellen",
      "videobellen", "buiten komen", "stil huis", "niemand zien", "zie niemand", "mis",
    ],
    "communication.phone": [
      "telefoon", "telefoneren", "bellen", "opbellen", "gebeld", "belt", "mobiel", "mobieltje", "smartphone", "gsm",
      "toetsen", "knopjes", "knoppen", "nummer kiezen", "nummers", "opnemen", "ophangen", "ingewikkeld",
      "seniorentelefoon", "fotobeltelefoon", "whatsapp", "appen", "sms", "scherm", "touchscreen", "tablet",
    ],
    "hearing.sounds": [
      "horen", "hoor", "hoort", "gehoord", "doof", "doofheid", "slechthorend", "slecht horen", "gehoor",
      "hoorapparaat", "hoortoestel", "deurbel horen", "bel horen", "telefoon horen", "wekker horen",
      "rookmelder horen", "geluid", "geluiden", "harder", "luid", "zacht", "tv hard", "televisie hard",
      "oorsuizen", "oren", "flitslicht",
    ],
    "reading.small_print": [
      "lezen", "lees", "leest", "gelezen", "kleine letters", "letters", "kleine lettertjes", "zien", "zie", "ziet",
      "slecht zien", "slechtziend", "ogen", "oog", "bril", "leesbril", "loep", "vergrootglas", "krant", "post",
      "brieven", "bijsluiter", "etiket", "macula", "staar", "glaucoom", "blind", "wazig", "scherm lezen",
      "ondertiteling",
    ],
  },
};
