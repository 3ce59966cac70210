/**
 * Scoping that cannot be forgotten. Data access (lib/server) takes a scope: a branded `Actor` (only lib/auth makes
 * one), a `SystemActor` (jobs), or a transaction handed down by a function that took one. This test reads the
 * source (TypeScript's parser, no type checking) and fails:
 * - when an exported function in a lib/server file that queries the database takes no actor / scope / transaction
 *   and is not listed below with why it may (a new function: add `actor` as its first argument, or list it);
 * - when an INTERNAL helper (no access check of its own) is imported outside its own area folder of lib/server
 *   (lib/server/<area>/, listed exceptions in CROSS_AREA), or a SYSTEM function outside lib/server and lib/jobs;
 * - when anything but lib/auth/session.ts, lib/jobs and the test factory makes an actor, or a file casts to Actor.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

type Why =
  /** for residents and the public API: opened with a secret code / reference, or public information by slug */
  | "public"
  /** a scheduled job's work (lib/jobs); may be imported only by lib/server and lib/jobs */
  | "system"
  /** a helper without its own access check, called by a lib/server function that checked; never outside lib/server */
  | "internal"
  /** works only on a record that a scoped read returned (e.g. the CaseDetail of getCase) */
  | "derived"
  /** reads no tenant record (settings defaults, pure helpers in a data-access file, sign-in flow before a session) */
  | "no-tenant-data";

