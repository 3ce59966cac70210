/**
 * OpenAPI for the questionnaire and the advice: GET /api/v1/questions and POST /api/v1/advice.
 * The codes and allowed values come from lib/questions/codes.ts, so the document cannot drift from the validation.
 * The response schemas are strict (every field required, no others allowed); the integration test checks real
 * responses against them, so a field added to lib/api/v1/*.ts must be added here too.
 */
import { BOOLEAN_CONTEXT_CODES, CLUTTER_CODE, CLUTTER_VALUES, CONTEXT_CODES, DIFFICULTY_CODES } from "@/lib/questions/codes";
import { DEFAULT_MAX_RECOMMENDATIONS, ENGINE_VERSION } from "@/lib/matching";
import { UNKNOWN_VALUE } from "@/lib/api/v1/questions";
import { FUNDING_ROUTE_KINDS } from "@/lib/catalogue/funding-routes";
import { JSON_BODY_ERRORS, jsonContent, okResponse, preflightOperation, responseRef, schemaRef } from "./common";
import type { OpenApiModule, SchemaObject } from "./types";

const TAG = "Advies";

const str = (description?: string, extra: SchemaObject = {}): SchemaObject => ({ type: "string", ...(description ? { description } : {}), ...extra });
const strings = (description?: string): SchemaObject => ({ type: "array", items: { type: "string" }, ...(description ? { description } : {}) });

/** A strict object: every listed property is required and no other property may appear. */
function object(description: string, properties: Record<string, SchemaObject>): SchemaObject {
  return { type: "object", description, required: Object.keys(properties), additionalProperties: false, properties };
}

const EXAMPLE_REQUEST = {
  municipality: "den-haag",
  answers: {
    difficulties: ["housework.vacuuming"],
    context: { "home.clutter": "a_lot", "home.thresholds": false, "digital.wifi": "unknown" },
  },
  postcode: "2514 JS",
};

const contextProperties: Record<string, SchemaObject> = {
  [CLUTTER_CODE]: { enum: [...CLUTTER_VALUES, UNKNOWN_VALUE], description: "Spullen op de vloer: none, some, a_lot of unknown." },
};
for (const code of BOOLEAN_CONTEXT_CODES) contextProperties[code] = { enum: [true, false, UNKNOWN_VALUE] };

