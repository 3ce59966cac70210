/**
 * The questionnaire and the advice in the OpenAPI document: GET /api/v1/questions and POST /api/v1/advice.
 * The request is the route's own zod schema (adviceRequestSchema); the response schemas below are checked against
 * the DTO types at compile time (assertType) and against real responses in tests/integration/api-advice (Ajv).
 */
import { z } from "zod";
import { BOOLEAN_CONTEXT_CODES, CLUTTER_CODE, CLUTTER_VALUES, CONTEXT_CODES, DIFFICULTY_CODES } from "@/lib/questions/codes";
import { DEFAULT_MAX_RECOMMENDATIONS, ENGINE_VERSION } from "@/lib/matching";
import { FUNDING_ROUTE_KINDS } from "@/lib/catalogue/funding-routes";
import { contextSchema, difficultiesSchema } from "@/lib/schemas/answers";
import { assertType, endpoint, errorResponse, ok, responseRef, type Equal } from "@/lib/api/openapi/endpoint";
import { adviceRequestSchema, type PublicAdvice } from "./advice";
import { UNKNOWN_VALUE, type PublicQuestionnaire } from "./questions";

const TAG = "Advies";

export const difficultyCodeSchema = z
  .enum(DIFFICULTY_CODES)
  .meta({ id: "DifficultyCode", description: "Code van een moeilijkheid. De codes zijn vast: er komen codes bij, maar ze veranderen nooit." });
export const contextCodeSchema = z.enum(CONTEXT_CODES).meta({ id: "ContextCode", description: "Code van een vraag over de situatie." });

// The request validates codes in superRefine (for Dutch messages naming the code); JSON Schema cannot see a
// refinement, so these two schemas say in the document what the refinement checks.
z.globalRegistry.add(difficultiesSchema, {
  description: "De gekozen moeilijkheden. Dubbele codes tellen één keer. Een lege lijst geeft een leeg advies.",
  override: ({ jsonSchema }) => {
    jsonSchema.items = { $ref: "#/components/schemas/DifficultyCode" };
  },
});
const contextProperties: Record<string, unknown> = {
  [CLUTTER_CODE]: { enum: [...CLUTTER_VALUES, UNKNOWN_VALUE], description: "Spullen op de vloer: none, some, a_lot of unknown." },
};
for (const code of BOOLEAN_CONTEXT_CODES) contextProperties[code] = { enum: [true, false, UNKNOWN_VALUE] };
z.globalRegistry.add(contextSchema, {
  description: 'Antwoorden op situatievragen: code → waarde. Een code weglaten is hetzelfde als "unknown". Een onbekende code of waarde geeft 400.',
  override: ({ jsonSchema }) => {
    delete jsonSchema.propertyNames;
    jsonSchema.type = "object";
    jsonSchema.properties = contextProperties as typeof jsonSchema.properties;
    jsonSchema.additionalProperties = false;
  },
});

z.globalRegistry.add(adviceRequestSchema.shape.postcode, {
  description: "Postcode van de inwoner, om uitleenpunten op afstand te sorteren (dichtbij eerst). Niet verplicht; wordt niet bewaard.",
  examples: ["2514 JS", "2514JS"],
  override: ({ jsonSchema }) => {
    jsonSchema.pattern = "^\\s*[1-9][0-9]{3} ?[A-Za-z]{2}\\s*$";
  },
});

// ---------------------------------------------------------------------------------------------- questionnaire
const section = z.enum(["home", "life", "digital"]);