/** Exported functions of lib/server that query the database without taking an actor, and why that is right. */
export const UNSCOPED: Record<string, Why> = {
  "catalogue/edit-product.ts checkedWhy": "no-tenant-data",
  "catalogue/submissions.ts statusPath": "no-tenant-data",
  "catalogue/submissions.ts submitProduct": "public",
  "catalogue/submissions.ts getSubmissionStatus": "public",
  "images/image-store.ts imageUrlPath": "no-tenant-data",
  "images/image-store.ts shaFromFileName": "no-tenant-data",
  "images/image-store.ts storeCleanImage": "internal",
  "images/image-store.ts storeUploadedImage": "internal",
  "images/image-store.ts readImage": "public",
  "images/image-store.ts storedImageExists": "no-tenant-data",
  "cache/versions.ts currentVersions": "no-tenant-data",
  "cache/versions.ts versionedCache": "no-tenant-data",
  "lending/get-availability.ts cachedAvailability": "internal",
  "assessments/reassess.ts startReassessment": "public",
  "assessments/reassess.ts getAssessmentHistory": "public",
  "assessments/save-advice-snapshot.ts latestSnapshotCode": "public",
  "outcomes/advice-link.ts resolveAdviceSnapshot": "internal",
  "outcomes/create-snapshot.ts createAdviceSnapshot": "internal",
  "outcomes/create-snapshot.ts snapshotItems": "no-tenant-data",
  "outcomes/learning-settings.ts isLearningEnabled": "internal",
  "outcomes/load-estimates.ts loadOutcomeObservations": "internal",
  "outcomes/load-estimates.ts loadEstimates": "internal",
  "outcomes/resident-outcome.ts getOutcomeRequest": "public",
  "outcomes/resident-outcome.ts recordResidentOutcome": "public",
  "theme/manage-look.ts logoSrc": "no-tenant-data",
  "theme/pdf-look.ts pdfLookFor": "public",
  "theme/public-look.ts getLogoFile": "public",
  "words/unknown-phrases.ts keepUnknownPhrase": "public",
  "advice/build-advice.ts buildAdvice": "public",
  "assessments/create-assessment.ts createAssessment": "public",
  "assessments/get-advice-for-assessment.ts getAdviceForAssessment": "public",
  "assessments/get-assessment-by-code.ts getAssessmentByCode": "public",
  "assessments/list-place-options.ts listMunicipalities": "public",
  "assessments/list-place-options.ts listDistricts": "public",
  "assessments/save-advice-snapshot.ts saveAdviceSnapshot": "public",
  "assessments/save-answers.ts saveAnswers": "public",
  "audit/audit-subject.ts describeAuditSubjects": "internal",
  "audit/record-audit-event.ts recordSignInEvent": "no-tenant-data",
  "cases/build-case-advice.ts buildCaseAdvice": "derived",
  "cases/case-product-holds.ts caseProductHolds": "internal",
  "cases/case-product-holds.ts alreadyReserved": "no-tenant-data",
  "cases/case-product-holds.ts alreadyWaiting": "no-tenant-data",
  "cases/case-scope.ts caseNotFound": "no-tenant-data",
  "cases/case-scope.ts retentionEnd": "no-tenant-data",
  "cases/case-scope.ts touchCase": "internal",
  "cases/snapshot-case-advice.ts snapshotCaseAdvice": "internal",
  "cases/create-case.ts caseAssessmentCode": "no-tenant-data",
  "cases/get-case.ts loadCaseDetail": "internal",
  "cases/get-report-by-code.ts findCaseByReportCode": "public",
  "cases/get-report-by-code.ts getReportByCode": "public",
  "cases/save-resident-response.ts saveResidentResponse": "public",
  "catalogue/get-catalogue.ts getCatalogue": "public",
  "catalogue/get-open-data.ts getOpenCatalogue": "public",
  "catalogue/get-open-data.ts getOpenProduct": "public",
  "desk/hand-over.ts parseCheckout": "no-tenant-data",
  "desk/lend-walk-in.ts walkInDifficultyOptions": "no-tenant-data",
  "desk/hand-over.ts checkoutAgainst": "no-tenant-data",
  "desk/hand-over.ts loanDueAt": "no-tenant-data",
  "invitations/accept-invitation.ts acceptInvitation": "public",
  "lending/extend-loan.ts extensionDecisionFor": "internal",
  "lending/find-reference.ts findReference": "public",
  "lending/get-availability.ts getAvailability": "public",
  "lending/get-reservation-by-reference.ts getReservationByReference": "public",
  "lending/get-reserve-options.ts getReserveOptions": "public",
  "lending/list-centre-availability.ts listCentreAvailability": "public",
  "lending/shared.ts eachIsolated": "internal",
  "lending/shared.ts changeUnitStatus": "internal",
  "lending/shared.ts lockUnit": "internal",
  "lending/shared.ts checkContactAndConsent": "no-tenant-data",
  "lending/shared.ts isUniqueViolation": "no-tenant-data",
  "lending/shared.ts loadProductAndCentre": "internal",
  "lending/shared.ts newReference": "internal",
  "lending/waitlist/accept-offer.ts acceptOffer": "public",
  "lending/waitlist/cancel-waitlist-entry.ts cancelWaitlistEntry": "public",
  "lending/waitlist/get-waitlist-entry-by-reference.ts getWaitlistEntryByReference": "public",
  "municipalities/resident-access.ts residentAccessForMunicipality": "public",
  "municipalities/resident-access.ts residentAccessForCentre": "public",
  "municipalities/settings.ts deploymentDefaults": "no-tenant-data",
  "municipalities/settings.ts loadMunicipalitySettings": "public",
  "municipalities/settings.ts loadMunicipalitySettingsBySlug": "internal",
  "municipalities/settings.ts loadMunicipalitySettingsForCentre": "public",
  "offer/local-offer.ts loadLocalOffer": "internal",
  "oidc/config.ts listOidcMunicipalities": "public",
  "oidc/flow.ts oidcRedirectUri": "no-tenant-data",
  "oidc/flow.ts beginOidcSignIn": "no-tenant-data",
  "oidc/flow.ts completeOidcSignIn": "no-tenant-data",
  "ops/readiness.ts checkReadiness": "no-tenant-data",
  "outbox/deliver-outbox.ts deliverOutbox": "system",
  "privacy/erase-case.ts countCaseData": "internal",
  "public/get-home-overview.ts getHomeOverview": "public",
  "public/list-centres.ts listCentres": "public",
  "public/list-centres.ts getCentreBySlug": "public",
  "public/list-privacy-contacts.ts listPrivacyContacts": "public",
  "public/list-privacy-contacts.ts getWelcomeText": "public",
};