export const adviceApi: OpenApiModule = {
  tags: [{ name: TAG, description: "De vragenlijst en persoonlijk advies over technologie voor thuis, met uitleenpunten in de buurt." }],
  schemas: {
    DifficultyCode: {
      type: "string",
      enum: [...DIFFICULTY_CODES],
      description: "Code van een moeilijkheid. De codes zijn vast: er komen codes bij, maar ze veranderen nooit.",
    },
    ContextCode: { type: "string", enum: [...CONTEXT_CODES], description: "Code van een vraag over de situatie." },

    // ---------------------------------------------------------------- questionnaire
    Questionnaire: object("De vragenlijst. Teksten in het Nederlands (B1).", {
      unknownValue: { const: UNKNOWN_VALUE, description: "De waarde voor 'Weet ik niet'. Die mag bij elke situatievraag; een code weglaten betekent hetzelfde." },
      difficultyGroups: { type: "array", items: schemaRef("DifficultyGroup") },
      sections: {
        type: "array",
        description: "De delen van de situatievragen, in volgorde.",
        items: object("Een deel van de situatievragen.", { id: str(undefined, { enum: ["home", "life", "digital"] }), title: str() }),
      },
      contextQuestions: { type: "array", items: schemaRef("ContextQuestion") },
    }),
    DifficultyGroup: object("Een groep moeilijkheden, zoals 'Huishouden en koken'.", {
      id: str(),
      title: str(),
      difficulties: {
        type: "array",
        items: object("Een moeilijkheid die de inwoner kan kiezen.", {
          code: schemaRef("DifficultyCode"),
          label: str("Korte naam, bijvoorbeeld 'Stofzuigen'."),
          hint: str("Eén zin uitleg."),
          icf: { ...strings("ICF-codes (WHO) die bij deze moeilijkheid horen; alleen voor vakmensen."), examples: [["d640"]] },
        }),
      },
    }),
    ContextQuestion: object("Een vraag over de situatie thuis. Stel hem alleen als hij past bij de gekozen moeilijkheden (relevantFor).", {
      code: schemaRef("ContextCode"),
      section: str(undefined, { enum: ["home", "life", "digital"] }),
      question: str(),
      why: str("Waarom we dit vragen, in één zin."),
      kind: str("boolean: ja / nee / weet ik niet; choice: een van de opties of weet ik niet.", { enum: ["boolean", "choice"] }),
      options: {
        type: "array",
        description: 'De antwoorden, de laatste is altijd "unknown" (Weet ik niet). `value` is precies wat POST /api/v1/advice verwacht.',
        items: object("Een antwoord.", { value: { type: ["boolean", "string"] }, label: str() }),
      },
      relevantFor: {
        description: '"always", of de moeilijkheden waarbij deze vraag hoort.',
        anyOf: [{ const: "always" }, { type: "array", items: schemaRef("DifficultyCode") }],
      },
    }),

    // ---------------------------------------------------------------- advice request
    AdviceRequest: {
      type: "object",
      required: ["municipality", "answers"],
      additionalProperties: false,
      properties: {
        municipality: str("De gemeente (slug). Een onbekende gemeente geeft 404.", { pattern: "^[a-z0-9-]+$", maxLength: 60, examples: ["den-haag"] }),
        answers: schemaRef("Answers"),
        postcode: {
          type: ["string", "null"],
          description: "Postcode van de inwoner, om uitleenpunten op afstand te sorteren (dichtbij eerst). Niet verplicht; wordt niet bewaard.",
          pattern: "^\\s*[1-9][0-9]{3} ?[A-Za-z]{2}\\s*$",
          examples: ["2514 JS", "2514JS"],
        },
      },
    },
    Answers: {
      type: "object",
      required: ["difficulties"],
      additionalProperties: false,
      properties: {
        difficulties: {
          type: "array",
          description: "De gekozen moeilijkheden. Dubbele codes tellen één keer. Een lege lijst geeft een leeg advies.",
          maxItems: DIFFICULTY_CODES.length,
          items: schemaRef("DifficultyCode"),
        },
        context: {
          type: "object",
          description: 'Antwoorden op situatievragen: code → waarde. Een code weglaten is hetzelfde als "unknown". Een onbekende code of waarde geeft 400.',
          additionalProperties: false,
          properties: contextProperties,
          default: {},
        },
      },
    },

    // ---------------------------------------------------------------- advice response
    Product: object("Een hulpmiddel uit de catalogus.", {
      slug: str("Vaste code van het product."),
      name: str(),
      iso9999: object("Classificatie volgens ISO 9999 (hulpmiddelen), met de editie van de norm.", {
        code: str("Bijvoorbeeld '15 12 06'.", { pattern: "^\\d{2}( \\d{2}){0,2}$" }),
        edition: str("Bijvoorbeeld '2022'."),
      }),
      description: str("Korte uitleg in eenvoudig Nederlands."),
      domain: str("Levensgebied, bijvoorbeeld 'housework' of 'safety'."),
      price: object("Wat het ongeveer kost om te kopen (of per maand).", {
        minEuro: { type: "integer", minimum: 0 },
        maxEuro: { type: "integer", minimum: 0 },
        period: str("once: eenmalig; month: per maand.", { enum: ["once", "month"] }),
        text: str("De prijs als tekst, bijvoorbeeld '€ 15 tot € 30'."),
        note: str("Extra uitleg over de prijs; kan leeg zijn."),
      }),
      fundingRoutes: {
        type: "array",
        description: "Hoe de inwoner het kan betalen: elke route hooguit één keer, met de gewone kosten voor de inwoner. Geen advies om iets aan te vragen.",
        items: schemaRef("FundingRoute"),
      },
      needs: strings("Wat nodig is om het te gebruiken, bijvoorbeeld wifi of een elektricien."),
      lendable: { type: "boolean", description: "Kan het geleend worden om eerst te proberen?" },
      loanPeriodDays: { type: "integer", minimum: 0, description: "Hoe lang een lening gewoonlijk duurt, in dagen." },
      image: object("Afbeelding van het product.", { url: str(undefined, { format: "uri" }), alt: str("Tekst voor wie de afbeelding niet ziet.") }),
      isMonitoring: { type: "boolean", description: "Houdt het de inwoner in de gaten (sensoren, alarm)? Dan zegt `monitoring` wat het vastlegt." },
      monitoring: {
        description: "Alleen bij hulpmiddelen die iemand in de gaten houden: wat het vastlegt, wie dat ziet en hoe je stopt. Anders null.",
        anyOf: [object("Uitleg over toezicht.", { records: str(), whoSees: str(), howToStop: str() }), { type: "null" }],
      },
    }),
    FundingRoute: object("Een manier om te betalen.", {
      route: str("wmo: via de gemeente (Wmo); insurer_loan: lenen via de zorgverzekeraar (bruikleen); buy: zelf kopen; rent: huren of een abonnement.", {
        enum: [...FUNDING_ROUTE_KINDS],
      }),
      label: str("De route in het Nederlands, bijvoorbeeld 'Zelf kopen'."),
      costMinEuro: { type: ["integer", "null"], minimum: 0, description: "Laagste gewone kosten in hele euro's; null als die niet in het algemeen bekend zijn." },
      costMaxEuro: { type: ["integer", "null"], minimum: 0, description: "Hoogste gewone kosten in hele euro's; null als die niet in het algemeen bekend zijn. 0 en 0 is gratis." },
      period: str("once: eenmalig; month: per maand.", { enum: ["once", "month"] }),
      text: str("De kosten als tekst, bijvoorbeeld 'gratis', '€ 15 tot € 30' of 'vraag naar de prijs'."),
    }),
    LendingOption: object("Een uitleenpunt van de gemeente dat dit product heeft.", {
      centre: object("Het uitleenpunt.", {
        slug: str(),
        name: str(),
        address: str("Straat, postcode en plaats."),
        district: str("Wijk of stadsdeel."),
        url: str("Pagina met openingstijden.", { format: "uri" }),
      }),
      available: { type: "integer", minimum: 0, description: "Aantal exemplaren dat nu te leen is." },
      nextAvailableDate: {
        type: ["string", "null"],
        format: "date",
        description: "Als er nu niets te leen is: de dag (JJJJ-MM-DD) waarop er naar verwachting weer een is. Anders null.",
      },
    }),
    Recommendation: object("Een hulpmiddel dat past.", {
      product: schemaRef("Product"),
      score: { type: "number", description: "Hoe goed het past; hoger is beter. Alleen voor de volgorde, geen vaste schaal." },
      reasons: strings("Waarom het past. Hele zinnen."),
      conditions: strings("Wat u eerst moet nagaan. Hele zinnen."),
      lending: {
        type: "array",
        description: "Uitleenpunten van de gemeente met dit product: met postcode dichtbij eerst, anders op naam. Leeg als het nergens te leen is.",
        items: schemaRef("LendingOption"),
      },
      viaMunicipality: { type: "boolean", description: "false: de gemeente biedt dit hulpmiddel zelf niet aan, maar laat het wel zien (met offerLabel). Hulpmiddelen die de gemeente niet aanbiedt en verbergt, staan niet in het advies." },
      offerLabel: { type: ["string", "null"], description: 'Bij viaMunicipality false: "niet via uw gemeente". Anders null.' },
      local: {
        ...object("Wat de gemeente zelf over dit hulpmiddel zegt. null als de gemeente niets heeft ingevuld. Elk veld is null als het leeg is.", {
          fundingNote: { type: ["string", "null"], description: "Hoe u het in deze gemeente betaalt of aanvraagt." },
          supplier: { type: ["string", "null"], description: "Leverancier in de gemeente." },
          priceAgreement: { type: ["string", "null"], description: "Prijsafspraak van de gemeente." },
          note: { type: ["string", "null"], description: "Een notitie van de gemeente." },
        }),
        type: ["object", "null"],
      },
    }),
    NotRecommended: object("Een hulpmiddel dat bij de moeilijkheid hoort, maar niet past.", {
      product: schemaRef("Product"),
      reasons: {
        ...strings('Waarom niet. Elke reden maakt de zin "Niet voor u, omdat …" af (kleine letter, punt aan het eind).'),
        minItems: 1,
      },
    }),
    WmoDesk: object(
      "Het Wmo-loket van de gemeente: de volgende stap als het advies niet genoeg is (ook bij een leeg advies). Een veld is null als de gemeente het niet heeft ingevuld.",
      {
        phone: { type: ["string", "null"], description: "Telefoonnummer, bijvoorbeeld '14 070'.", examples: ["14 070"] },
        url: { type: ["string", "null"], format: "uri", description: "Website over de Wmo van de gemeente." },
        hours: { type: ["string", "null"], description: "Wanneer het loket open is, als tekst.", examples: ["maandag tot en met vrijdag van 8.00 tot 17.00 uur"] },
      },
    ),
    AdviceResponse: object("Persoonlijk advies.", {
      engineVersion: str("Versie van de rekenregels die dit advies maakten.", { examples: [ENGINE_VERSION] }),
      catalogueVersion: {
        type: ["integer", "null"],
        description: "Nummer van de gepubliceerde catalogusversie waarmee dit advies is gemaakt (zie /api/v1/products).",
        examples: [1],
      },
      municipality: object("De gemeente.", { slug: str(), name: str() }),
      wmoDesk: schemaRef("WmoDesk"),
      postcode: { type: ["string", "null"], description: "De gebruikte postcode, genormaliseerd ('2514 JS'), of null.", examples: ["2514 JS"] },
      recommendations: { type: "array", description: `Best passend eerst; hooguit ${DEFAULT_MAX_RECOMMENDATIONS}.`, items: schemaRef("Recommendation") },
      notRecommended: { type: "array", items: schemaRef("NotRecommended") },
      tips: strings("Adviezen die geen product zijn, zoals 'Haal losse kleden weg'."),
    }),
  },
  paths: {
    "/api/v1/questions": {
      get: {
        operationId: "getQuestions",
        summary: "De vragenlijst: moeilijkheden en situatievragen met hun codes",
        description: "Gebruik de codes en waarden hieruit in POST /api/v1/advice. Mag 5 minuten bewaard worden (Cache-Control).",
        tags: [TAG],
        responses: {
          "200": okResponse("De vragenlijst.", schemaRef("Questionnaire")),
          "405": responseRef("MethodNotAllowed"),
          "500": responseRef("InternalError"),
        },
      },
      options: preflightOperation("preflightQuestions", ["GET", "OPTIONS"]),
    },
    "/api/v1/advice": {
      post: {
        operationId: "postAdvice",
        summary: "Persoonlijk advies bij gekozen moeilijkheden en de situatie thuis",
        description:
          "Geeft passende hulpmiddelen met redenen, voorwaarden en uitleenpunten (met wat nu te leen is), hulpmiddelen die niet passen met de reden, en tips. " +
          "Er wordt niets bewaard. Antwoorden zijn persoonlijk: Cache-Control: no-store.",
        tags: [TAG],
        requestBody: {
          required: true,
          description: "JSON, UTF-8, hooguit 64 KB.",
          content: jsonContent(schemaRef("AdviceRequest"), { example: EXAMPLE_REQUEST }),
        },
        responses: {
          "200": okResponse("Het advies.", schemaRef("AdviceResponse")),
          "404": responseRef("NotFound"),
          "410": okResponse("De gemeente doet nu niet mee (gepauzeerd).", schemaRef("Error"), {
            example: { error: "De gemeente Rijswijk doet nu niet mee.", fields: { municipality: ["De gemeente Rijswijk doet nu niet mee."] } },
          }),
          "405": responseRef("MethodNotAllowed"),
          ...JSON_BODY_ERRORS,
        },
      },
      options: preflightOperation("preflightAdvice", ["POST", "OPTIONS"]),
    },
  },
};

export { EXAMPLE_REQUEST as ADVICE_EXAMPLE_REQUEST };
