/**
 * The shared product catalogue: real kinds of home technology sold or lent in the Netherlands.
 *
 * Texts are Dutch at B1 level. The matching rules (ProductRules, see lib/matching/types.ts) encode the domain
 * facts in /work/shared/domain.md; the conventions the engine relies on:
 *   - addresses[].reason      a full sentence, completes "Waarom dit bij u past:"
 *   - prerequisites[].reason  a full sentence ("Deze deurbel werkt alleen met wifi.")
 *   - prerequisites[].check   a plain yes/no question, shown with the reason while the answer is unknown
 *   - contraindications[].reason  lower-case start, full stop; completes "Niet voor u, omdat …"
 *   - contraindications[].check   a plain yes/no question ("yes" = the product can fit)
 *   - contextFit[].reason     a full sentence
 *   - notes                   always shown as a condition before use
 *
 * ISO 9999 codes (edition 2022). The subclass codes 09 12 03, 09 12 18, 09 33 03, 18 18 03 and 18 18 06 come
 * from the public code lists in domain.md. Every other six-digit code is our best reading of a division inside
 * a subclass that domain.md names (e.g. 22 27 alerting, 18 33 home safety); check those against the text of
 * ISO 9999:2022 before they are used outside this app. Residents never see these codes.
 *
 * Prices are indicative ranges in whole euros (2024-2025), from public shop and supplier prices.
 */
import type { FundingRoute } from "../../lib/catalogue/funding-routes";
import type { CatalogueProduct, Prerequisite, ProductRules } from "../../lib/matching/types";
import { toEngineProduct } from "../../lib/catalogue/engine-product";

/** The seven life domains; they match the groups of the questionnaire (lib/questions/questionnaire.ts). */
export const PRODUCT_DOMAINS = [
  "huishouden",
  "wassen-toilet",
  "bewegen",
  "veiligheid",
  "geheugen",
  "contact",
  "zien",
] as const;
export type ProductDomain = (typeof PRODUCT_DOMAINS)[number];

export interface SeedProduct {
  /** kebab-case, stable: used in URLs, the API and saved advice */
  slug: string;
  /** Dutch */
  name: string;
  /** the name with its article inside a sentence: "de GPS-tracker", "het nachtlampje" (articles are data) */
  nameInSentence: string;
  /** B1 Dutch, 1-2 short sentences: what it does for you */
  shortDescription: string;
  domain: ProductDomain;
  /** "09 12 18" */
  iso9999Code: string;
  iso9999Edition: "2022";
  icfCodes: string[];
  priceMinEuro: number;
  priceMaxEuro: number;
  pricePeriod: "once" | "month";
  /** how the resident can pay, per route with typical cost (lib/catalogue/funding-routes.ts) */
  fundingRoutes: FundingRoute[];
  /** "" when there is nothing to add; never only the funding (that is fundingRoutes) */
  priceNote: string;
  /** plain Dutch prerequisites shown to residents */
  needs: string[];
  /** true when the product records data about the person (sensors, location, camera, medication intake) */
  isMonitoring: boolean;
  /** required when isMonitoring: what it records, who sees it, how to stop (B1) */
  monitoringRecords?: string;
  monitoringWhoSees?: string;
  monitoringHowToStop?: string;
  /** "/products/<slug>.svg" */
  imagePath: string;
  imageAlt: string;
  /** false for custom-fit or fixed items, subscriptions and apps */
  lendable: boolean;
  loanPeriodDays: number;
  rules: ProductRules;
}

// ---------------------------------------------------------------------------------------------------------------
// Texts used by several products, so that the same question is asked in the same words
// ---------------------------------------------------------------------------------------------------------------

const CHECK_WIFI = "Heeft u wifi thuis?";
const CHECK_SMARTPHONE = "Heeft u een smartphone die u zelf gebruikt?";
const CHECK_KEY_ENTRY = "Kan iemand met een sleutel altijd uw voordeur openmaken?";
const CHECK_CARER = "Is er iemand die binnen 15 minuten bij u kan zijn als het nodig is?";
const CHECK_STAIRS = "Heeft u een trap in huis die u gebruikt?";

/**
 * The condition shown when the door is on the bolt (knip) and help must come in: a bolt is solved, never a reason
 * to leave someone without a way to call for help. `who` says who cannot get in, in one sentence.
 */
function boltSolution(who: string): string {
  return `U doet de deur op de knip. ${who} Vraag een slotenmaker om een slot dat veilig is en toch van buiten met een sleutel opengaat. Of doe de deur niet meer op de knip. Hang dan een sleutelkluis bij de deur, zodat hulp bij de sleutel kan.`;
}

// Funding routes (domain.md "Funding routes"): whole euros for the resident; null = not known in general (ask).
const buy = (min: number, max: number): FundingRoute => ({ route: "buy", costMinEuro: min, costMaxEuro: max, period: "once" });
const rent = (min: number | null, max: number | null): FundingRoute => ({ route: "rent", costMinEuro: min, costMaxEuro: max, period: "month" });
/** short-term loan through the health insurer: often free (Zvw, under 26 weeks); null when it differs per policy */
const insurerLoan = (cost: 0 | null = 0): FundingRoute => ({ route: "insurer_loan", costMinEuro: cost, costMaxEuro: cost, period: "once" });
/** custom provision via the municipality: the income-independent own contribution, about € 21 a month (2025) */
const wmo = (): FundingRoute => ({ route: "wmo", costMinEuro: 0, costMaxEuro: 21, period: "month" });

function wifi(reason: string): Prerequisite {
  return { anyOf: ["digital.wifi"], reason, check: CHECK_WIFI };
}

function smartphone(reason: string): Prerequisite {
  return { anyOf: ["digital.smartphone"], reason, check: CHECK_SMARTPHONE };
}

const image = (slug: string) => `/products/${slug}.svg`;

// ---------------------------------------------------------------------------------------------------------------
// The catalogue, per domain
// ---------------------------------------------------------------------------------------------------------------

