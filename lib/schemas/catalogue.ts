/** zod schemas for the catalogue editor (/beheer/catalogus). */
import "@/lib/schemas/zod-setup";
import { z } from "zod";

/** A catalogue version number from a form or the address bar. */
export const versionNumberSchema = z.coerce
  .number({ error: "Onbekende versie." })
  .int({ error: "Onbekende versie." })
  .min(1, { error: "Onbekende versie." })
  .max(1_000_000, { error: "Onbekende versie." });