export const questionnaireSchema = z
  .strictObject({
    unknownValue: z.literal(UNKNOWN_VALUE).describe("De waarde voor 'Weet ik niet'. Die mag bij elke situatievraag; een code weglaten betekent hetzelfde."),
    difficultyGroups: z.array(
      z
        .strictObject({
          id: z.string(),
          title: z.string(),
          difficulties: z.array(
            z
              .strictObject({
                code: difficultyCodeSchema,
                label: z.string().describe("Korte naam, bijvoorbeeld 'Stofzuigen'."),
                hint: z.string().describe("Eén zin uitleg."),
                icf: z.array(z.string()).meta({ description: "ICF-codes (WHO) die bij deze moeilijkheid horen; alleen voor vakmensen.", examples: [["d640"]] }),
              })
              .describe("Een moeilijkheid die de inwoner kan kiezen."),
          ),
        })
        .meta({ id: "DifficultyGroup", description: "Een groep moeilijkheden, zoals 'Huishouden en koken'." }),
    ),
    sections: z.array(z.strictObject({ id: section, title: z.string() }).describe("Een deel van de situatievragen.")).describe("De delen van de situatievragen, in volgorde."),
    contextQuestions: z.array(
      z
        .strictObject({
          code: z.string().meta({ override: { $ref: "#/components/schemas/ContextCode" } }),
          section,
          question: z.string(),
          why: z.string().describe("Waarom we dit vragen, in één zin."),
          kind: z.enum(["boolean", "choice"]).describe("boolean: ja / nee / weet ik niet; choice: een van de opties of weet ik niet."),
          options: z
            .array(z.strictObject({ value: z.union([z.boolean(), z.string()]), label: z.string() }).describe("Een antwoord."))
            .describe('De antwoorden, de laatste is altijd "unknown" (Weet ik niet). `value` is precies wat POST /api/v1/advice verwacht.'),
          relevantFor: z.union([z.array(difficultyCodeSchema), z.literal("always")]).describe('"always", of de moeilijkheden waarbij deze vraag hoort.'),
        })
        .meta({ id: "ContextQuestion", description: "Een vraag over de situatie thuis. Stel hem alleen als hij past bij de gekozen moeilijkheden (relevantFor)." }),
    ),
  })
  .meta({ id: "Questionnaire", description: "De vragenlijst. Teksten in het Nederlands (B1)." });
assertType<Equal<z.output<typeof questionnaireSchema>, PublicQuestionnaire>>();

// ---------------------------------------------------------------------------------------------- advice response
const period = z.enum(["once", "month"]).describe("once: eenmalig; month: per maand.");
const nullableText = (description: string) => z.string().nullable().describe(description);

export const fundingRouteSchema = z
  .strictObject({
    route: z
      .enum(FUNDING_ROUTE_KINDS)
      .describe("wmo: via de gemeente (Wmo); insurer_loan: lenen via de zorgverzekeraar (bruikleen); buy: zelf kopen; rent: huren of een abonnement."),
    label: z.string().describe("De route in het Nederlands, bijvoorbeeld 'Zelf kopen'."),
    costMinEuro: z.int().min(0).nullable().describe("Laagste gewone kosten in hele euro's; null als die niet in het algemeen bekend zijn."),
    costMaxEuro: z.int().min(0).nullable().describe("Hoogste gewone kosten in hele euro's; null als die niet in het algemeen bekend zijn. 0 en 0 is gratis."),
    period,
    text: z.string().describe("De kosten als tekst, bijvoorbeeld 'gratis', '€ 15 tot € 30' of 'vraag naar de prijs'."),
  })
  .meta({ id: "FundingRoute", description: "Een manier om te betalen." });