const HUISHOUDEN: SeedProduct[] = [
  {
    slug: "robotstofzuiger",
    name: "Robotstofzuiger",
    nameInSentence: "de robotstofzuiger",
    shortDescription: "Een kleine stofzuiger die zelf door het huis rijdt en de vloer schoonmaakt. U zet hem aan met één knop.",
    domain: "huishouden",
    iso9999Code: "15 12 09",
    iso9999Edition: "2022",
    icfCodes: ["d640"],
    priceMinEuro: 200,
    priceMaxEuro: 500,
    pricePeriod: "once",
    fundingRoutes: [buy(200, 500)],
    priceNote: "Goede modellen kosten vaak € 300 of meer.",
    needs: [
      "Een vloer zonder losse spullen en snoeren",
      "Geen drempels, of drempels met een drempelhulp",
      "Een stopcontact voor het laadstation",
    ],
    isMonitoring: false,
    imagePath: image("robotstofzuiger"),
    imageAlt: "Een ronde, platte robotstofzuiger op de vloer.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "housework.vacuuming",
          fit: 3,
          reason: "Hij zuigt zelf de vloer. U hoeft niet te bukken of te duwen.",
        },
      ],
      prerequisites: [],
      contraindications: [
        {
          effect: "exclude",
          when: { code: "home.clutter", is: ["a_lot"] },
          reason: "er veel spullen op de vloer staan. Een robotstofzuiger blijft daar steken.",
          check: "Is de vloer meestal vrij van spullen en snoeren?",
        },
        {
          effect: "condition",
          when: { code: "home.thresholds", is: [true] },
          solution:
            "Er zijn drempels tussen de kamers. Een robotstofzuiger komt meestal niet over een drempel van meer dan 1 à 2 cm. Leg een drempelhulp bij de drempel, of laat de robot in één kamer werken.",
          check: "Is de vloer tussen de kamers vlak, zonder drempels?",
        },
        {
          effect: "exclude",
          when: { code: "home.small_furniture", is: [true] },
          reason:
            "er veel kleine tafeltjes en stoelen dicht bij elkaar staan. Een robotstofzuiger raakt daartussen vast.",
          check: "Staan uw meubels ruim, zonder veel kleine tafeltjes en stoelen dicht bij elkaar?",
        },
      ],
      contextFit: [
        {
          when: { code: "home.clutter", is: ["none"] },
          delta: 1,
          reason: "Uw vloer is meestal vrij. Daar werkt een robotstofzuiger goed.",
        },
        {
          when: { code: "home.clutter", is: ["some"] },
          delta: -1,
          reason: "Er staan wat spullen op de vloer. Ruim die op voordat de robot gaat rijden.",
        },
        {
          when: { code: "home.rugs", is: [true] },
          delta: -1,
          reason: "Losse kleden kunnen de robot laten vastlopen. Haal ze weg of leg ze vast.",
        },
        {
          when: { code: "home.stairs_inside", is: [true] },
          delta: -1,
          reason: "Hij kan geen trap op. U moet hem dragen als u boven wilt stofzuigen.",
        },
        {
          when: { code: "home.pets", is: [true] },
          delta: 1,
          reason: "Hij zuigt elke dag de haren van uw huisdier op.",
        },
      ],
      notes: ["Sommige modellen werken alleen met wifi en een app. Er zijn ook modellen met een knop of afstandsbediening."],
    },
  },
  {
    slug: "steelstofzuiger-zonder-snoer",
    name: "Lichte steelstofzuiger zonder snoer",
    nameInSentence: "de lichte steelstofzuiger zonder snoer",
    shortDescription: "Een lichte stofzuiger met een accu. U hoeft geen snoer mee te slepen en niet te bukken.",
    domain: "huishouden",
    iso9999Code: "15 12 09",
    iso9999Edition: "2022",
    icfCodes: ["d640"],
    priceMinEuro: 100,
    priceMaxEuro: 300,
    pricePeriod: "once",
    fundingRoutes: [buy(100, 300)],
    priceNote: "",
    needs: ["Een stopcontact om de accu op te laden"],
    isMonitoring: false,
    imagePath: image("steelstofzuiger-zonder-snoer"),
    imageAlt: "Een smalle stofzuiger met een lange steel en een zuigmond op de vloer.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "housework.vacuuming",
          fit: 2,
          reason: "Hij is licht en heeft geen snoer. Stofzuigen kost minder kracht.",
        },
        {
          difficulty: "reach.picking_up",
          fit: 1,
          reason: "U zuigt kruimels van de vloer op zonder te bukken.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [
        {
          when: { code: "home.clutter", is: ["some", "a_lot"] },
          delta: 1,
          reason: "Hij werkt ook als er spullen op de vloer staan.",
        },
        {
          when: { code: "home.stairs_inside", is: [true] },
          delta: 1,
          reason: "U neemt hem makkelijk mee naar boven.",
        },
        {
          when: { code: "home.thresholds", is: [true] },
          delta: 1,
          reason: "Drempels zijn voor deze stofzuiger geen probleem.",
        },
      ],
      notes: [],
    },
  },
  {
    slug: "stoffer-en-blik-lange-steel",
    name: "Stoffer en blik met lange steel",
    nameInSentence: "de stoffer en blik met lange steel",
    shortDescription: "Een stoffer en blik met lange stelen. U veegt de vloer zonder te bukken.",
    domain: "huishouden",
    iso9999Code: "15 12 03",
    iso9999Edition: "2022",
    icfCodes: ["d640", "d430"],
    priceMinEuro: 10,
    priceMaxEuro: 25,
    pricePeriod: "once",
    fundingRoutes: [buy(10, 25)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("stoffer-en-blik-lange-steel"),
    imageAlt: "Een veger en een blik, allebei met een lange steel.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "reach.picking_up",
          fit: 2,
          reason: "U veegt kruimels en scherven op zonder te bukken. Het blik blijft rechtop staan.",
        },
        {
          difficulty: "housework.vacuuming",
          fit: 1,
          reason: "Voor een beetje vuil hoeft u de stofzuiger niet te pakken.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "kookplaatbeveiliging",
    name: "Kookplaatbeveiliging",
    nameInSentence: "de kookplaatbeveiliging",
    shortDescription:
      "Een sensor bij het fornuis. Staat de kookplaat te lang of te heet aan, dan zet hij de kookplaat uit.",
    domain: "huishouden",
    iso9999Code: "18 33 09",
    iso9999Edition: "2022",
    icfCodes: ["d630", "b144"],
    priceMinEuro: 120,
    priceMaxEuro: 350,
    pricePeriod: "once",
    fundingRoutes: [buy(120, 350)],
    priceNote: "plus de kosten van de elektricien",
    needs: ["Installatie door een elektricien"],
    isMonitoring: false,
    imagePath: image("kookplaatbeveiliging"),
    imageAlt: "Een kookplaat met daarboven een kastje dat de kookplaat in de gaten houdt.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "cooking.forgets_stove",
          fit: 3,
          reason: "Vergeet u de kookplaat? Dan zet hij de kookplaat zelf uit. Zo voorkomt u brand.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [
        {
          when: { code: "household.lives_alone", is: [true] },
          delta: 1,
          reason: "U woont alleen. Er is niemand anders die op de kookplaat let.",
        },
      ],
      notes: [
        "Een elektricien moet hem aansluiten.",
        "Er zijn modellen voor elektrisch koken en voor koken op gas. Vraag naar het model dat bij uw kookplaat past.",
      ],
    },
  },
  {
    slug: "kookwekker",
    name: "Kookwekker",
    nameInSentence: "de kookwekker",
    shortDescription: "Een wekker voor in de keuken met een hard geluid. Hij herinnert u eraan dat er iets op het vuur staat.",
    domain: "huishouden",
    iso9999Code: "22 27 12",
    iso9999Edition: "2022",
    icfCodes: ["d630", "b144"],
    priceMinEuro: 10,
    priceMaxEuro: 30,
    pricePeriod: "once",
    fundingRoutes: [buy(10, 30)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("kookwekker"),
    imageAlt: "Een ronde kookwekker met een draaiknop.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "cooking.forgets_stove",
          fit: 1,
          reason: "Zet de wekker als u gaat koken. Het harde geluid herinnert u aan de pan op het vuur.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: ["U moet de wekker zelf elke keer zetten."],
    },
  },
  {
    slug: "rookmelder",
    name: "Rookmelder",
    nameInSentence: "de rookmelder",
    shortDescription: "Een rookmelder aan het plafond geeft een hard alarm als er rook is. Zo bent u op tijd gewaarschuwd.",
    domain: "huishouden",
    iso9999Code: "22 27 21",
    iso9999Edition: "2022",
    icfCodes: ["d630"],
    priceMinEuro: 15,
    priceMaxEuro: 40,
    pricePeriod: "once",
    fundingRoutes: [buy(15, 40)],
    priceNote: "Kies een rookmelder met een batterij die 10 jaar meegaat.",
    needs: ["Een plek aan het plafond"],
    isMonitoring: false,
    imagePath: image("rookmelder"),
    imageAlt: "Een ronde rookmelder aan het plafond, met rook eronder.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "cooking.forgets_stove",
          fit: 1,
          reason: "Brandt er toch iets aan, dan hoort u op tijd een hard alarm.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: ["Test de rookmelder elke maand met de knop."],
    },
  },
  {
    slug: "grijper",
    name: "Grijper (pakhulp)",
    nameInSentence: "de grijper (pakhulp)",
    shortDescription: "Een lange stok met een knijper aan het eind. Zo pakt u iets van de grond of van een hoge plank.",
    domain: "huishouden",
    iso9999Code: "24 21 03",
    iso9999Edition: "2022",
    icfCodes: ["d430", "d440"],
    priceMinEuro: 10,
    priceMaxEuro: 30,
    pricePeriod: "once",
    fundingRoutes: [buy(10, 30)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("grijper"),
    imageAlt: "Een lange grijper met een handvat en een knijper die een blikje pakt.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "reach.picking_up",
          fit: 3,
          reason: "U pakt dingen van de grond of van een hoge plank, zonder te bukken of op een trapje te staan.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
];

const WASSEN_TOILET: SeedProduct[] = [
  {
    slug: "toiletverhoger",
    name: "Toiletverhoger",
    nameInSentence: "de toiletverhoger",
    shortDescription: "Een verhoogde bril op de wc. Zo zit u hoger en komt u makkelijker weer omhoog.",
    domain: "wassen-toilet",
    iso9999Code: "09 12 18",
    iso9999Edition: "2022",
    icfCodes: ["d530", "d410"],
    priceMinEuro: 25,
    priceMaxEuro: 80,
    pricePeriod: "once",
    fundingRoutes: [insurerLoan(), buy(25, 80)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("toiletverhoger"),
    imageAlt: "Een wc van opzij, met een dikke verhoogde bril erop.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "toilet.sitting_down",
          fit: 3,
          reason: "U zit hoger op de wc. Gaan zitten en opstaan kost minder kracht.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "toiletframe",
    name: "Toiletframe met armsteunen",
    nameInSentence: "het toiletframe met armsteunen",
    shortDescription: "Een los rek om de wc, met twee armsteunen. U duwt zich op aan de steunen, en boren is niet nodig.",
    domain: "wassen-toilet",
    iso9999Code: "09 12 24",
    iso9999Edition: "2022",
    icfCodes: ["d530", "d410"],
    priceMinEuro: 40,
    priceMaxEuro: 120,
    pricePeriod: "once",
    fundingRoutes: [insurerLoan(), buy(40, 120)],
    priceNote: "",
    needs: ["Genoeg ruimte naast de wc"],
    isMonitoring: false,
    imagePath: image("toiletframe"),
    imageAlt: "Een wc met een rek eromheen met armsteunen aan beide kanten.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "toilet.sitting_down",
          fit: 3,
          reason: "U heeft steun aan beide kanten als u gaat zitten en weer opstaat.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "postoel",
    name: "Postoel voor naast het bed",
    nameInSentence: "de postoel voor naast het bed",
    shortDescription:
      "Een stoel met een emmer onder de zitting. U gebruikt hem 's nachts naast uw bed, dan hoeft u niet naar de wc te lopen.",
    domain: "wassen-toilet",
    iso9999Code: "09 12 03",
    iso9999Edition: "2022",
    icfCodes: ["d530", "d4600"],
    priceMinEuro: 60,
    priceMaxEuro: 150,
    pricePeriod: "once",
    fundingRoutes: [insurerLoan(), buy(60, 150)],
    priceNote: "",
    needs: ["Ruimte naast het bed", "Iemand die de emmer leegt, of u doet het zelf"],
    isMonitoring: false,
    imagePath: image("postoel"),
    imageAlt: "Een stoel met armleuningen en een emmer onder de zitting, met een maantje erboven.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "toilet.night",
          fit: 3,
          reason: "U hoeft 's nachts niet door het donker naar de wc te lopen.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [
        {
          when: { code: "home.thresholds", is: [true] },
          delta: 1,
          reason: "U hoeft 's nachts niet over drempels te stappen.",
        },
        {
          when: { code: "home.stairs_inside", is: [true] },
          delta: 1,
          reason: "Is de wc op een andere verdieping? Dan hoeft u 's nachts niet de trap op of af.",
        },
      ],
      notes: [],
    },
  },
  {
    slug: "douchestoel",
    name: "Douchestoel met rugleuning",
    nameInSentence: "de douchestoel met rugleuning",
    shortDescription: "Een stevige stoel voor onder de douche, met rugleuning en armleuningen. U kunt zittend douchen.",
    domain: "wassen-toilet",
    iso9999Code: "09 33 03",
    iso9999Edition: "2022",
    icfCodes: ["d510"],
    priceMinEuro: 40,
    priceMaxEuro: 150,
    pricePeriod: "once",
    fundingRoutes: [insurerLoan(), buy(40, 150)],
    priceNote: "",
    needs: ["Genoeg ruimte in de douche"],
    isMonitoring: false,
    imagePath: image("douchestoel"),
    imageAlt: "Een douchestoel met rugleuning onder een douchekop.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "bathing",
          fit: 3,
          reason: "U douchet zittend. Zo is de kans op vallen kleiner en houdt u het langer vol.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [
        {
          when: { code: "care.home_care", is: [true] },
          delta: 1,
          reason: "Ook voor de thuiszorg is het wassen dan makkelijker en veiliger.",
        },
      ],
      notes: [],
    },
  },
  {
    slug: "douchekruk",
    name: "Douchekruk",
    nameInSentence: "de douchekruk",
    shortDescription: "Een kleine kruk zonder rugleuning voor onder de douche. Hij past ook in een kleine douche.",
    domain: "wassen-toilet",
    iso9999Code: "09 33 03",
    iso9999Edition: "2022",
    icfCodes: ["d510"],
    priceMinEuro: 20,
    priceMaxEuro: 60,
    pricePeriod: "once",
    fundingRoutes: [insurerLoan(), buy(20, 60)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("douchekruk"),
    imageAlt: "Een krukje zonder rugleuning onder een douchekop.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "bathing",
          fit: 2,
          reason: "U kunt zittend douchen, ook in een kleine douche.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: ["Een kruk heeft geen rugleuning. Zit u niet stevig? Kies dan een douchestoel."],
    },
  },
  {
    slug: "wandbeugels-badkamer",
    name: "Wandbeugels bij douche en wc",
    nameInSentence: "de wandbeugels bij douche en wc",
    shortDescription: "Stevige beugels aan de muur. U houdt zich eraan vast bij het douchen en op de wc.",
    domain: "wassen-toilet",
    iso9999Code: "18 18 06",
    iso9999Edition: "2022",
    icfCodes: ["d510", "d530"],
    priceMinEuro: 30,
    priceMaxEuro: 150,
    pricePeriod: "once",
    fundingRoutes: [buy(30, 150), wmo()],
    priceNote: "plus montage",
    needs: ["Montage aan een stevige muur", "Toestemming van de verhuurder als u huurt"],
    isMonitoring: false,
    imagePath: image("wandbeugels-badkamer"),
    imageAlt: "Een betegelde muur met een rechte en een hoekige beugel.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "bathing",
          fit: 2,
          reason: "U heeft iets stevigs om vast te houden als u onder de douche staat of gaat zitten.",
        },
        {
          difficulty: "toilet.sitting_down",
          fit: 2,
          reason: "Bij de wc trekt u zich makkelijker op.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [
        "De beugels moeten stevig in de muur vastzitten. Laat ze plaatsen door een vakman of uw woningcorporatie.",
      ],
    },
  },
  {
    slug: "antislipmat-douche",
    name: "Antislipmat voor de douche",
    nameInSentence: "de antislipmat voor de douche",
    shortDescription: "Een mat met zuignappen op de douchevloer. Zo glijdt u minder snel uit.",
    domain: "wassen-toilet",
    iso9999Code: "18 33 06",
    iso9999Edition: "2022",
    icfCodes: ["d510"],
    priceMinEuro: 10,
    priceMaxEuro: 30,
    pricePeriod: "once",
    fundingRoutes: [buy(10, 30)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("antislipmat-douche"),
    imageAlt: "Een mat met noppen en waterdruppels erboven.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "bathing",
          fit: 1,
          reason: "De douchevloer is minder glad. U staat steviger.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "spons-lange-steel",
    name: "Spons met lange steel",
    nameInSentence: "de spons met lange steel",
    shortDescription: "Een spons aan een lange, gebogen steel. U wast uw rug en voeten zonder te bukken of te draaien.",
    domain: "wassen-toilet",
    iso9999Code: "09 33 30",
    iso9999Edition: "2022",
    icfCodes: ["d510", "d520"],
    priceMinEuro: 5,
    priceMaxEuro: 20,
    pricePeriod: "once",
    fundingRoutes: [buy(5, 20)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("spons-lange-steel"),
    imageAlt: "Een spons aan het eind van een lange, gebogen steel.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "bathing",
          fit: 1,
          reason: "U wast uw rug en voeten zonder te bukken. Zo verliest u minder snel uw evenwicht.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "nachtlampje-bewegingssensor",
    name: "Nachtlampje met bewegingssensor",
    nameInSentence: "het nachtlampje met bewegingssensor",
    shortDescription: "Een klein lampje in het stopcontact. Het gaat vanzelf aan als u 's nachts uit bed stapt.",
    domain: "wassen-toilet",
    iso9999Code: "18 06 03",
    iso9999Edition: "2022",
    icfCodes: ["d4600", "d530"],
    priceMinEuro: 10,
    priceMaxEuro: 30,
    pricePeriod: "once",
    fundingRoutes: [buy(10, 30)],
    priceNote: "Vaak per 2 of 3 stuks.",
    needs: ["Een stopcontact op de route naar de wc, of batterijen"],
    isMonitoring: false,
    imagePath: image("nachtlampje-bewegingssensor"),
    imageAlt: "Een lampje in een stopcontact dat licht geeft, met een maantje.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "toilet.night",
          fit: 3,
          reason: "De weg naar de wc is verlicht. U hoeft niet naar een lichtknop te zoeken.",
        },
        {
          difficulty: "mobility.walking",
          fit: 1,
          reason: "U ziet 's nachts waar u loopt. Zo struikelt u minder snel.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
];

const BEWEGEN: SeedProduct[] = [
  {
    slug: "rollator-binnen",
    name: "Rollator voor binnen",
    nameInSentence: "de rollator voor binnen",
    shortDescription: "Een smalle, lichte rollator voor in huis, met een dienblad. U loopt steviger en neemt iets mee.",
    domain: "bewegen",
    iso9999Code: "12 06 06",
    iso9999Edition: "2022",
    icfCodes: ["d450", "d4600"],
    priceMinEuro: 100,
    priceMaxEuro: 250,
    pricePeriod: "once",
    fundingRoutes: [rent(null, null), buy(100, 250)],
    priceNote: "",
    needs: ["Genoeg ruimte om tussen de meubels door te lopen"],
    isMonitoring: false,
    imagePath: image("rollator-binnen"),
    imageAlt: "Een smalle rollator met vier wieltjes en een dienblad.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.walking",
          fit: 3,
          reason: "U heeft steun bij elke stap en u kunt uw kopje of bord meenemen.",
        },
        {
          difficulty: "toilet.night",
          fit: 1,
          reason: "Ook 's nachts heeft u steun op weg naar de wc.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [
        {
          when: { code: "home.thresholds", is: [true] },
          delta: -1,
          reason: "Drempels zijn lastig met een rollator. Een drempelhulp helpt.",
        },
        {
          when: { code: "home.rugs", is: [true] },
          delta: -1,
          reason: "Over losse kleden rijdt een rollator slecht.",
        },
        {
          when: { code: "home.clutter", is: ["a_lot"] },
          delta: -2,
          reason: "Met veel spullen op de vloer is er weinig ruimte om met een rollator te lopen.",
        },
      ],
      notes: [],
    },
  },
  {
    slug: "rollator-buiten",
    name: "Lichte rollator voor buiten",
    nameInSentence: "de lichte rollator voor buiten",
    shortDescription:
      "Een lichte rollator met grote wielen, remmen en een zitje. U kunt hem inklappen en meenemen in de auto.",
    domain: "bewegen",
    iso9999Code: "12 06 06",
    iso9999Edition: "2022",
    icfCodes: ["d450"],
    priceMinEuro: 150,
    priceMaxEuro: 500,
    pricePeriod: "once",
    fundingRoutes: [rent(null, null), buy(150, 500)],
    priceNote: "",
    needs: ["Een plek in huis of in de berging om hem neer te zetten"],
    isMonitoring: false,
    imagePath: image("rollator-buiten"),
    imageAlt: "Een rollator met grote wielen, een zitje en een tas, met een zon erboven.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.walking",
          fit: 3,
          reason: "U loopt buiten verder en veiliger. Als u moe bent, gaat u even zitten.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: ["Laat de handvatten op de goede hoogte zetten."],
    },
  },
  {
    slug: "wandelstok",
    name: "Wandelstok",
    nameInSentence: "de wandelstok",
    shortDescription: "Een stok die u op uw lengte instelt, met een handvat dat goed in de hand ligt. Hij geeft steun aan één kant.",
    domain: "bewegen",
    iso9999Code: "12 03 03",
    iso9999Edition: "2022",
    icfCodes: ["d450"],
    priceMinEuro: 15,
    priceMaxEuro: 50,
    pricePeriod: "once",
    fundingRoutes: [buy(15, 50)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("wandelstok"),
    imageAlt: "Een wandelstok met een gebogen handvat.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.walking",
          fit: 1,
          reason: "U heeft wat extra steun en houdt beter uw evenwicht.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: ["Laat de lengte goed instellen, bijvoorbeeld door de fysiotherapeut."],
    },
  },
  {
    slug: "sta-op-stoel",
    name: "Sta-op-stoel",
    nameInSentence: "de sta-op-stoel",
    shortDescription: "Een fauteuil met een motor. Met een knop komt de zitting omhoog en helpt de stoel u rustig opstaan.",
    domain: "bewegen",
    iso9999Code: "18 09 15",
    iso9999Edition: "2022",
    icfCodes: ["d410"],
    priceMinEuro: 800,
    priceMaxEuro: 2500,
    pricePeriod: "once",
    fundingRoutes: [buy(800, 2500)],
    priceNote: "Probeer hem eerst in een winkel.",
    needs: ["Een stopcontact bij de stoel", "Een stoel die past bij uw lengte"],
    isMonitoring: false,
    imagePath: image("sta-op-stoel"),
    imageAlt: "Een fauteuil die naar voren kantelt, met een pijl omhoog.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.getting_up",
          fit: 3,
          reason: "De stoel duwt u omhoog. Opstaan kost veel minder kracht.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: ["De stoel moet passen bij uw lengte en gewicht. Daarom kunt u hem niet lenen."],
    },
  },
  {
    slug: "bedbeugel",
    name: "Bedbeugel",
    nameInSentence: "de bedbeugel",
    shortDescription:
      "Een beugel die u onder het matras klemt. U houdt hem vast als u gaat zitten, opstaat of u omdraait in bed.",
    domain: "bewegen",
    iso9999Code: "18 12 27",
    iso9999Edition: "2022",
    icfCodes: ["d410", "d4600"],
    priceMinEuro: 40,
    priceMaxEuro: 120,
    pricePeriod: "once",
    fundingRoutes: [buy(40, 120)],
    priceNote: "",
    needs: ["Een bed waar de beugel onder het matras past"],
    isMonitoring: false,
    imagePath: image("bedbeugel"),
    imageAlt: "Een bed met een beugel aan de zijkant om vast te houden.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.getting_up",
          fit: 2,
          reason: "U trekt zich aan de beugel omhoog als u uit bed stapt.",
        },
        {
          difficulty: "toilet.night",
          fit: 1,
          reason: "Als u 's nachts uit bed stapt, heeft u meteen iets om vast te houden.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "opstahulp-stoel",
    name: "Opstahulp voor op een stoel",
    nameInSentence: "de opstahulp voor op een stoel",
    shortDescription:
      "Een zitting met veren die u op uw eigen stoel of bank legt. Als u opstaat, duwt hij u zacht omhoog.",
    domain: "bewegen",
    iso9999Code: "12 31 09",
    iso9999Edition: "2022",
    icfCodes: ["d410"],
    priceMinEuro: 100,
    priceMaxEuro: 250,
    pricePeriod: "once",
    fundingRoutes: [buy(100, 250)],
    priceNote: "",
    needs: ["Een stevige stoel of bank"],
    isMonitoring: false,
    imagePath: image("opstahulp-stoel"),
    imageAlt: "Een stoel met een kussen met veren op de zitting en een pijl omhoog.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.getting_up",
          fit: 2,
          reason: "De zitting geeft u een duwtje omhoog. U heeft minder kracht in uw benen nodig.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "meubelverhogers",
    name: "Meubelverhogers",
    nameInSentence: "de meubelverhogers",
    shortDescription: "Stevige blokken onder de poten van uw stoel, bank of bed. Dan zit u hoger en staat u makkelijker op.",
    domain: "bewegen",
    iso9999Code: "18 15 03",
    iso9999Edition: "2022",
    icfCodes: ["d410"],
    priceMinEuro: 20,
    priceMaxEuro: 50,
    pricePeriod: "once",
    fundingRoutes: [buy(20, 50)],
    priceNote: "",
    needs: ["Meubels met poten die in de blokken passen"],
    isMonitoring: false,
    imagePath: image("meubelverhogers"),
    imageAlt: "Een stoel waarvan de poten op blokken staan.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.getting_up",
          fit: 2,
          reason: "U zit hoger. Daardoor komt u makkelijker omhoog uit uw stoel of bed.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: ["Laat iemand de blokken plaatsen. De stoel of het bed moet stevig blijven staan."],
    },
  },
  {
    slug: "trapleuning",
    name: "Tweede trapleuning",
    nameInSentence: "de tweede trapleuning",
    shortDescription: "Een extra leuning aan de andere kant van de trap. U houdt zich met twee handen vast.",
    domain: "bewegen",
    iso9999Code: "18 18 03",
    iso9999Edition: "2022",
    icfCodes: ["d4551"],
    priceMinEuro: 100,
    priceMaxEuro: 400,
    pricePeriod: "once",
    fundingRoutes: [buy(100, 400), wmo()],
    priceNote: "inclusief montage. Huurt u? Vraag dan ook de woningcorporatie.",
    needs: ["Montage door een vakman", "Toestemming van de verhuurder als u huurt"],
    isMonitoring: false,
    imagePath: image("trapleuning"),
    imageAlt: "Een trap met een leuning langs de treden.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.stairs",
          fit: 3,
          reason: "Met twee leuningen loopt u veiliger de trap op en af.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [
        {
          when: { code: "home.stairs_inside", is: [true] },
          delta: 1,
          reason: "U gebruikt elke dag een trap in huis. Daar geeft een tweede leuning veel steun.",
        },
      ],
      notes: ["De leuning moet stevig in de muur vastzitten."],
    },
  },
  {
    slug: "traplift",
    name: "Traplift",
    nameInSentence: "de traplift",
    shortDescription: "Een stoel die langs een rail de trap op en af rijdt. U zit en drukt op een knop.",
    domain: "bewegen",
    iso9999Code: "18 30 10",
    iso9999Edition: "2022",
    icfCodes: ["d4551"],
    priceMinEuro: 5000,
    priceMaxEuro: 10000,
    pricePeriod: "once",
    fundingRoutes: [wmo(), buy(5000, 10000)],
    priceNote: "per verdieping.",
    needs: ["Een trap in huis", "Een rail die op maat van uw trap wordt gemaakt", "Een stopcontact bij de trap"],
    isMonitoring: false,
    imagePath: image("traplift"),
    imageAlt: "Een trap met een rail en een stoel die langs de rail omhoog rijdt.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.stairs",
          fit: 3,
          reason: "U gaat zittend de trap op en af. U hoeft niet te klimmen.",
        },
      ],
      prerequisites: [],
      contraindications: [
        {
          effect: "exclude",
          when: { code: "home.stairs_inside", is: [false] },
          reason: "u geen trap in huis gebruikt. Een traplift wordt op een trap in uw eigen huis gebouwd.",
          check: CHECK_STAIRS,
        },
      ],
      contextFit: [],
      notes: [
        "Een traplift wordt op maat van uw trap gemaakt. Daarom kunt u hem niet lenen.",
        "Voor een smalle of steile trap is een speciaal model nodig.",
      ],
    },
  },
  {
    slug: "drempelhulp",
    name: "Drempelhulp",
    nameInSentence: "de drempelhulp",
    shortDescription:
      "Een schuine strook die u tegen een drempel legt. Zo rijdt een rollator of een robotstofzuiger makkelijk over de drempel.",
    domain: "bewegen",
    iso9999Code: "18 24 09",
    iso9999Edition: "2022",
    icfCodes: ["d4600", "d640"],
    priceMinEuro: 15,
    priceMaxEuro: 60,
    pricePeriod: "once",
    fundingRoutes: [insurerLoan(), buy(15, 60)],
    priceNote: "per drempel",
    needs: ["De hoogte van uw drempels (meet die eerst)"],
    isMonitoring: false,
    imagePath: image("drempelhulp"),
    imageAlt: "Een drempel met aan beide kanten een schuine strook.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.walking",
          fit: 2,
          reason: "U rijdt met uw rollator zonder schok over de drempel en u struikelt minder snel.",
        },
        {
          difficulty: "toilet.night",
          fit: 1,
          reason: "U struikelt 's nachts niet over een drempel op weg naar de wc.",
        },
        {
          difficulty: "housework.vacuuming",
          fit: 1,
          reason: "Een robotstofzuiger komt er vaak wel mee over de drempel.",
        },
      ],
      prerequisites: [],
      contraindications: [
        {
          effect: "exclude",
          when: { code: "home.thresholds", is: [false] },
          reason: "er geen drempels in uw huis zijn.",
          check: "Zijn er drempels tussen de kamers?",
        },
      ],
      contextFit: [
        {
          when: { code: "home.thresholds", is: [true] },
          delta: 2,
          reason: "Er zijn drempels in uw huis. Daar is een drempelhulp voor gemaakt.",
        },
      ],
      notes: [],
    },
  },
  {
    slug: "bewegingslamp-gang-trap",
    name: "Lamp met bewegingsmelder voor gang en trap",
    nameInSentence: "de lamp met bewegingsmelder voor gang en trap",
    shortDescription:
      "Een lamp op batterijen met een sensor. Hij gaat vanzelf aan als u langsloopt, in de gang of op de trap.",
    domain: "bewegen",
    iso9999Code: "18 06 03",
    iso9999Edition: "2022",
    icfCodes: ["d4600", "d4551"],
    priceMinEuro: 15,
    priceMaxEuro: 40,
    pricePeriod: "once",
    fundingRoutes: [buy(15, 40)],
    priceNote: "Vaak per 2 of 3 stuks.",
    needs: ["Batterijen of een stopcontact"],
    isMonitoring: false,
    imagePath: image("bewegingslamp-gang-trap"),
    imageAlt: "Een lamp aan de muur die licht geeft op een trap.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "mobility.walking",
          fit: 2,
          reason: "U ziet waar u loopt, zonder naar een lichtknop te zoeken.",
        },
        {
          difficulty: "toilet.night",
          fit: 2,
          reason: "Op weg naar de wc gaat het licht vanzelf aan.",
        },
        {
          difficulty: "mobility.stairs",
          fit: 1,
          reason: "U ziet de treden van de trap goed.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [
        {
          when: { code: "home.stairs_inside", is: [true] },
          delta: 1,
          reason: "Ook op de trap gaat het licht vanzelf aan.",
        },
      ],
      notes: [],
    },
  },
];

