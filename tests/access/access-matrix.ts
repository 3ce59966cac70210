/**
 * The role x route matrix: who may open every page, call every route handler and run every server action of app/.
 * Every route of the route tree (route-tree.ts) must be here; app/access-matrix.test.ts fails naming a new route
 * that is not, and tests/e2e/security/access-matrix.spec.ts opens every page as every subject (anonymous and each
 * role), with a record of ANOTHER municipality where the route takes an id, and checks the outcome:
 * - a subject the page is not for: anonymous is sent to /inloggen, a signed-in person of another role gets 404;
 * - a subject the page is for, with another municipality's record: 404 (never 403, never the record);
 *   a platform administrator works across municipalities, so for `foreign-*` municipality records the page opens;
 * - otherwise the page opens (200).
 */
import type { Role } from "@/lib/auth/permissions";

export const SUBJECTS = ["anonymous", "CONSULTANT", "CENTRE_STAFF", "MUNICIPALITY_ADMIN", "PLATFORM_ADMIN", "CATALOGUE_EDITOR"] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Demo accounts (prisma/seed) of Den Haag; "foreign" records belong to Rijswijk. */
export const ACCOUNTS: Record<Exclude<Subject, "anonymous">, string> = {
  CONSULTANT: "consulent@denhaag.demo",
  CENTRE_STAFF: "medewerker@leyweg.demo",
  MUNICIPALITY_ADMIN: "beheer@denhaag.demo",
  PLATFORM_ADMIN: "platform@ttv.demo",
  CATALOGUE_EDITOR: "catalogus@ttv.demo",
};

/** What to put in a [param] of the URL. The e2e spec looks the values up in the database. */
export type ParamValue =
  | "own-centre" // the staff member's own centre (Leyweg), so the record after it is what is tested
  | "foreign-centre" // a Rijswijk centre slug
  | "foreign-centre-id" // a Rijswijk centre id
  | "foreign-unit" // a Rijswijk lending unit id
  | "foreign-reservation" // a Rijswijk reservation id
  | "foreign-case" // a Rijswijk conversation reference
  | "product" // a product slug of the shared catalogue
  | "product-id" // a product id of the shared catalogue
  | "denhaag-centre" // a public centre slug
  | "municipality" // a municipality's slug: its residents' address /<gemeente>
  | "foreign-municipality-id" // Rijswijk's id (a platform administrator works across municipalities)
  | "step" // a questionnaire step number
  | "unknown-record" // a well-formed id that exists nowhere (a platform-wide record, e.g. a supplier's submission)
  | "unknown-code"; // a well-formed code that does not exist (codes are the residents' key: no role sees more)

export type Who = "everyone" | readonly Role[];

export interface PageAccess {
  who: Who;
  params?: Record<string, ParamValue>;
}

const STAFF: readonly Role[] = ["CENTRE_STAFF"];
const CONSULTANT: readonly Role[] = ["CONSULTANT"];
const ADMINS: readonly Role[] = ["MUNICIPALITY_ADMIN", "PLATFORM_ADMIN"];
const PLATFORM: readonly Role[] = ["PLATFORM_ADMIN"];
const MUNICIPALITY_ADMIN: readonly Role[] = ["MUNICIPALITY_ADMIN"];
const CATALOGUE: readonly Role[] = ["PLATFORM_ADMIN", "CATALOGUE_EDITOR"];
const foreignCase = { case: "foreign-case" } as const;

