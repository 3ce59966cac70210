import "server-only";
import { db } from "@/lib/db";

/** Public: each municipality's contact for privacy questions (set by the municipality on /beheer/instellingen). */
export async function listPrivacyContacts(): Promise<{ name: string; privacyContact: string }[]> {
  const rows = await db.municipality.findMany({ where: { privacyContact: { not: "" } }, orderBy: { name: "asc" }, select: { name: true, privacyContact: true } });
  return rows;
}

/** Public: the welcome text of a municipality (empty when it has none). */
export async function getWelcomeText(slug: string): Promise<string> {
  const row = await db.municipality.findUnique({ where: { slug }, select: { welcomeText: true } });
  return row?.welcomeText ?? "";
}