const VEILIGHEID: SeedProduct[] = [
  {
    slug: "personenalarm-mantelzorg",
    name: "Personenalarm met familie of buren als hulp",
    nameInSentence: "het personenalarm met familie of buren als hulp",
    shortDescription:
      "Een alarmknop om uw pols of hals. Drukt u erop, dan belt de alarmcentrale uw familie of buren.",
    domain: "veiligheid",
    iso9999Code: "22 27 18",
    iso9999Edition: "2022",
    icfCodes: ["d570"],
    priceMinEuro: 15,
    priceMaxEuro: 30,
    pricePeriod: "month",
    fundingRoutes: [rent(15, 30)],
    priceNote: "plus eenmalige aansluitkosten",
    needs: [
      "Ongeveer 3 mensen met een sleutel die binnen 15 minuten kunnen komen",
      "Een sleutelkluis bij de voordeur",
      "Een stopcontact voor het alarmkastje",
    ],
    isMonitoring: false,
    imagePath: image("personenalarm-mantelzorg"),
    imageAlt: "Een alarmknop aan een koord, met twee mensen die komen helpen.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "help.calling_after_fall",
          fit: 3,
          reason: "Met één druk op de knop haalt u hulp, ook als u niet bij de telefoon kunt komen.",
        },
      ],
      prerequisites: [
        {
          anyOf: ["network.carer_nearby"],
          reason:
            "Bij een alarm moet er snel iemand komen. Meestal zijn dat 3 mensen met een sleutel, die binnen 15 minuten bij u zijn.",
          check: "Zijn er ongeveer 3 mensen met een sleutel die binnen 15 minuten bij u kunnen zijn?",
        },
      ],
      contraindications: [
        {
          effect: "condition",
          when: { code: "home.bolt_on_door", is: [true] },
          solution: boltSolution("Dan kan uw familie of buur niet naar binnen om u te helpen, ook niet met een sleutel."),
          check: CHECK_KEY_ENTRY,
        },
      ],
      contextFit: [
        {
          when: { code: "household.lives_alone", is: [true] },
          delta: 1,
          reason: "U woont alleen. Met de knop haalt u toch snel hulp.",
        },
      ],
      notes: [
        "Er komt meestal een sleutelkluis bij de deur.",
        "Draag de knop altijd, ook 's nachts en onder de douche.",
      ],
    },
  },
  {
    slug: "personenalarm-zorgcentrale",
    name: "Personenalarm met zorgverlener als hulp",
    nameInSentence: "het personenalarm met zorgverlener als hulp",
    shortDescription:
      "Een alarmknop om uw pols of hals. Drukt u erop, dan komt er een zorgverlener naar u toe.",
    domain: "veiligheid",
    iso9999Code: "22 27 18",
    iso9999Edition: "2022",
    icfCodes: ["d570"],
    priceMinEuro: 25,
    priceMaxEuro: 45,
    pricePeriod: "month",
    fundingRoutes: [rent(25, 45)],
    priceNote: "plus eenmalige aansluitkosten. Vraag of een bezoek van de zorgverlener extra kost.",
    needs: ["Een sleutelkluis bij de voordeur", "Een stopcontact voor het alarmkastje"],
    isMonitoring: false,
    imagePath: image("personenalarm-zorgcentrale"),
    imageAlt: "Een alarmknop aan een koord, met een teken van de zorg.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "help.calling_after_fall",
          fit: 3,
          reason: "Met één druk op de knop komt er een zorgverlener, dag en nacht.",
        },
      ],
      prerequisites: [],
      contraindications: [
        {
          effect: "condition",
          when: { code: "home.bolt_on_door", is: [true] },
          solution: boltSolution("Dan kan de hulpverlener niet naar binnen, ook niet met een sleutel."),
          check: CHECK_KEY_ENTRY,
        },
      ],
      contextFit: [
        {
          when: { code: "network.carer_nearby", is: [false] },
          delta: 2,
          reason: "Er hoeft geen familie of buur te komen: er komt een zorgverlener.",
        },
        {
          when: { code: "household.lives_alone", is: [true] },
          delta: 1,
          reason: "U woont alleen. Met de knop haalt u toch snel hulp.",
        },
      ],
      notes: [
        "Er komt meestal een sleutelkluis bij de deur.",
        "Draag de knop altijd, ook 's nachts en onder de douche.",
      ],
    },
  },
  {
    slug: "valdetector",
    name: "Valdetector",
    nameInSentence: "de valdetector",
    shortDescription:
      "Een alarmknop met een sensor, om uw pols of hals. Als u valt, geeft hij zelf alarm, ook als u niet meer kunt drukken.",
    domain: "veiligheid",
    iso9999Code: "22 27 18",
    iso9999Edition: "2022",
    icfCodes: ["d570"],
    priceMinEuro: 25,
    priceMaxEuro: 45,
    pricePeriod: "month",
    fundingRoutes: [rent(25, 45)],
    priceNote: "met alarmcentrale, plus eenmalige aansluitkosten",
    needs: [
      "Iemand die na een alarm snel kan komen: familie, een buur of de thuiszorg",
      "Een sleutelkluis bij de voordeur",
    ],
    isMonitoring: true,
    monitoringRecords:
      "Hij meet hoe u beweegt, om een val te herkennen. Er zit geen camera in. Alleen bij een alarm praat u met de alarmcentrale.",
    monitoringWhoSees:
      "Alleen bij een alarm krijgt de alarmcentrale een melding. Die belt de mensen die u zelf heeft gekozen, of de thuiszorg.",
    monitoringHowToStop:
      "U kunt de valdetector altijd afdoen. Stoppen met het abonnement regelt u bij de alarmaanbieder.",
    imagePath: image("valdetector"),
    imageAlt: "Een persoon die valt, met een alarmsignaal erboven.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "help.calling_after_fall",
          fit: 3,
          reason: "Als u valt, gaat het alarm vanzelf. Ook als u zelf niet meer op de knop kunt drukken.",
        },
      ],
      prerequisites: [
        {
          anyOf: ["network.carer_nearby", "care.home_care"],
          reason: "Na een val moet er snel iemand komen: familie, een buur of de thuiszorg.",
          check: "Is er iemand die na een alarm snel bij u kan komen, zoals familie, een buur of de thuiszorg?",
        },
      ],
      contraindications: [
        {
          effect: "condition",
          when: { code: "home.bolt_on_door", is: [true] },
          solution: boltSolution("Wie na een val komt helpen, kan dan niet naar binnen, ook niet met een sleutel."),
          check: CHECK_KEY_ENTRY,
        },
      ],
      contextFit: [
        {
          when: { code: "household.lives_alone", is: [true] },
          delta: 1,
          reason: "U woont alleen. Als u valt, is er niemand die het ziet.",
        },
        {
          when: { code: "home.stairs_inside", is: [true] },
          delta: 1,
          reason: "U heeft een trap in huis. Daar is de kans op een val groter.",
        },
      ],
      notes: [
        "Hij herkent niet elke val. Druk zelf op de knop als dat kan.",
        "Er komt meestal een sleutelkluis bij de deur.",
      ],
    },
  },
  {
    slug: "alarmknop-belt-familie",
    name: "Alarmknop die familie belt",
    nameInSentence: "de alarmknop die familie belt",
    shortDescription:
      "Een kleine knop met een simkaart. Drukt u erop, dan belt hij een paar vaste nummers van familie of buren.",
    domain: "veiligheid",
    iso9999Code: "22 27 18",
    iso9999Edition: "2022",
    icfCodes: ["d570"],
    priceMinEuro: 60,
    priceMaxEuro: 200,
    pricePeriod: "once",
    fundingRoutes: [buy(60, 200)],
    priceNote: "plus een simkaart met beltegoed of een abonnement",
    needs: ["Een simkaart", "Familie of buren die opnemen en snel kunnen komen"],
    isMonitoring: false,
    imagePath: image("alarmknop-belt-familie"),
    imageAlt: "Een kleine alarmknop die belt, met geluidsgolven.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "help.calling_after_fall",
          fit: 2,
          reason: "Met één druk op de knop belt u iemand die u kent. U hoeft geen nummer in te toetsen.",
        },
      ],
      prerequisites: [
        {
          anyOf: ["network.carer_nearby"],
          reason: "De knop belt familie of buren. Er moet iemand zijn die snel kan komen.",
          check: CHECK_CARER,
        },
      ],
      contraindications: [
        {
          effect: "condition",
          when: { code: "home.bolt_on_door", is: [true] },
          solution: boltSolution("Wie u komt helpen, kan dan niet naar binnen, ook niet met een sleutel."),
          check: CHECK_KEY_ENTRY,
        },
      ],
      contextFit: [],
      notes: ["Er is geen alarmcentrale. Neemt niemand op, dan komt er geen hulp."],
    },
  },
  {
    slug: "sleutelkluis",
    name: "Sleutelkluis",
    nameInSentence: "de sleutelkluis",
    shortDescription: "Een klein kastje met een code naast de voordeur. Daarin zit een sleutel, zodat hulp snel naar binnen kan.",
    domain: "veiligheid",
    iso9999Code: "18 33 15",
    iso9999Edition: "2022",
    icfCodes: ["d570"],
    priceMinEuro: 50,
    priceMaxEuro: 150,
    pricePeriod: "once",
    fundingRoutes: [buy(50, 150)],
    priceNote: "plus montage",
    needs: ["Montage naast de voordeur", "Toestemming van de verhuurder als u huurt"],
    isMonitoring: false,
    imagePath: image("sleutelkluis"),
    imageAlt: "Een kastje met cijfertoetsen en een sleutel.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "help.calling_after_fall",
          fit: 1,
          reason: "Hulp kan naar binnen, ook als u zelf niet bij de deur kunt komen.",
        },
      ],
      prerequisites: [],
      contraindications: [
        {
          effect: "condition",
          when: { code: "home.bolt_on_door", is: [true] },
          solution:
            "U doet de deur op de knip. Dan helpt de sleutel uit de kluis niet. Vraag een slotenmaker om een slot dat veilig is en toch van buiten met een sleutel opengaat. Of doe de deur niet meer op de knip.",
          check: CHECK_KEY_ENTRY,
        },
      ],
      contextFit: [],
      notes: ["Kies een sleutelkluis met een keurmerk, zoals het Politiekeurmerk Veilig Wonen."],
    },
  },
  {
    slug: "videodeurbel",
    name: "Videodeurbel",
    nameInSentence: "de videodeurbel",
    shortDescription:
      "Een deurbel met een camera. Op uw smartphone ziet u wie er aanbelt, en u kunt met die persoon praten.",
    domain: "veiligheid",
    iso9999Code: "22 24 24",
    iso9999Edition: "2022",
    icfCodes: ["d4600"],
    priceMinEuro: 60,
    priceMaxEuro: 200,
    pricePeriod: "once",
    fundingRoutes: [buy(60, 200)],
    priceNote: "Sommige merken vragen een abonnement om beelden te bewaren.",
    needs: ["Wifi thuis, ook bij de voordeur", "Een smartphone"],
    isMonitoring: true,
    monitoringRecords:
      "De camera maakt beelden en geluid als iemand aanbelt of voor de deur staat. Dus ook van bezoekers en mensen die langslopen.",
    monitoringWhoSees:
      "U ziet de beelden in de app op uw smartphone. Alleen mensen aan wie u zelf toegang geeft, kunnen ook kijken.",
    monitoringHowToStop:
      "U kunt de camera uitzetten in de app of de deurbel weghalen. Opgeslagen beelden kunt u wissen.",
    imagePath: image("videodeurbel"),
    imageAlt: "Een deurbel met een camera, en een smartphone die de bezoeker laat zien.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "door.who_is_there",
          fit: 3,
          reason: "U ziet op uw telefoon wie er voor de deur staat, ook als u niet snel bij de deur kunt komen.",
        },
      ],
      prerequisites: [
        wifi("Deze deurbel werkt alleen met wifi."),
        smartphone("U ziet wie er aanbelt in een app op uw smartphone."),
      ],
      contraindications: [],
      contextFit: [],
      notes: [
        "De camera mag de openbare straat niet filmen. Laat bezoekers weten dat er een camera hangt, bijvoorbeeld met een sticker.",
      ],
    },
  },
  {
    slug: "kierstandhouder",
    name: "Kierstandhouder voor de voordeur",
    nameInSentence: "de kierstandhouder voor de voordeur",
    shortDescription: "Een beugel aan de binnenkant van de voordeur. U doet de deur een klein stukje open en ziet veilig wie er staat.",
    domain: "veiligheid",
    iso9999Code: "18 33 12",
    iso9999Edition: "2022",
    icfCodes: ["d4600"],
    priceMinEuro: 20,
    priceMaxEuro: 60,
    pricePeriod: "once",
    fundingRoutes: [buy(20, 60)],
    priceNote: "plus montage",
    needs: ["Montage aan de voordeur"],
    isMonitoring: false,
    imagePath: image("kierstandhouder"),
    imageAlt: "Een deur die op een kier staat, met een beugel die de deur tegenhoudt.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "door.who_is_there",
          fit: 2,
          reason: "U ziet wie er voor de deur staat, zonder de deur helemaal open te doen.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "intercom-deuropener",
    name: "Intercom met elektrische deuropener",
    nameInSentence: "de intercom met elektrische deuropener",
    shortDescription:
      "Een intercom in de kamer. U praat met wie er aanbelt en doet de deur open met een knop, zonder naar de deur te lopen.",
    domain: "veiligheid",
    iso9999Code: "18 21 03",
    iso9999Edition: "2022",
    icfCodes: ["d4600"],
    priceMinEuro: 250,
    priceMaxEuro: 1000,
    pricePeriod: "once",
    fundingRoutes: [buy(250, 1000), wmo()],
    priceNote: "plus installatie.",
    needs: ["Installatie door een vakman", "Toestemming van de verhuurder als u huurt"],
    isMonitoring: false,
    imagePath: image("intercom-deuropener"),
    imageAlt: "Een intercom aan de muur en een deur die opengaat.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "door.who_is_there",
          fit: 2,
          reason: "U hoort wie er is en doet open zonder naar de deur te lopen.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: ["Een vakman moet de deuropener in de deur inbouwen."],
    },
  },
  {
    slug: "gps-tracker",
    name: "GPS-tracker",
    nameInSentence: "de GPS-tracker",
    shortDescription:
      "Een klein kastje of horloge dat laat zien waar u bent als u buiten bent. Raakt u de weg kwijt, dan vindt uw naaste u snel.",
    domain: "veiligheid",
    iso9999Code: "22 27 24",
    iso9999Edition: "2022",
    icfCodes: ["b114", "d460"],
    priceMinEuro: 10,
    priceMaxEuro: 25,
    pricePeriod: "month",
    fundingRoutes: [rent(10, 25), buy(100, 250)],
    priceNote: "",
    needs: ["Iemand die de meldingen krijgt en u kan ophalen", "Het apparaat elke dag opladen"],
    isMonitoring: true,
    monitoringRecords:
      "Hij houdt bij waar u bent als u buiten bent. Er zit geen camera in.",
    monitoringWhoSees:
      "Alleen de mensen die u samen kiest, bijvoorbeeld uw dochter of een buurman. Zij zien in een app waar u bent.",
    monitoringHowToStop: "Laat de tracker thuis of zet hem uit. Opzeggen doet u bij de aanbieder.",
    imagePath: image("gps-tracker"),
    imageAlt: "Een plattegrond met wegen en een speld die een plek aanwijst.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "wandering.getting_lost",
          fit: 3,
          reason: "Raakt u buiten de weg kwijt? Dan ziet uw naaste op de telefoon waar u bent.",
        },
      ],
      prerequisites: [
        {
          anyOf: ["network.carer_nearby"],
          reason: "Iemand moet de meldingen krijgen en u kunnen ophalen.",
          check: "Is er iemand die de meldingen krijgt en u kan ophalen als u de weg kwijt bent?",
        },
      ],
      contraindications: [],
      contextFit: [],
      notes: [
        "Hij werkt alleen buiten. Binnen weet hij niet goed waar u bent.",
        "U betaalt een abonnement.",
        "Spreek samen af wanneer de tracker aan staat en wie mag kijken.",
      ],
    },
  },
  {
    slug: "leefstijlmonitoring",
    name: "Leefstijlmonitoring met sensoren",
    nameInSentence: "de leefstijlmonitoring met sensoren",
    shortDescription:
      "Kleine sensoren in de kamers en op de deuren leren uw dagritme kennen. Gaat er iets anders dan normaal, dan krijgt uw naaste een bericht.",
    domain: "veiligheid",
    iso9999Code: "22 27 24",
    iso9999Edition: "2022",
    icfCodes: ["d230", "d570", "b144"],
    priceMinEuro: 20,
    priceMaxEuro: 50,
    pricePeriod: "month",
    fundingRoutes: [rent(20, 50)],
    priceNote: "soms plus installatiekosten",
    needs: ["Alleen wonen", "Een mantelzorger of de thuiszorg die de berichten leest", "Een stopcontact voor het kastje"],
    isMonitoring: true,
    monitoringRecords:
      "Sensoren zien alleen of er beweging is in een kamer en of een deur open of dicht gaat. Het zijn geen camera's en ze nemen geen geluid op. Het kastje heeft een eigen mobiele verbinding: u heeft geen wifi nodig.",
    monitoringWhoSees:
      "Alleen de mensen die u kiest, zoals uw mantelzorger of de wijkverpleegkundige. U bepaalt zelf wie wat ziet.",
    monitoringHowToStop:
      "U kunt altijd stoppen. Dan worden de sensoren weggehaald. Vraag de aanbieder om uw gegevens te wissen.",
    imagePath: image("leefstijlmonitoring"),
    imageAlt: "Een huis met kleine sensoren in de kamers en bij de deur.",
    lendable: true,
    loanPeriodDays: 42,
    rules: {
      addresses: [
        {
          difficulty: "wandering.getting_lost",
          fit: 2,
          reason: "Gaat de voordeur 's nachts open, dan krijgt uw naaste een bericht.",
        },
        {
          difficulty: "help.calling_after_fall",
          fit: 1,
          reason: "Staat u 's ochtends niet op of beweegt u lang niet, dan krijgt uw naaste een bericht.",
        },
      ],
      prerequisites: [
        {
          anyOf: ["network.carer_nearby", "care.home_care"],
          reason: "Iemand moet de berichten lezen en komen kijken: een mantelzorger of de thuiszorg.",
          check: "Is er een mantelzorger of thuiszorg die de berichten kan lezen en kan komen kijken?",
        },
      ],
      contraindications: [
        {
          effect: "exclude",
          when: { code: "household.lives_alone", is: [false] },
          reason: "er meer mensen in huis wonen. De sensoren kunnen dan niet zien wie er beweegt.",
          check: "Woont u alleen?",
        },
      ],
      contextFit: [
        {
          when: { code: "home.pets", is: [true] },
          delta: -2,
          reason: "Een huisdier kan de sensoren in de war brengen.",
        },
      ],
      notes: [
        "De eerste weken leert het systeem uw dagritme. Pas daarna komen er berichten.",
        "U beslist zelf of u dit wilt, en wie wat ziet.",
      ],
    },
  },
];