export const PAGES: Record<string, PageAccess> = {
  "/": { who: "everyone" },
  "/[gemeente]": { who: "everyone", params: { gemeente: "municipality" } },
  "/[gemeente]/advies": { who: "everyone", params: { gemeente: "municipality" } },
  "/[gemeente]/reservering/[reference]": { who: "everyone", params: { gemeente: "municipality", reference: "unknown-code" } },
  "/[gemeente]/wachtlijst/[reference]": { who: "everyone", params: { gemeente: "municipality", reference: "unknown-code" } },
  "/advies": { who: "everyone" },
  "/advies/[code]": { who: "everyone", params: { code: "unknown-code" } },
  "/advies/[code]/advies": { who: "everyone", params: { code: "unknown-code" } },
  "/advies/[code]/stap/[n]": { who: "everyone", params: { code: "unknown-code", n: "step" } },
  "/advies/hervatten": { who: "everyone" },
  "/balie": { who: STAFF },
  "/balie/[centre]": { who: STAFF, params: { centre: "foreign-centre" } },
  "/balie/[centre]/berichten": { who: STAFF, params: { centre: "foreign-centre" } },
  "/balie/[centre]/reserveringen/[reservationId]": { who: STAFF, params: { centre: "own-centre", reservationId: "foreign-reservation" } },
  "/balie/[centre]/uitlenen": { who: STAFF, params: { centre: "foreign-centre" } },
  "/balie/[centre]/voorraad": { who: STAFF, params: { centre: "foreign-centre" } },
  "/balie/[centre]/voorraad/[unitId]": { who: STAFF, params: { centre: "own-centre", unitId: "foreign-unit" } },
  "/balie/[centre]/voorraad/[unitId]/bewerken": { who: STAFF, params: { centre: "own-centre", unitId: "foreign-unit" } },
  "/balie/[centre]/voorraad/[unitId]/uitlenen": { who: STAFF, params: { centre: "own-centre", unitId: "foreign-unit" } },
  "/balie/[centre]/voorraad/nieuw": { who: STAFF, params: { centre: "foreign-centre" } },
  "/beheer": { who: ADMINS },
  "/beheer/aanbod": { who: ADMINS },
  // by product id; a platform administrator must choose the municipality first (?gemeente=), without it 404
  "/beheer/aanbod/[product]": { who: MUNICIPALITY_ADMIN, params: { product: "product-id" } },
  "/beheer/audit": { who: ADMINS },
  "/beheer/catalogus": { who: CATALOGUE },
  "/beheer/catalogus/aanmeldingen": { who: CATALOGUE },
  "/beheer/catalogus/aanmeldingen/[id]": { who: CATALOGUE, params: { id: "unknown-record" } },
  "/beheer/catalogus/hulpmiddel/[slug]": { who: CATALOGUE, params: { slug: "product" } },
  "/beheer/catalogus/nieuw": { who: CATALOGUE },
  "/beheer/catalogus/vertalingen": { who: CATALOGUE },
  "/beheer/catalogus/woorden": { who: CATALOGUE },
  "/beheer/gemeenten": { who: PLATFORM },
  "/beheer/gemeenten/nieuw": { who: PLATFORM },
  "/beheer/gemeenten/[id]/configuratie": { who: ADMINS, params: { id: "foreign-municipality-id" } },
  "/beheer/gemeenten/importeren": { who: PLATFORM },
  "/beheer/instellingen": { who: ADMINS },
  "/beheer/instellingen/inloggen": { who: ADMINS },
  "/beheer/instellingen/uiterlijk": { who: ADMINS },
  "/beheer/leren": { who: ADMINS },
  "/beheer/mensen": { who: ADMINS },
  "/beheer/opruimen": { who: ADMINS },
  "/beheer/sessies": { who: ADMINS },
  "/beheer/uitleenpunten": { who: ADMINS },
  "/beheer/uitleenpunten/[id]": { who: ADMINS, params: { id: "foreign-centre-id" } },
  // a platform administrator must choose the municipality first (?gemeente=), without it 404
  "/beheer/uitleenpunten/nieuw": { who: MUNICIPALITY_ADMIN },
  "/beheer/wissen": { who: ADMINS },
  "/consulent": { who: CONSULTANT },
  "/consulent/[case]": { who: CONSULTANT, params: foreignCase },
  "/consulent/[case]/advies": { who: CONSULTANT, params: foreignCase },
  "/consulent/[case]/advies/[product]/uitleg": { who: CONSULTANT, params: { ...foreignCase, product: "product" } },
  "/consulent/[case]/afspraken": { who: CONSULTANT, params: foreignCase },
  "/consulent/[case]/notities": { who: CONSULTANT, params: foreignCase },
  "/consulent/[case]/reserveren/[product]/[centre]": { who: CONSULTANT, params: { ...foreignCase, product: "product", centre: "denhaag-centre" } },
  "/consulent/[case]/verslag": { who: CONSULTANT, params: foreignCase },
  "/consulent/[case]/vragen/[stap]": { who: CONSULTANT, params: { ...foreignCase, stap: "step" } },
  "/consulent/nieuw": { who: CONSULTANT },
  "/inloggen": { who: "everyone" },
  "/inloggen/geen-rechten": { who: "everyone" },
  "/leveranciers/aanmelden": { who: "everyone" },
  "/leveranciers/status": { who: "everyone" },
  "/privacy": { who: "everyone" },
  "/reserveren/[product]/[centre]": { who: "everyone", params: { product: "product", centre: "denhaag-centre" } },
  "/reservering": { who: "everyone" },
  "/reservering/[reference]": { who: "everyone", params: { reference: "unknown-code" } },
  "/reservering/[reference]/annuleren": { who: "everyone", params: { reference: "unknown-code" } },
  "/te-veel-pogingen": { who: "everyone" },
  "/toegankelijkheid": { who: "everyone" },
  "/uitleenpunten": { who: "everyone" },
  "/uitkomst/[token]": { who: "everyone", params: { token: "unknown-code" } },
  "/uitleenpunten/[slug]": { who: "everyone", params: { slug: "denhaag-centre" } },
  "/uitnodiging": { who: "everyone" },
  "/verslag": { who: "everyone" },
  "/verslag/[code]": { who: "everyone", params: { code: "unknown-code" } },
  "/wachtlijst/[reference]": { who: "everyone", params: { reference: "unknown-code" } },
  "/wachtlijst/[reference]/afmelden": { who: "everyone", params: { reference: "unknown-code" } },
  "/werkplek": { who: "everyone" },
};

