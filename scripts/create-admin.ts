/**
 * npm run admin:create [-- --email beheer@example.nl] [--name "Naam"]
 * Makes an invitation for a new PLATFORM administrator (for a fresh production database) and prints the one-time code
 * and the link once. The person opens the link, fills in the code and chooses their own password: there is never a
 * default password. Uses DATABASE_URL (or the embedded database of `npm start` when it is unset; stop the app first).
 */
import readline from "node:readline/promises";
import { z } from "zod";
import { ensureDatabase } from "./lib/database";
import { migrateIfNeeded, prismaFor } from "./lib/prepare";
import { formatInvitationCode } from "../lib/invitations/code";
import { CreateAdminError, createPlatformAdminInvitation } from "../lib/invitations/create-platform-admin";
import { emailSchema, personNameSchema } from "../lib/schemas/people";

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

async function ask(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

const rawEmail = option("email") ?? (await ask("E-mailadres van de nieuwe platformbeheerder: "));
const email = emailSchema.safeParse(rawEmail);
if (!email.success) {
  console.error(email.error.issues[0]?.message ?? "Dit is geen e-mailadres.");
  process.exit(1);
}
const name = personNameSchema.safeParse(option("name") ?? "Platformbeheerder");
if (!name.success) {
  console.error(`Naam: ${name.error.issues[0]?.message}`);
  process.exit(1);
}
const appUrl = z.url().safeParse(process.env.APP_URL ?? "http://localhost:3000");
if (!appUrl.success) {
  console.error("APP_URL is geen geldige URL.");
  process.exit(1);
}

const database = await ensureDatabase({ purpose: "app", databaseName: "ttv" });
let exitCode = 0;
try {
  await migrateIfNeeded(database.url);
  const client = prismaFor(database.url);
  try {
    const issued = await createPlatformAdminInvitation(client, { email: email.data, name: name.data, appUrl: appUrl.data });
    console.log("");
    console.log(`Uitnodiging gemaakt voor ${email.data} (platformbeheerder).`);
    console.log(`Eenmalige code: ${formatInvitationCode(issued.code)}`);
    console.log(`Link:           ${issued.link}`);
    console.log(`Geldig tot:     ${issued.expiresAt.toISOString()}`);
    console.log("");
    console.log("Geef de code alleen aan deze persoon. Hij wordt niet bewaard en niet nog een keer getoond.");
  } finally {
    await client.$disconnect();
  }
} catch (error) {
  if (error instanceof CreateAdminError) {
    console.error(error.message);
    exitCode = 1;
  } else throw error;
} finally {
  await database.stop();
}
process.exit(exitCode);
