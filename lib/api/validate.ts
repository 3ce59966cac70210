/**
 * Validates input with a zod schema. Messages the schema does not set itself come in Dutch (zod's "nl" locale),
 * so a caller never sees an English default. A failure throws the ZodError; `apiRoute` turns it into a 400
 * with one entry per field path.
 */
import { z } from "zod";

const dutch = z.locales.nl().localeError;

export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data, { error: dutch });
  if (!result.success) throw result.error;
  return result.data;
}