/** Route handlers: the public API and the sign-in plumbing are for everyone; the consultant's PDF like its page. */
export const HANDLERS: Record<string, { who: Who; params?: Record<string, ParamValue> }> = {
  "/[gemeente]/logo": { who: "everyone", params: { gemeente: "municipality" } },
  "/afbeeldingen/[file]": { who: "everyone", params: { file: "unknown-code" } },
  "/api/auth/[...nextauth]": { who: "everyone" },
  "/beheer/gemeenten/[id]/configuratie/bestand": { who: ADMINS, params: { id: "foreign-municipality-id" } },
  "/api/health": { who: "everyone" },
  "/api/oidc/[municipality]/callback": { who: "everyone" },
  "/api/oidc/[municipality]/start": { who: "everyone" },
  "/api/ready": { who: "everyone" },
  "/api/v1/advice": { who: "everyone" },
  "/api/v1/availability": { who: "everyone" },
  "/api/v1/openapi.json": { who: "everyone" },
  "/api/v1/products": { who: "everyone" },
  "/api/v1/products/[slug]": { who: "everyone" },
  "/api/v1/questions": { who: "everyone" },
  "/api/v1/reservations": { who: "everyone" },
  "/api/v1/submissions": { who: "everyone" },
  "/api/v1/submissions/[reference]": { who: "everyone" },
  "/api/v1/reservations/[reference]": { who: "everyone" },
  "/api/v1/waitlist": { who: "everyone" },
  "/api/v1/waitlist/[reference]": { who: "everyone" },
  "/api/v1/waitlist/[reference]/accept": { who: "everyone" },
  "/consulent/[case]/verslag/pdf": { who: CONSULTANT, params: foreignCase },
  "/verslag/[code]/pdf": { who: "everyone", params: { code: "unknown-code" } },
};