export const publicProductSchema = z
  .strictObject({
    slug: z.string().describe("Vaste code van het product."),
    name: z.string(),
    iso9999: z
      .strictObject({
        code: z.string().regex(/^\d{2}( \d{2}){0,2}$/).describe("Bijvoorbeeld '15 12 06'."),
        edition: z.string().describe("Bijvoorbeeld '2022'."),
      })
      .describe("Classificatie volgens ISO 9999 (hulpmiddelen), met de editie van de norm."),
    description: z.string().describe("Korte uitleg in eenvoudig Nederlands."),
    domain: z.string().describe("Levensgebied, bijvoorbeeld 'housework' of 'safety'."),
    price: z
      .strictObject({
        minEuro: z.int().min(0),
        maxEuro: z.int().min(0),
        period,
        text: z.string().describe("De prijs als tekst, bijvoorbeeld '€ 15 tot € 30'."),
        note: z.string().describe("Extra uitleg over de prijs; kan leeg zijn."),
      })
      .describe("Wat het ongeveer kost om te kopen (of per maand)."),
    fundingRoutes: z
      .array(fundingRouteSchema)
      .describe("Hoe de inwoner het kan betalen: elke route hooguit één keer, met de gewone kosten voor de inwoner. Geen advies om iets aan te vragen."),
    needs: z.array(z.string()).describe("Wat nodig is om het te gebruiken, bijvoorbeeld wifi of een elektricien."),
    lendable: z.boolean().describe("Kan het geleend worden om eerst te proberen?"),
    loanPeriodDays: z.int().min(0).describe("Hoe lang een lening gewoonlijk duurt, in dagen."),
    image: z.strictObject({ url: z.url(), alt: z.string().describe("Tekst voor wie de afbeelding niet ziet.") }).describe("Afbeelding van het product."),
    isMonitoring: z.boolean().describe("Houdt het de inwoner in de gaten (sensoren, alarm)? Dan zegt `monitoring` wat het vastlegt."),
    monitoring: z
      .strictObject({ records: z.string(), whoSees: z.string(), howToStop: z.string() })
      .nullable()
      .describe("Alleen bij hulpmiddelen die iemand in de gaten houden: wat het vastlegt, wie dat ziet en hoe je stopt. Anders null."),
  })
  .meta({ id: "Product", description: "Een hulpmiddel uit de catalogus." });

export const lendingOptionSchema = z
  .strictObject({
    centre: z
      .strictObject({
        slug: z.string(),
        name: z.string(),
        address: z.string().describe("Straat, postcode en plaats."),
        district: z.string().describe("Wijk of stadsdeel."),
        url: z.url().describe("Pagina met openingstijden."),
      })
      .describe("Het uitleenpunt."),
    available: z.int().min(0).describe("Aantal exemplaren dat nu te leen is."),
    nextAvailableDate: z.iso
      .date()
      .nullable()
      .describe("Als er nu niets te leen is: de dag (JJJJ-MM-DD) waarop er naar verwachting weer een is. Anders null."),
  })
  .meta({ id: "LendingOption", description: "Een uitleenpunt van de gemeente dat dit product heeft." });

export const wmoDeskSchema = z
  .strictObject({
    phone: z.string().nullable().meta({ description: "Telefoonnummer, bijvoorbeeld '14 070'.", examples: ["14 070"] }),
    url: z.url().nullable().describe("Website over de Wmo van de gemeente."),
    hours: z.string().nullable().meta({ description: "Wanneer het loket open is, als tekst.", examples: ["maandag tot en met vrijdag van 8.00 tot 17.00 uur"] }),
  })
  .meta({
    id: "WmoDesk",
    description: "Het Wmo-loket van de gemeente: de volgende stap als het advies niet genoeg is (ook bij een leeg advies). Een veld is null als de gemeente het niet heeft ingevuld.",
  });

