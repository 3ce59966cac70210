/** GET /api/v1/questions — the questionnaire with its codes (documented in lib/api/v1/advice.openapi.ts). */
import { publicQuestionnaire } from "@/lib/api/v1/questions";
import { apiRoute, CACHE_PUBLIC, json, methodNotAllowed, preflight } from "@/lib/api/responses";

const ALLOW = ["GET", "OPTIONS"] as const;

export const GET = apiRoute("GET /api/v1/questions", async () => json(publicQuestionnaire(), { cache: CACHE_PUBLIC }));

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