/**
 * Server actions: "everyone" actions are the residents' (they work with a code or create something new);
 * the others must find the person themselves (app/access-matrix.test.ts checks that each calls getCurrentUser or
 * requireRole, so the lib/server function it calls gets the actor).
 */
export const ACTIONS: Record<string, Who> = {
  "app/advies/[code]/stap/[n]/actions.ts#saveStep": "everyone",
  "app/advies/[code]/advies/reassess-actions.ts#reassessAction": "everyone",
  "app/advies/[code]/stap/[n]/own-words-actions.ts#ownWordsAction": "everyone",
  "app/advies/actions.ts#startAssessment": "everyone",
  "app/advies/hervatten/actions.ts#resumeAssessment": "everyone",
  "app/balie/actions.ts#cancelReservationAction": STAFF,
  "app/balie/actions.ts#confirmReservationAction": STAFF,
  "app/balie/actions.ts#createUnitAction": STAFF,
  "app/balie/actions.ts#extendLoanAction": STAFF,
  "app/balie/actions.ts#findCodeAction": STAFF,
  "app/balie/actions.ts#finishCleaningAction": STAFF,
  "app/balie/actions.ts#finishRepairAction": STAFF,
  "app/balie/actions.ts#handOverAction": STAFF,
  "app/balie/actions.ts#lendWalkInAction": STAFF,
  "app/balie/actions.ts#retireUnitAction": STAFF,
  "app/balie/actions.ts#sendToRepairAction": STAFF,
  "app/balie/actions.ts#takeBackAction": STAFF,
  "app/balie/actions.ts#updateUnitAction": STAFF,
  "app/balie/outcome-actions.ts#recordOutcomeAction": STAFF,
  "app/beheer/aanbod/actions.ts#saveDisplayAction": ADMINS,
  "app/beheer/aanbod/actions.ts#saveOfferAction": ADMINS,
  "app/beheer/aanbod/actions.ts#toggleOfferAction": ADMINS,
  "app/beheer/catalogus/actions.ts#publishVersionAction": CATALOGUE,
  "app/beheer/catalogus/actions.ts#rollbackVersionAction": CATALOGUE,
  "app/beheer/catalogus/aanmeldingen/[id]/actions.ts#rejectSubmissionAction": CATALOGUE,
  "app/beheer/catalogus/hulpmiddel/[slug]/actions.ts#archiveProductAction": CATALOGUE,
  "app/beheer/catalogus/hulpmiddel/[slug]/actions.ts#editProductAction": CATALOGUE,
  "app/beheer/catalogus/woorden/actions.ts#removePhraseAction": CATALOGUE,
  "app/beheer/gemeenten/[id]/configuratie/actions.ts#importConfigurationAction": ADMINS,
  "app/beheer/gemeenten/actions.ts#createMunicipalityAction": PLATFORM,
  "app/beheer/gemeenten/actions.ts#setMunicipalityStatusAction": PLATFORM,
  "app/beheer/instellingen/actions.ts#saveSettingsAction": ADMINS,
  "app/beheer/instellingen/inloggen/actions.ts#saveOidcAction": ADMINS,
  "app/beheer/instellingen/uiterlijk/actions.ts#saveLogoAction": ADMINS,
  "app/beheer/instellingen/uiterlijk/actions.ts#saveThemeAction": ADMINS,
  "app/beheer/leren/actions.ts#setLearningAction": ADMINS,
  "app/beheer/mensen/actions.ts#grantRightsAction": ADMINS,
  "app/beheer/mensen/actions.ts#endSessionsAction": ADMINS,
  "app/beheer/mensen/actions.ts#inviteAction": ADMINS,
  "app/beheer/mensen/actions.ts#removePersonAction": ADMINS,
  "app/beheer/mensen/actions.ts#revokeInvitationAction": ADMINS,
  "app/beheer/opruimen/actions.ts#runRetentionAction": ADMINS,
  "app/beheer/sessies/actions.ts#revokeSessionAction": ADMINS,
  "app/beheer/sessies/actions.ts#revokeUserSessionsAction": ADMINS,
  "app/beheer/uitleenpunten/actions.ts#addClosedDayAction": ADMINS,
  "app/beheer/uitleenpunten/actions.ts#closeCentreAction": ADMINS,
  "app/beheer/uitleenpunten/actions.ts#removeClosedDayAction": ADMINS,
  "app/beheer/uitleenpunten/actions.ts#saveCentreAction": ADMINS,
  "app/beheer/wissen/actions.ts#eraseAction": ADMINS,
  "app/consulent/[case]/actions.ts#addNote": CONSULTANT,
  "app/consulent/[case]/actions.ts#addStep": CONSULTANT,
  "app/consulent/[case]/actions.ts#decideMonitoring": CONSULTANT,
  "app/consulent/[case]/actions.ts#joinWaitlistFromCase": CONSULTANT,
  "app/consulent/[case]/actions.ts#markChoice": CONSULTANT,
  "app/consulent/[case]/actions.ts#removeNote": CONSULTANT,
  "app/consulent/[case]/actions.ts#reserve": CONSULTANT,
  "app/consulent/[case]/actions.ts#saveCaseDetails": CONSULTANT,
  "app/consulent/[case]/actions.ts#saveCaseStep": CONSULTANT,
  "app/consulent/[case]/actions.ts#saveOutcome": CONSULTANT,
  "app/consulent/[case]/actions.ts#shareReport": CONSULTANT,
  "app/consulent/[case]/actions.ts#toggleStep": CONSULTANT,
  "app/consulent/[case]/reassess-actions.ts#reassessCaseAction": CONSULTANT,
  "app/consulent/actions.ts#searchCases": CONSULTANT,
  "app/consulent/actions.ts#startCase": CONSULTANT,
  "app/leveranciers/aanmelden/actions.ts#submitProductAction": "everyone",
  "app/reserveren/actions.ts#joinWaitlistAction": "everyone",
  "app/reserveren/actions.ts#reserveAction": "everyone",
  "app/reservering/actions.ts#cancelAction": "everyone",
  "app/reservering/actions.ts#findCodeAction": "everyone",
  "app/uitkomst/actions.ts#residentOutcomeAction": "everyone",
  "app/uitleenpunten/actions.ts#sortCentresByPostcode": "everyone",
  "app/uitnodiging/actions.ts#acceptInvitationAction": "everyone",
  "app/verslag/actions.ts#openReport": "everyone",
  "app/verslag/actions.ts#respondToReport": "everyone",
  "app/wachtlijst/actions.ts#acceptOfferAction": "everyone",
  "app/wachtlijst/actions.ts#leaveWaitlistAction": "everyone",
};

export type Outcome = "ok" | "login" | "notfound";

/** What `subject` should see on a page (see the top of this file). */
export function expectedOutcome(access: PageAccess, subject: Subject): Outcome {
  const params = Object.values(access.params ?? {});
  if (access.who === "everyone") return params.includes("unknown-code") ? "notfound" : "ok";
  if (subject === "anonymous") return "login";
  if (!access.who.includes(subject)) return "notfound";
  if (params.includes("unknown-record")) return "notfound";
  const foreign = params.filter((p) => p.startsWith("foreign-"));
  if (foreign.length === 0) return "ok";
  // a platform administrator sees every municipality's administration (centres); staff and consultants never
  return subject === "PLATFORM_ADMIN" && foreign.every((p) => p === "foreign-centre-id" || p === "foreign-municipality-id") ? "ok" : "notfound";
}
