/**
 * Imported first by the schema modules that client components use. In the browser zod would probe
 * `new Function("")` for its faster JIT parser; under the Content-Security-Policy (no 'unsafe-eval', proxy.ts)
 * that probe is blocked and reported as a violation. The browser only needs the plain parser; the server keeps the JIT.
 */
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