const GEHEUGEN: SeedProduct[] = [
  {
    slug: "medicijndispenser",
    name: "Medicijndispenser met alarm",
    nameInSentence: "de medicijndispenser met alarm",
    shortDescription:
      "Een apparaat dat uw medicijnen op tijd klaarlegt en piept. Neemt u ze niet, dan krijgt uw naaste of de thuiszorg een bericht.",
    domain: "geheugen",
    iso9999Code: "22 27 16",
    iso9999Edition: "2022",
    icfCodes: ["d570", "b144"],
    priceMinEuro: 20,
    priceMaxEuro: 45,
    pricePeriod: "month",
    fundingRoutes: [rent(20, 45), insurerLoan(null)],
    priceNote: "Vraag de apotheek of de thuiszorg naar de kosten.",
    needs: ["De thuiszorg of een mantelzorger die hem vult", "Medicijnen van de apotheek op een rol", "Een stopcontact"],
    isMonitoring: true,
    monitoringRecords: "Hij houdt bij of en wanneer u uw medicijnen uit het apparaat haalt. Verder niets.",
    monitoringWhoSees:
      "Neemt u uw medicijnen niet, dan krijgt de thuiszorg of uw mantelzorger een bericht. Anderen zien niets.",
    monitoringHowToStop:
      "U kunt stoppen in overleg met de thuiszorg of de apotheek. Dan wordt de dispenser opgehaald.",
    imagePath: image("medicijndispenser"),
    imageAlt: "Een apparaat met een lampje en een bakje met pillen.",
    lendable: true,
    loanPeriodDays: 42,
    rules: {
      addresses: [
        {
          difficulty: "medication.remembering",
          fit: 3,
          reason: "Hij geeft u de juiste medicijnen op het juiste moment, met een geluid en een lampje.",
        },
      ],
      prerequisites: [
        {
          anyOf: ["care.home_care", "network.carer_nearby"],
          reason: "De thuiszorg of een mantelzorger moet de dispenser vullen en komen als u uw medicijnen niet neemt.",
          check: "Is er iemand die de dispenser kan vullen, zoals de thuiszorg of familie?",
        },
      ],
      contraindications: [],
      contextFit: [
        {
          when: { code: "household.lives_alone", is: [true] },
          delta: 1,
          reason: "U woont alleen. Er is niemand die u aan uw medicijnen herinnert.",
        },
        {
          when: { code: "household.lives_alone", is: [false] },
          delta: -1,
          reason: "Een huisgenoot kan u misschien ook aan uw medicijnen herinneren.",
        },
      ],
      notes: ["De apotheek levert de medicijnrol.", "Past het best als uw medicijnen niet vaak veranderen."],
    },
  },
  {
    slug: "pillendoos-alarm",
    name: "Pillendoos met alarm",
    nameInSentence: "de pillendoos met alarm",
    shortDescription: "Een doosje met vakjes voor de hele week. Op het juiste moment piept het, zodat u uw medicijnen niet vergeet.",
    domain: "geheugen",
    iso9999Code: "22 27 16",
    iso9999Edition: "2022",
    icfCodes: ["d570", "b144"],
    priceMinEuro: 15,
    priceMaxEuro: 40,
    pricePeriod: "once",
    fundingRoutes: [buy(15, 40)],
    priceNote: "",
    needs: ["Iemand die de doos elke week vult, of u doet het zelf"],
    isMonitoring: false,
    imagePath: image("pillendoos-alarm"),
    imageAlt: "Een lange pillendoos met vakjes en een wekker-signaal.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "medication.remembering",
          fit: 2,
          reason: "Het doosje piept als het tijd is voor uw medicijnen. U ziet meteen welk vakje het is.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "medicijnwekker-app",
    name: "Medicijnwekker-app",
    nameInSentence: "de medicijnwekker-app",
    shortDescription: "Een app op uw smartphone die u laat weten wanneer u uw medicijnen moet nemen.",
    domain: "geheugen",
    iso9999Code: "22 27 16",
    iso9999Edition: "2022",
    icfCodes: ["d570", "b144"],
    priceMinEuro: 0,
    priceMaxEuro: 0,
    pricePeriod: "once",
    fundingRoutes: [buy(0, 0)],
    priceNote: "Vaak gratis via uw apotheek.",
    needs: ["Een smartphone"],
    isMonitoring: false,
    imagePath: image("medicijnwekker-app"),
    imageAlt: "Een smartphone met een pil op het scherm en een belletje.",
    lendable: false,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "medication.remembering",
          fit: 1,
          reason: "Uw telefoon geeft een seintje als het tijd is voor uw medicijnen.",
        },
      ],
      prerequisites: [smartphone("Dit is een app. U heeft een smartphone nodig die u zelf gebruikt.")],
      contraindications: [],
      contextFit: [],
      notes: ["Vraag uw apotheek welke app zij gebruiken. Zij kunnen uw medicijnen er vaak in zetten."],
    },
  },
  {
    slug: "kalenderklok",
    name: "Kalenderklok",
    nameInSentence: "de kalenderklok",
    shortDescription:
      "Een klok met een groot scherm. Er staat in gewone woorden op welke dag het is, en of het ochtend, middag, avond of nacht is.",
    domain: "geheugen",
    iso9999Code: "22 27 12",
    iso9999Edition: "2022",
    icfCodes: ["b114", "d230"],
    priceMinEuro: 50,
    priceMaxEuro: 150,
    pricePeriod: "once",
    fundingRoutes: [buy(50, 150)],
    priceNote: "",
    needs: ["Een stopcontact"],
    isMonitoring: false,
    imagePath: image("kalenderklok"),
    imageAlt: "Een scherm met een zonnetje en grote regels, zoals een dagklok.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "orientation.time",
          fit: 3,
          reason: "U ziet in één keer welke dag het is en welk deel van de dag.",
        },
        {
          difficulty: "reading.small_print",
          fit: 1,
          reason: "De letters zijn groot en goed te lezen.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "sprekende-klok",
    name: "Sprekende klok",
    nameInSentence: "de sprekende klok",
    shortDescription: "Een klok die de tijd hardop zegt als u op de knop drukt. Handig als u slecht ziet of de tijd kwijt bent.",
    domain: "geheugen",
    iso9999Code: "22 27 12",
    iso9999Edition: "2022",
    icfCodes: ["b114", "b210"],
    priceMinEuro: 15,
    priceMaxEuro: 40,
    pricePeriod: "once",
    fundingRoutes: [buy(15, 40)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("sprekende-klok"),
    imageAlt: "Een ronde klok met geluidsgolven ernaast.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "orientation.time",
          fit: 2,
          reason: "Met één druk op de knop hoort u hoe laat het is, en vaak ook welke dag.",
        },
        {
          difficulty: "reading.small_print",
          fit: 2,
          reason: "U hoeft de klok niet te lezen: hij zegt de tijd hardop.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "digitale-dagplanner",
    name: "Digitale dagplanner",
    nameInSentence: "de digitale dagplanner",
    shortDescription:
      "Een scherm dat laat zien wat u vandaag doet, met plaatjes en herinneringen. Familie of de thuiszorg zet de afspraken erin.",
    domain: "geheugen",
    iso9999Code: "22 27 16",
    iso9999Edition: "2022",
    icfCodes: ["d230", "b114", "b144"],
    priceMinEuro: 150,
    priceMaxEuro: 600,
    pricePeriod: "once",
    fundingRoutes: [buy(150, 600), rent(null, null)],
    priceNote: "",
    needs: ["Wifi thuis", "Familie of een zorgverlener die de planning bijhoudt"],
    isMonitoring: false,
    imagePath: image("digitale-dagplanner"),
    imageAlt: "Een scherm met een lijstje van de dag; één regel is gemarkeerd.",
    lendable: true,
    loanPeriodDays: 42,
    rules: {
      addresses: [
        {
          difficulty: "orientation.time",
          fit: 2,
          reason: "U ziet welke dag het is en wat er vandaag gebeurt.",
        },
        {
          difficulty: "medication.remembering",
          fit: 1,
          reason: "Het scherm geeft een herinnering als het tijd is voor uw medicijnen.",
        },
      ],
      prerequisites: [wifi("Familie zet de afspraken erin via internet. Daarvoor heeft het scherm wifi nodig.")],
      contraindications: [],
      contextFit: [
        {
          when: { code: "network.carer_nearby", is: [true] },
          delta: 1,
          reason: "Er is iemand dichtbij die de planning kan bijhouden.",
        },
      ],
      notes: ["Iemand moet de planning bijhouden, bijvoorbeeld familie of de thuiszorg."],
    },
  },
  {
    slug: "spraakherinnering-voordeur",
    name: "Spraakherinnering bij de voordeur",
    nameInSentence: "de spraakherinnering bij de voordeur",
    shortDescription:
      "Een kastje met een bewegingssensor bij de voordeur. Als u langsloopt, hoort u een bericht dat uw naaste heeft ingesproken.",
    domain: "geheugen",
    iso9999Code: "22 27 16",
    iso9999Edition: "2022",
    icfCodes: ["b114", "b144"],
    priceMinEuro: 30,
    priceMaxEuro: 90,
    pricePeriod: "once",
    fundingRoutes: [buy(30, 90)],
    priceNote: "",
    needs: ["Iemand die het bericht inspreekt", "Batterijen of een stopcontact"],
    isMonitoring: false,
    imagePath: image("spraakherinnering-voordeur"),
    imageAlt: "Een voordeur met een tekstballon ernaast.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "wandering.getting_lost",
          fit: 1,
          reason: "Bij de deur hoort u een bekende stem, bijvoorbeeld: 'Het is nacht. Ga maar weer slapen.'",
        },
        {
          difficulty: "orientation.time",
          fit: 1,
          reason: "Een bekende stem vertelt u wat u kunt doen, bijvoorbeeld uw sleutels meenemen.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
];

const CONTACT: SeedProduct[] = [
  {
    slug: "beeldbel-tablet",
    name: "Eenvoudige tablet voor beeldbellen",
    nameInSentence: "de eenvoudige tablet voor beeldbellen",
    shortDescription: "Een tablet met grote knoppen en foto's van uw familie. Tik op een foto en u belt met beeld.",
    domain: "contact",
    iso9999Code: "22 24 21",
    iso9999Edition: "2022",
    icfCodes: ["d760", "d910", "d360"],
    priceMinEuro: 150,
    priceMaxEuro: 400,
    pricePeriod: "once",
    fundingRoutes: [buy(150, 400), rent(null, null)],
    priceNote: "",
    needs: ["Wifi thuis", "Familie of vrienden die ook beeldbellen"],
    isMonitoring: false,
    imagePath: image("beeldbel-tablet"),
    imageAlt: "Een tablet met een gezicht op het scherm en een knop om te bellen.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "social.loneliness",
          fit: 2,
          reason: "U ziet en spreekt uw familie en vrienden vaker, ook als zij ver weg wonen.",
        },
        {
          difficulty: "communication.phone",
          fit: 2,
          reason: "U belt door op een foto te tikken. U hoeft geen nummers te onthouden.",
        },
      ],
      prerequisites: [wifi("Beeldbellen gaat via internet. Deze tablet werkt alleen met wifi.")],
      contraindications: [],
      contextFit: [],
      notes: ["Werkt het best als familie of vrienden regelmatig bellen."],
    },
  },
  {
    slug: "fotolijst-beeldbellen",
    name: "Fotolijst met beeldbellen",
    nameInSentence: "de fotolijst met beeldbellen",
    shortDescription:
      "Een scherm dat foto's van uw familie laat zien. Uw familie kan u ook met beeld bellen: u neemt op met één knop.",
    domain: "contact",
    iso9999Code: "22 24 21",
    iso9999Edition: "2022",
    icfCodes: ["d760", "d910"],
    priceMinEuro: 150,
    priceMaxEuro: 400,
    pricePeriod: "once",
    fundingRoutes: [buy(150, 400), rent(null, null)],
    priceNote: "",
    needs: ["Wifi thuis", "Familie met een smartphone en de app"],
    isMonitoring: false,
    imagePath: image("fotolijst-beeldbellen"),
    imageAlt: "Een fotolijst met een landschap en een knop om op te nemen.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "social.loneliness",
          fit: 3,
          reason: "U ziet elke dag nieuwe foto's van uw familie, en u praat met hen met beeld.",
        },
        {
          difficulty: "communication.phone",
          fit: 1,
          reason: "Opnemen gaat met één knop. U hoeft zelf niets in te stellen.",
        },
      ],
      prerequisites: [wifi("Foto's en gesprekken komen via internet binnen. De fotolijst werkt alleen met wifi.")],
      contraindications: [],
      contextFit: [],
      notes: ["Werkt het best als familie of vrienden regelmatig foto's sturen en bellen."],
    },
  },
  {
    slug: "telefoon-grote-toetsen",
    name: "Telefoon met grote toetsen",
    nameInSentence: "de telefoon met grote toetsen",
    shortDescription: "Een vaste telefoon met grote toetsen, fototoetsen en een harde bel. Het geluid kan extra hard.",
    domain: "contact",
    iso9999Code: "22 24 03",
    iso9999Edition: "2022",
    icfCodes: ["d360", "b230"],
    priceMinEuro: 30,
    priceMaxEuro: 90,
    pricePeriod: "once",
    fundingRoutes: [buy(30, 90)],
    priceNote: "",
    needs: ["Een vaste telefoonaansluiting (vaak via het modem van uw internet)"],
    isMonitoring: false,
    imagePath: image("telefoon-grote-toetsen"),
    imageAlt: "Een vaste telefoon met een hoorn en grote toetsen.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "communication.phone",
          fit: 3,
          reason: "U belt met één druk op een foto. De toetsen zijn groot en duidelijk.",
        },
        {
          difficulty: "hearing.sounds",
          fit: 2,
          reason: "De bel en het geluid in de hoorn zijn extra hard.",
        },
        {
          difficulty: "social.loneliness",
          fit: 1,
          reason: "Met de fototoetsen belt u makkelijk uw familie of een vriend.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "mobiele-telefoon-sos",
    name: "Eenvoudige mobiele telefoon met SOS-knop",
    nameInSentence: "de eenvoudige mobiele telefoon met SOS-knop",
    shortDescription:
      "Een mobiele telefoon met grote toetsen en een harde bel. Met de SOS-knop op de achterkant belt u snel een paar vaste nummers.",
    domain: "contact",
    iso9999Code: "22 24 06",
    iso9999Edition: "2022",
    icfCodes: ["d360", "d570"],
    priceMinEuro: 50,
    priceMaxEuro: 150,
    pricePeriod: "once",
    fundingRoutes: [buy(50, 150)],
    priceNote: "plus een simkaart met beltegoed of een abonnement",
    needs: ["Een simkaart"],
    isMonitoring: false,
    imagePath: image("mobiele-telefoon-sos"),
    imageAlt: "Een mobiele telefoon met grote toetsen en een rode knop.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "communication.phone",
          fit: 3,
          reason: "Hij heeft alleen de knoppen die u nodig heeft. Bellen is makkelijk.",
        },
        {
          difficulty: "hearing.sounds",
          fit: 1,
          reason: "De bel en het geluid zijn extra hard.",
        },
        {
          difficulty: "help.calling_after_fall",
          fit: 1,
          reason: "Met de SOS-knop belt u meteen familie of een buur.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [
        {
          when: { code: "network.carer_nearby", is: [false] },
          delta: -1,
          reason: "De SOS-knop belt familie of buren. Er is niemand dichtbij die snel kan komen.",
        },
      ],
      notes: ["Houd de telefoon bij u, ook in huis. Anders kunt u na een val niet bellen."],
    },
  },
  {
    slug: "deurbel-flitslicht",
    name: "Draadloze deurbel met flitslicht",
    nameInSentence: "de draadloze deurbel met flitslicht",
    shortDescription: "Een deurbel met een hard geluid en een fel knipperend lampje. U neemt het ontvangertje mee door het huis.",
    domain: "contact",
    iso9999Code: "22 27 03",
    iso9999Edition: "2022",
    icfCodes: ["b230", "d4600"],
    priceMinEuro: 30,
    priceMaxEuro: 80,
    pricePeriod: "once",
    fundingRoutes: [buy(30, 80)],
    priceNote: "",
    needs: ["Batterijen of een stopcontact"],
    isMonitoring: false,
    imagePath: image("deurbel-flitslicht"),
    imageAlt: "Een bel met felle lichtstralen eromheen.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "hearing.sounds",
          fit: 3,
          reason: "U ziet een fel licht en hoort een hard geluid als iemand aanbelt.",
        },
        {
          difficulty: "door.who_is_there",
          fit: 1,
          reason: "U merkt het altijd als er iemand aanbelt, ook in een andere kamer.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "signaleringssysteem-slechthorenden",
    name: "Signaleringssysteem met flitslicht en trilkussen",
    nameInSentence: "het signaleringssysteem met flitslicht en trilkussen",
    shortDescription:
      "Lampjes laten zien dat de deurbel, de telefoon of de rookmelder gaat. 's Nachts trilt een kussentje onder uw kussen.",
    domain: "contact",
    iso9999Code: "22 27 03",
    iso9999Edition: "2022",
    icfCodes: ["b230"],
    priceMinEuro: 200,
    priceMaxEuro: 600,
    pricePeriod: "once",
    fundingRoutes: [buy(200, 600), insurerLoan(null)],
    priceNote: "Vraag uw audicien wat de zorgverzekeraar betaalt.",
    needs: ["Een stopcontact voor het ontvangertje"],
    isMonitoring: false,
    imagePath: image("signaleringssysteem-slechthorenden"),
    imageAlt: "Een knipperende lamp en een kussen met een trilkussentje eronder.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "hearing.sounds",
          fit: 3,
          reason: "U ziet het als de deurbel of de telefoon gaat, ook zonder hoortoestel.",
        },
        {
          difficulty: "door.who_is_there",
          fit: 1,
          reason: "U merkt het altijd als er iemand aanbelt.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
];

