/** Direct database access for the admin specs' setup (a case to erase, the newest session of a user). */
import { randomInt, randomUUID } from "node:crypto";
import pg from "pg";

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const ALPHABET = "23456789BCDFGHJKMNPQRSTVWXYZ";

/** A reference like the app makes (8 characters, no look-alike letters). */
export function newReference(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/**
 * A Den Haag conversation with two notes, a step and a questionnaire, created straight in the database (as the
 * consultant's workspace would have stored it). Returns its reference.
 */
export async function insertDenHaagCase(): Promise<{ id: string; reference: string }> {
  const [row] = await query<{ municipalityId: string; consultantId: string }>(
    `SELECT m.id AS "municipalityId", u.id AS "consultantId"
       FROM "Municipality" m JOIN "User" u ON u."municipalityId" = m.id
      WHERE m.slug = 'den-haag' AND u.email = 'consulent@denhaag.demo'`,
  );
  if (!row) throw new Error("demo data missing: Den Haag consultant");
  const id = randomUUID();
  const reference = newReference();
  const eraseAfter = new Date(Date.now() + 90 * 86_400_000);
  await query(
    `INSERT INTO "Case" (id, reference, "municipalityId", "consultantId", "residentName", "residentContact", "eraseAfter", "updatedAt")
     VALUES ($1, $2, $3, $4, 'Meneer E2E Wissen', '06 0000 1111', $5, now())`,
    [id, reference, row.municipalityId, row.consultantId, eraseAfter],
  );
  for (const text of ["Wil graag een nachtlampje proberen.", "Zoon helpt met installeren."]) {
    await query(`INSERT INTO "CaseNote" (id, "caseId", topic, text, "updatedAt") VALUES ($1, $2, 'algemeen', $3, now())`, [randomUUID(), id, text]);
  }
  await query(`INSERT INTO "CaseStep" (id, "caseId", text, who) VALUES ($1, $2, 'Lampje ophalen bij de Leyweg', 'Zoon')`, [randomUUID(), id]);
  await query(`INSERT INTO "Consent" (id, purpose, "textVersion", given, "caseId") VALUES ($1, 'case', 'e2e', true, $2)`, [randomUUID(), id]);
  await query(
    `INSERT INTO "Assessment" (id, code, "municipalityId", answers, together, "caseId", "eraseAfter", "updatedAt")
     VALUES ($1, $2, $3, '{"difficulties":[],"context":{}}', 'consultant', $4, $5, now())`,
    [randomUUID(), `CASE${newReference()}${newReference()}`, row.municipalityId, id, eraseAfter],
  );
  return { id, reference };
}

/** The id of the newest active session of a user. */
export async function newestSessionOf(email: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    `SELECT s.id FROM "Session" s JOIN "User" u ON u.id = s."userId"
      WHERE u.email = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now()
      ORDER BY s."createdAt" DESC LIMIT 1`,
    [email],
  );
  if (!row) throw new Error(`no active session for ${email}`);
  return row.id;
}

/**
 * Removes a municipality made by a test, with everything that hangs on it, so later specs see only the demo data
 * (the home page names the municipalities that take part).
 */
export async function deleteMunicipality(slug: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    const [m] = (await client.query<{ id: string }>(`SELECT id FROM "Municipality" WHERE slug = $1`, [slug])).rows;
    if (!m) {
      await client.query("ROLLBACK");
      return;
    }
    const users = `SELECT id FROM "User" WHERE "municipalityId" = $1`;
    const invited = `SELECT email FROM "Invitation" WHERE "municipalityId" = $1`;
    await client.query(`DELETE FROM "OutboxMessage" WHERE kind = 'invitation' AND "toAddress" IN (${invited})`, [m.id]);
    await client.query(`DELETE FROM "Invitation" WHERE "municipalityId" = $1`, [m.id]);
    await client.query(`DELETE FROM "AuditEvent" WHERE "municipalityId" = $1 OR "actorId" IN (${users})`, [m.id]);
    await client.query(`DELETE FROM "SettingChange" WHERE "municipalityId" = $1`, [m.id]);
    await client.query(`DELETE FROM "Assessment" WHERE "municipalityId" = $1`, [m.id]);
    await client.query(`DELETE FROM "User" WHERE "municipalityId" = $1`, [m.id]);
    await client.query(`DELETE FROM "LendingCentre" WHERE "municipalityId" = $1`, [m.id]);
    await client.query(`DELETE FROM "Municipality" WHERE id = $1`, [m.id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