export const adviceResponseSchema = z
  .strictObject({
    engineVersion: z.string().meta({ description: "Versie van de rekenregels die dit advies maakten.", examples: [ENGINE_VERSION] }),
    catalogueVersion: z
      .int()
      .nullable()
      .meta({ description: "Nummer van de gepubliceerde catalogusversie waarmee dit advies is gemaakt (zie /api/v1/products).", examples: [1] }),
    municipality: z.strictObject({ slug: z.string(), name: z.string() }).describe("De gemeente."),
    wmoDesk: wmoDeskSchema,
    postcode: z.string().nullable().meta({ description: "De gebruikte postcode, genormaliseerd ('2514 JS'), of null.", examples: ["2514 JS"] }),
    recommendations: z
      .array(
        z
          .strictObject({
            product: publicProductSchema,
            score: z.number().describe("Hoe goed het past; hoger is beter. Alleen voor de volgorde, geen vaste schaal."),
            reasons: z.array(z.string()).describe("Waarom het past. Hele zinnen."),
            conditions: z.array(z.string()).describe("Wat u eerst moet nagaan. Hele zinnen."),
            lending: z
              .array(lendingOptionSchema)
              .describe("Uitleenpunten van de gemeente met dit product: met postcode dichtbij eerst, anders op naam. Leeg als het nergens te leen is."),
            viaMunicipality: z
              .boolean()
              .describe(
                "false: de gemeente biedt dit hulpmiddel zelf niet aan, maar laat het wel zien (met offerLabel). Hulpmiddelen die de gemeente niet aanbiedt en verbergt, staan niet in het advies.",
              ),
            offerLabel: nullableText('Bij viaMunicipality false: "niet via uw gemeente". Anders null.'),
            local: z
              .strictObject({
                fundingNote: nullableText("Hoe u het in deze gemeente betaalt of aanvraagt."),
                supplier: nullableText("Leverancier in de gemeente."),
                priceAgreement: nullableText("Prijsafspraak van de gemeente."),
                note: nullableText("Een notitie van de gemeente."),
              })
              .nullable()
              .describe("Wat de gemeente zelf over dit hulpmiddel zegt. null als de gemeente niets heeft ingevuld. Elk veld is null als het leeg is."),
          })
          .meta({ id: "Recommendation", description: "Een hulpmiddel dat past." }),
      )
      .describe(`Best passend eerst; hooguit ${DEFAULT_MAX_RECOMMENDATIONS}.`),
    notRecommended: z.array(
      z
        .strictObject({
          product: publicProductSchema,
          reasons: z
            .array(z.string())
            .min(1)
            .describe('Waarom niet. Elke reden maakt de zin "Niet voor u, omdat …" af (kleine letter, punt aan het eind).'),
        })
        .meta({ id: "NotRecommended", description: "Een hulpmiddel dat bij de moeilijkheid hoort, maar niet past." }),
    ),
    tips: z.array(z.string()).describe("Adviezen die geen product zijn, zoals 'Haal losse kleden weg'."),
  })
  .meta({ id: "AdviceResponse", description: "Persoonlijk advies." });
assertType<Equal<z.output<typeof adviceResponseSchema>, PublicAdvice>>();

export const ADVICE_EXAMPLE_REQUEST = {
  municipality: "den-haag",
  answers: {
    difficulties: ["housework.vacuuming"],
    context: { "home.clutter": "a_lot", "home.thresholds": false, "digital.wifi": "unknown" },
  },
  postcode: "2514 JS",
};

export const adviceEndpoints = [
  endpoint({
    method: "get",
    path: "/api/v1/questions",
    operationId: "getQuestions",
    tag: TAG,
    summary: "De vragenlijst: moeilijkheden en situatievragen met hun codes",
    description: "Gebruik de codes en waarden hieruit in POST /api/v1/advice. Mag 5 minuten bewaard worden (Cache-Control).",
    responses: { "200": ok("De vragenlijst.", questionnaireSchema), "500": responseRef("InternalError") },
  }),
  endpoint({
    method: "post",
    path: "/api/v1/advice",
    operationId: "postAdvice",
    tag: TAG,
    summary: "Persoonlijk advies bij gekozen moeilijkheden en de situatie thuis",
    description:
      "Geeft passende hulpmiddelen met redenen, voorwaarden en uitleenpunten (met wat nu te leen is), hulpmiddelen die niet passen met de reden, en tips. " +
      "Er wordt niets bewaard. Antwoorden zijn persoonlijk: Cache-Control: no-store.",
    body: adviceRequestSchema.meta({ id: "AdviceRequest" }),
    bodyExample: ADVICE_EXAMPLE_REQUEST,
    responses: {
      "200": ok("Het advies.", adviceResponseSchema),
      "404": responseRef("NotFound"),
      "410": errorResponse("De gemeente doet nu niet mee (gepauzeerd).", {
        error: "De gemeente Rijswijk doet nu niet mee.",
        fields: { municipality: ["De gemeente Rijswijk doet nu niet mee."] },
      }),
    },
  }),
];