const ZIEN: SeedProduct[] = [
  {
    slug: "loep-met-licht",
    name: "Loep met lampje",
    nameInSentence: "de loep met lampje",
    shortDescription: "Een vergrootglas met een lampje erin. Kleine letters worden groot en goed verlicht.",
    domain: "zien",
    iso9999Code: "22 03 08",
    iso9999Edition: "2022",
    icfCodes: ["d166", "b210"],
    priceMinEuro: 20,
    priceMaxEuro: 80,
    pricePeriod: "once",
    fundingRoutes: [buy(20, 80)],
    priceNote: "",
    needs: [],
    isMonitoring: false,
    imagePath: image("loep-met-licht"),
    imageAlt: "Een vergrootglas met een handvat en licht in de lens.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "reading.small_print",
          fit: 3,
          reason: "Kleine letters worden groter en lichter. U leest weer zelf uw post of een etiket.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: ["Vraag de opticien welke sterkte bij uw ogen past."],
    },
  },
  {
    slug: "elektronische-loep",
    name: "Draagbare elektronische loep",
    nameInSentence: "de draagbare elektronische loep",
    shortDescription:
      "Een klein scherm met een camera. U houdt hem boven de tekst en ziet de letters groot, in de kleuren die u prettig vindt.",
    domain: "zien",
    iso9999Code: "22 03 18",
    iso9999Edition: "2022",
    icfCodes: ["d166", "b210"],
    priceMinEuro: 250,
    priceMaxEuro: 800,
    pricePeriod: "once",
    fundingRoutes: [buy(250, 800)],
    priceNote: "",
    needs: ["De accu regelmatig opladen"],
    isMonitoring: false,
    imagePath: image("elektronische-loep"),
    imageAlt: "Een klein scherm dat boven een tekst de regels groot laat zien.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "reading.small_print",
          fit: 3,
          reason: "U maakt tekst zo groot als u wilt. U neemt hem mee naar de winkel of aan tafel.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "beeldschermloep",
    name: "Beeldschermloep",
    nameInSentence: "de beeldschermloep",
    shortDescription: "Een groot scherm met een camera erboven. U legt een brief of boek eronder en leest het heel groot.",
    domain: "zien",
    iso9999Code: "22 03 18",
    iso9999Edition: "2022",
    icfCodes: ["d166", "b210"],
    priceMinEuro: 1500,
    priceMaxEuro: 3500,
    pricePeriod: "once",
    fundingRoutes: [buy(1500, 3500), insurerLoan(null)],
    priceNote: "Vraag uw oogarts wat de zorgverzekeraar betaalt.",
    needs: ["Een tafel met ruimte voor het apparaat", "Een stopcontact"],
    isMonitoring: false,
    imagePath: image("beeldschermloep"),
    imageAlt: "Een beeldscherm op een voet, met een vel papier eronder.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "reading.small_print",
          fit: 3,
          reason: "Ook als u weinig ziet, leest u uw post, een boek of de krant.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "leeslamp-daglicht",
    name: "Leeslamp met daglicht",
    nameInSentence: "de leeslamp met daglicht",
    shortDescription: "Een heldere lamp die u dicht bij uw boek of handwerk zet. Met meer licht leest u makkelijker.",
    domain: "zien",
    iso9999Code: "18 06 06",
    iso9999Edition: "2022",
    icfCodes: ["d166"],
    priceMinEuro: 40,
    priceMaxEuro: 150,
    pricePeriod: "once",
    fundingRoutes: [buy(40, 150)],
    priceNote: "",
    needs: ["Een stopcontact"],
    isMonitoring: false,
    imagePath: image("leeslamp-daglicht"),
    imageAlt: "Een bureaulamp die licht geeft op een open boek.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "reading.small_print",
          fit: 2,
          reason: "Met veel goed licht op de bladzijde leest u de letters beter.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
  {
    slug: "daisy-speler",
    name: "Daisy-speler voor gesproken boeken",
    nameInSentence: "de Daisy-speler voor gesproken boeken",
    shortDescription:
      "Een eenvoudige speler met grote knoppen. U luistert naar boeken, kranten en tijdschriften in plaats van ze te lezen.",
    domain: "zien",
    iso9999Code: "22 30 03",
    iso9999Edition: "2022",
    icfCodes: ["d166", "b210", "d920"],
    priceMinEuro: 250,
    priceMaxEuro: 450,
    pricePeriod: "once",
    fundingRoutes: [buy(250, 450)],
    priceNote: "Gesproken boeken leent u via Passend Lezen van de bibliotheek.",
    needs: ["Een stopcontact"],
    isMonitoring: false,
    imagePath: image("daisy-speler"),
    imageAlt: "Een kastje met grote ronde knoppen en geluidsgolven.",
    lendable: true,
    loanPeriodDays: 28,
    rules: {
      addresses: [
        {
          difficulty: "reading.small_print",
          fit: 2,
          reason: "U hoeft niet te lezen: u luistert. De knoppen zijn groot en goed te voelen.",
        },
      ],
      prerequisites: [],
      contraindications: [],
      contextFit: [],
      notes: [],
    },
  },
];

export const CATALOGUE: SeedProduct[] = [
  ...HUISHOUDEN,
  ...WASSEN_TOILET,
  ...BEWEGEN,
  ...VEILIGHEID,
  ...GEHEUGEN,
  ...CONTACT,
  ...ZIEN,
];

/** The engine's view of one seed product: the app's own mapping (lib/catalogue/engine-product.ts), under the name the benches use. */
export const toCatalogueProduct = (p: SeedProduct): CatalogueProduct => toEngineProduct(p);

/** The same tips the app uses; re-exported so scripts/bench-engine.ts finds them beside the catalogue. */
export { TIPS } from "../../lib/catalogue/tips";