const ROOT = process.cwd();
const SERVER = path.join(ROOT, "lib", "server");

function sourceFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "generated") sourceFiles(full, out);
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Exported functions of a file with the text of their parameters. */
function exportedFunctions(file: string): { name: string; params: string }[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: { name: string; params: string }[] = [];
  // an input type of this file with an `actor` member counts as taking the actor (lendWalkIn(input: WalkInInput))
  const withActor = sf.statements
    .filter((st): st is ts.InterfaceDeclaration | ts.TypeAliasDeclaration => ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st))
    .filter((st) => /\bactor\??:/.test(st.getText()))
    .map((st) => st.name.text);
  const mark = (params: string) => (withActor.some((n) => new RegExp(`:\\s*${n}\\b`).test(params)) ? `${params} /* actor */` : params);
  for (const st of sf.statements) {
    if (!(ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))) continue;
    if (ts.isFunctionDeclaration(st) && st.name) out.push({ name: st.name.text, params: mark(st.parameters.map((p) => p.getText()).join(", ")) });
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) {
          out.push({ name: d.name.getText(), params: mark(d.initializer.parameters.map((p) => p.getText()).join(", ")) });
        }
      }
    }
  }
  return out;
}

/**
 * Module-private helpers: they read or write tenant records (full personal data, unit status, reservations) without
 * any access check, so only their own area of lib/server (lib/server/<area>/) may import them; the listed files of
 * other areas call them after their own check.
 */
const MODULE_PRIVATE: Record<string, string[]> = {
  "cases/get-case.ts loadCaseDetail": [],
  "lending/shared.ts changeUnitStatus": [],
  // the desk's walk-in loan locks the unit like a reservation does, after deskCentreIds
  "lending/shared.ts lockUnit": ["desk/lend-walk-in.ts"],
  "lending/shared.ts createReservationRecord": [],
  // a unit back from cleaning or repair goes to the first person waiting (desk, after deskCentreIds)
  "lending/waitlist/offer-returned-unit.ts offerReturnedUnit": ["desk/unit-became-available.ts"],
};

const TAKES_SCOPE = /\bactor\b|\bActor\b|\bSystemActor\b|\bscope\b|\bScope\b/;

