/** npm run db:migrate | npm run db:seed — on DATABASE_URL, or on the embedded database when it is unset. */
import { ensureDatabase } from "./lib/database";
import { migrateIfNeeded, seedIfEmpty } from "./lib/prepare";

const command = process.argv[2];
const db = await ensureDatabase({ purpose: "app", databaseName: "ttv" });
try {
  await migrateIfNeeded(db.url);
  if (command === "seed") {
    const seeded = await seedIfEmpty(db.url);
    if (!seeded) console.log("De database heeft al gegevens; er is niets toegevoegd.");
  }
  console.log("Klaar.");
} finally {
  await db.stop();
}
