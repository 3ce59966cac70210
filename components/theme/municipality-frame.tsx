import Link from "next/link";
import { headers } from "next/headers";
import type { MunicipalityLook } from "@/lib/server/theme/public-look";
import { themeCssVariables } from "@/lib/theme/theme";
import { DocumentTheme } from "./document-theme";

/**
 * Wraps resident pages of one municipality: its theme as CSS custom properties (on this element, and in a <style>
 * with the request's CSP nonce that sets them on <html> from the first paint, so header, footer and background follow
 * without a flash; DocumentTheme keeps them right during client-side navigation) and a line with its logo and name,
 * also on paper. The values were validated on the server (lib/theme/theme.ts: colours, safe fonts, pixel radii only).
 * Without a chosen theme and logo nothing changes: the default look.
 */
export async function MunicipalityFrame({ look, children }: { look: MunicipalityLook; children: React.ReactNode }) {
  if (!look.themed && !look.logo) return <>{children}</>;
  const vars = look.themed ? themeCssVariables(look.theme) : {};
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const rootCss = `:root{${Object.entries(vars)
    .map(([name, value]) => `${name}:${value}`)
    .join(";")}}`;
  return (
    <div data-gemeente={look.slug} style={vars as React.CSSProperties} className="text-ink">
      {look.themed ? <style nonce={nonce}>{rootCss}</style> : null}
      {look.themed ? <DocumentTheme vars={vars} /> : null}
      <p className="mb-6 sm:mb-8">
        <Link href={`/${look.slug}`} className="inline-flex min-h-11 flex-wrap items-center gap-3 font-semibold text-brand-800 no-underline hover:underline">
          {look.logo ? (
            <img src={look.logo.src} alt={look.logo.alt} width={look.logo.width} height={look.logo.height} className="h-auto max-h-16 w-auto max-w-full" data-testid="gemeente-logo" />
          ) : null}
          <span>Gemeente {look.name}</span>
        </Link>
      </p>
      {children}
    </div>
  );
}
