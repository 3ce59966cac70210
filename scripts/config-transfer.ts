/**
 * A municipality's configuration from the command line (on DATABASE_URL, or the embedded database when it is unset):
 *
 *   npm run config:export -- <slug> [--out file.json]     the whole configuration of one municipality as JSON
 *   npm run config:import -- <file.json> [--apply]         dry run: what would be added, changed or removed;
 *                                                          with --apply: do it, in one transaction
 *
 * The file format: lib/server/config-transfer/schema.ts. The municipality is matched by its slug (made when it does
 * not exist), centres by slug, products by slug, people by e-mail address; importing the same file twice changes
 * nothing the second time. New people get an invitation: their one-time codes are printed once. Audit lines name
 * no user (the command line has none) and say `via: "cli"`.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { ensureDatabase } from "./lib/database";
import { migrateIfNeeded, prismaFor } from "./lib/prepare";
import { applyImport, exportConfiguration, ImportRefusedError, planImport, SECTION_LABELS, type ConfigAuditSink, type ImportPlan } from "../lib/server/config-transfer/core";
import { readConfigFile, writeConfigFile, type ConfigProblem } from "../lib/server/config-transfer/schema";
import { formatInvitationCode } from "../lib/invitations/code";

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { apply: { type: "boolean", default: false }, out: { type: "string" } } });

const KIND = { add: "+", change: "~", remove: "-" } as const;

function printProblems(title: string, problems: ConfigProblem[]): void {
  if (!problems.length) return;
  console.log(title);
  for (const p of problems) console.log(`  ${p.path || "(bestand)"}: ${p.message}`);
}

function printPlan(plan: ImportPlan): void {
  console.log(`Gemeente ${plan.name} (${plan.slug})${plan.exists ? "" : " is nieuw"}`);
  if (plan.changes.length === 0) console.log("  Geen verschillen: er verandert niets.");
  for (const section of Object.keys(SECTION_LABELS) as (keyof typeof SECTION_LABELS)[]) {
    const changes = plan.changes.filter((c) => c.section === section);
    if (!changes.length) continue;
    console.log(`  ${SECTION_LABELS[section]}:`);
    for (const c of changes) console.log(`    ${KIND[c.kind]} ${c.item}${c.fields.length ? ` (${c.fields.join(", ")})` : ""}`);
  }
  const n = (k: keyof typeof KIND) => plan.changes.filter((c) => c.kind === k).length;
  console.log(`  ${n("add")} nieuw, ${n("change")} gewijzigd, ${n("remove")} weg`);
  printProblems("Let op:", plan.warnings);
  printProblems("Fouten (er wordt niets opgeslagen):", plan.errors);
}

const cliAudit: ConfigAuditSink = async (tx, event) => {
  await tx.auditEvent.create({ data: { actorId: null, actorKind: "system", action: event.action, entityType: "Municipality", entityId: event.municipalityId, municipalityId: event.municipalityId, details: { ...(event.details as object), via: "cli" } } });
};

if (command !== "export" && command !== "import") {
  console.error("Gebruik: npm run config:export -- <slug> [--out bestand.json]  of  npm run config:import -- <bestand.json> [--apply]");
  process.exit(2);
}
const database = await ensureDatabase({ purpose: "app", databaseName: "ttv" });
await migrateIfNeeded(database.url, (s) => console.error(s));
const prisma = prismaFor(database.url);
let exitCode = 0;
try {
  if (command === "export") {
    const slug = positionals[0];
    if (!slug) throw new Error("Geef de korte naam van de gemeente: npm run config:export -- den-haag");
    const m = await prisma.municipality.findUnique({ where: { slug }, select: { id: true } });
    if (!m) throw new Error(`Er is geen gemeente met de korte naam "${slug}".`);
    const file = await exportConfiguration(prisma, m.id);
    await cliAudit(prisma, { action: "configuration.export", municipalityId: m.id, details: { slug } });
    const text = writeConfigFile(file!);
    if (values.out) {
      fs.writeFileSync(values.out, text);
      console.error(`De configuratie van ${slug} staat in ${values.out}.`);
    } else process.stdout.write(text);
  } else {
    const path = positionals[0];
    if (!path) throw new Error("Geef een bestand: npm run config:import -- den-haag.json [--apply]");
    const read = readConfigFile(fs.readFileSync(path, "utf8"));
    if (!read.ok) {
      printProblems("Het bestand klopt niet (er is niets opgeslagen):", read.problems);
      exitCode = 1;
    } else if (!values.apply) {
      const plan = await planImport(prisma, read.file);
      console.log("Proefimport (er is niets opgeslagen):");
      printPlan(plan);
      if (plan.errors.length) exitCode = 1;
      else if (plan.changes.length) console.log("Opslaan: voeg --apply toe.");
    } else {
      try {
        const result = await applyImport(prisma, read.file, { invitedBy: null, appUrl: process.env.APP_URL ?? "http://localhost:3000", audit: cliAudit });
        console.log("Import opgeslagen:");
        printPlan(result.plan);
        for (const i of result.invitations) console.log(`  Uitnodiging voor ${i.name} <${i.email}>: code ${formatInvitationCode(i.code)} (eenmalig; geldig tot ${i.expiresAt.toISOString().slice(0, 10)}), ${i.link}`);
      } catch (error) {
        if (!(error instanceof ImportRefusedError)) throw error;
        console.log(error.message);
        printPlan(error.plan);
        exitCode = 1;
      }
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.stop();
}
process.exit(exitCode);