describe("scoping in lib/server", () => {
  const dataAccess = sourceFiles(SERVER).filter((f) => /from "@\/lib\/db"/.test(fs.readFileSync(f, "utf8")));
  const functions = dataAccess.flatMap((file) => exportedFunctions(file).map((fn) => ({ key: `${path.relative(SERVER, file).split(path.sep).join("/")} ${fn.name}`, ...fn })));

  it("finds the data-access functions (so the next tests can fail)", () => {
    expect(functions.length).toBeGreaterThan(100);
    expect(functions.filter((f) => TAKES_SCOPE.test(f.params)).length).toBeGreaterThan(50);
  });

  it("every exported data-access function takes an actor or scope, or is listed in UNSCOPED with why", () => {
    const unlisted = functions.filter((f) => !TAKES_SCOPE.test(f.params) && !(f.key in UNSCOPED)).map((f) => `${f.key}(${f.params})`);
    expect(unlisted, "give these an actor (first argument) or list them in UNSCOPED").toEqual([]);
  });

  it("lists nothing in UNSCOPED that no longer exists or now takes a scope", () => {
    const unscoped = new Set(functions.filter((f) => !TAKES_SCOPE.test(f.params)).map((f) => f.key));
    expect(Object.keys(UNSCOPED).filter((k) => !unscoped.has(k))).toEqual([]);
  });

  it("imports internal helpers only inside lib/server, and system jobs only from lib/server and lib/jobs", () => {
    const outside = [...["app", "components", "lib", "scripts", "prisma"].flatMap((d) => sourceFiles(path.join(ROOT, d)))].filter((f) => !f.startsWith(SERVER + path.sep));
    const wrong: string[] = [];
    for (const file of outside) {
      const source = fs.readFileSync(file, "utf8");
      for (const [key, why] of Object.entries(UNSCOPED)) {
        if (why !== "internal" && why !== "system") continue;
        if (why === "system" && file.startsWith(path.join(ROOT, "lib", "jobs") + path.sep)) continue;
        const [modulePath, name] = key.split(" ") as [string, string];
        const specifier = `@/lib/server/${modulePath.replace(/\.tsx?$/, "")}`;
        const imports = new RegExp(`import\\s*(?:type\\s*)?\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*"${specifier.replace(/[/.]/g, "\\$&")}"`);
        if (imports.test(source)) wrong.push(`${path.relative(ROOT, file)} imports ${name} (${why})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("imports module-private helpers only inside their own area of lib/server (loadCaseDetail, lockUnit, ...)", () => {
    const wrong: string[] = [];
    for (const file of [...["app", "components", "lib", "scripts", "prisma", "tests"].flatMap((d) => sourceFiles(path.join(ROOT, d)))]) {
      const from = file.startsWith(SERVER + path.sep) ? path.relative(SERVER, file).split(path.sep).join("/") : path.relative(ROOT, file).split(path.sep).join("/");
      const inServer = file.startsWith(SERVER + path.sep);
      const source = fs.readFileSync(file, "utf8");
      for (const [key, allowed] of Object.entries(MODULE_PRIVATE)) {
        const [modulePath, name] = key.split(" ") as [string, string];
        if ((inServer && from.split("/")[0] === modulePath.split("/")[0]) || allowed.includes(from)) continue;
        const target = modulePath.replace(/\.tsx?$/, "");
        const imports = new RegExp(`import\\s*(?:type\\s*)?\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*"[^"]*${target.split("/").pop()!.replace(/[.-]/g, "\\$&")}"`);
        if (imports.test(source)) wrong.push(`${from} imports ${name} (module-private to lib/server/${modulePath.split("/")[0]})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("knows where the module-private helpers are (so the rule above can fail)", () => {
    for (const key of Object.keys(MODULE_PRIVATE)) {
      const [modulePath, name] = key.split(" ") as [string, string];
      expect(fs.readFileSync(path.join(SERVER, modulePath), "utf8"), key).toMatch(new RegExp(`export (async )?function ${name}\\b`));
    }
  });
});

describe("who makes an actor", () => {
  const ALLOWED_MAKERS = new Set(["lib/auth/actor.ts", "lib/auth/session.ts", "lib/jobs/index.ts", "lib/jobs/handlers.ts", "tests/support/actors.ts"]);
  const files = ["app", "components", "lib", "scripts", "prisma", "tests"].flatMap((d) => sourceFiles(path.join(ROOT, d)));

  it("only lib/auth/session.ts makes a signed-in actor and only lib/jobs a system actor (tests: tests/support/actors.ts)", () => {
    const makers = files
      .filter((f) => /\b(actorFromSession|systemActor)\s*\(/.test(fs.readFileSync(f, "utf8")))
      .map((f) => path.relative(ROOT, f).split(path.sep).join("/"))
      .filter((f) => !ALLOWED_MAKERS.has(f));
    expect(makers).toEqual([]);
  });

  it("nothing casts to Actor", () => {
    const casts = files.filter((f) => !f.endsWith(path.join("lib", "auth", "actor.ts")) && /\bas\s+(Actor|SystemActor)\b/.test(fs.readFileSync(f, "utf8")));
    expect(casts.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});

describe("the permission map", () => {
  it("checks every permission it lists somewhere (an unused permission is removed)", async () => {
    const { PERMISSIONS } = await import("@/lib/auth/permissions");
    const sources = ["app", "lib"].flatMap((d) => sourceFiles(path.join(ROOT, d))).filter((f) => !/lib[/\\]auth[/\\]permissions/.test(f)).map((f) => fs.readFileSync(f, "utf8")).join("\n");
    const unused = [...new Set(Object.values(PERMISSIONS).flat())].filter((p) => !sources.includes(`"${p}"`));
    expect(unused).toEqual([]);
  });
});
