/**
 * The shared catalogue from the command line (on DATABASE_URL, or the embedded database when it is unset):
 *
 *   npm run catalogue:import -- <file.json|file.csv> [--dry-run] [--note "why"]   a new DRAFT version (or only the report)
 *   npm run catalogue:export -- --format json|csv [--version N] [--out file]      the published version (or version N)
 *   npm run catalogue:publish -- <N>                                              publish draft N
 *   npm run catalogue:rollback -- <N> [--note "why"]                              publish a new copy of version N
 *   npm run catalogue:versions                                                    list the versions
 *
 * The file format is described in lib/catalogue/exchange.ts. An import with any refused row writes nothing and exits 1.
 * Audit lines name no user (the command line has none) and say `via: "cli"`.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureDatabase } from "./lib/database";
import { migrateIfNeeded, prismaFor } from "./lib/prepare";
import { ExchangeFileError, exportCsv, exportJson, parseExchangeFile } from "../lib/catalogue/exchange";
import { diffVersions, directAudit, exportableProducts, importCatalogue, listVersions, publishDraft, rollbackTo, type AuditSink } from "../lib/catalogue/store";
import type { CatalogueDiff } from "../lib/catalogue/diff";
import type { ImportPlan } from "../lib/catalogue/import-plan";

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    note: { type: "string" },
    format: { type: "string" },
    version: { type: "string" },
    out: { type: "string" },
  },
});

const cliAudit: AuditSink = (tx, event) => directAudit(null)(tx, { ...event, details: { ...(event.details as object), via: "cli" } });

function printDiff(diff: CatalogueDiff): void {
  for (const p of diff.added) console.log(`  + ${p.slug} (${p.name})`);
  for (const p of diff.removed) console.log(`  - ${p.slug} (${p.name})`);
  for (const p of diff.changed) console.log(`  ~ ${p.slug}: ${p.fields.map((f) => f.field).join(", ")}`);
  console.log(`  ${diff.added.length} nieuw, ${diff.changed.length} gewijzigd, ${diff.removed.length} verwijderd, ${diff.unchanged} ongewijzigd`);
}

function printPlan(plan: ImportPlan): void {
  printDiff(plan.diff);
  for (const r of plan.refused) {
    console.log(`  ! rij ${r.row}${r.slug ? ` (${r.slug})` : ""} geweigerd:`);
    for (const reason of r.reasons) console.log(`      ${reason}`);
  }
}

function versionNumber(value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) {
    console.error("Geef het nummer van een versie, bijvoorbeeld: 3");
    process.exit(2);
  }
  return n;
}

const database = await ensureDatabase({ purpose: "app", databaseName: "ttv" });
await migrateIfNeeded(database.url, (s) => console.error(s));
const prisma = prismaFor(database.url);
let exitCode = 0;
try {
  switch (command) {
    case "import": {
      const file = positionals[0];
      if (!file) throw new Error("Geef een bestand: npm run catalogue:import -- catalogus.json [--dry-run]");
      const format = file.toLowerCase().endsWith(".csv") ? "csv" : "json";
      const text = fs.readFileSync(file, "utf8");
      const rows = parseExchangeFile(text, format);
      const outcome = await importCatalogue(prisma, rows, {
        dryRun: values["dry-run"] ?? false,
        note: values.note?.trim() || `Import van ${path.basename(file)}`,
        createdById: null,
        audit: cliAudit,
      });
      console.log(values["dry-run"] ? "Proefimport (er is niets opgeslagen):" : "Import:");
      printPlan(outcome.plan);
      if (!outcome.plan.ok) {
        console.log("Niets opgeslagen: los de geweigerde rijen op en probeer het opnieuw.");
        exitCode = 1;
      } else if (outcome.version) {
        console.log(`Opgeslagen als conceptversie ${outcome.version.number}. Publiceren: npm run catalogue:publish -- ${outcome.version.number}`);
      }
      break;
    }
    case "export": {
      const format = values.format ?? "json";
      if (format !== "json" && format !== "csv") throw new Error("--format is json of csv.");
      const { version, products } = await exportableProducts(prisma, values.version ? versionNumber(values.version) : undefined);
      const body =
        format === "csv" ? exportCsv(products) : exportJson(products, { catalogueVersion: version.number, publishedAt: version.publishedAt, exportedAt: new Date() });
      if (values.out) {
        fs.writeFileSync(values.out, body);
        console.error(`Versie ${version.number} (${products.length} producten) geschreven naar ${values.out}.`);
      } else {
        process.stdout.write(body);
      }
      break;
    }
    case "publish": {
      const result = await publishDraft(prisma, versionNumber(positionals[0]), { createdById: null, audit: cliAudit });
      console.log(`Versie ${result.number} is gepubliceerd${result.previous ? ` (was ${result.previous})` : ""}:`);
      printDiff(result.diff);
      break;
    }
    case "rollback": {
      const result = await rollbackTo(prisma, versionNumber(positionals[0]), { createdById: null, audit: cliAudit, note: values.note });
      console.log(`Versie ${result.number} is gepubliceerd, gelijk aan versie ${positionals[0]}:`);
      printDiff(result.diff);
      break;
    }
    case "versions": {
      for (const v of await listVersions(prisma)) {
        console.log(`${String(v.number).padStart(4)}  ${v.status.padEnd(10)} ${v.productCount} producten  ${v.createdAt.toISOString()}  ${v.note}`);
      }
      break;
    }
    case "diff": {
      printDiff(await diffVersions(prisma, versionNumber(positionals[0]), versionNumber(positionals[1])));
      break;
    }
    default:
      console.error("Gebruik: catalogue import|export|publish|rollback|versions|diff (zie scripts/catalogue.ts)");
      exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof ExchangeFileError || error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.stop();
}
process.exit(exitCode);
