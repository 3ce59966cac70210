/**
 * A municipality's residents reach its own version at /<slug> (app/[gemeente]). Next.js lets a static top-level
 * route win over the dynamic [gemeente] segment, so a municipality with the slug "advies" would never be reachable:
 * these names can never be a municipality's slug (checked when a municipality is made, lib/schemas/municipality.ts).
 * A unit test (reserved-slugs.test.ts) fails when a new top-level folder in app/ or public/ is missing here.
 */
export const RESERVED_SLUGS: readonly string[] = [
  // app/ top-level routes
  "advies",
  "afbeeldingen",
  "api",
  "balie",
  "beheer",
  "consulent",
  "inloggen",
  "privacy",
  "reserveren",
  "reservering",
  "te-veel-pogingen",
  "toegankelijkheid",
  "uitleenpunten",
  "uitkomst",
  "uitnodiging",
  "verslag",
  "wachtlijst",
  "werkplek",
  "niet-gevonden",
  // public/ folders and files Next serves at the root
  "products",
  "favicon-ico",
  "robots-txt",
  "sitemap-xml",
  // kept free for later top-level pages and for words that would confuse residents
  "thema",
  "logo",
  "gemeente",
  "gemeenten",
  "leveranciers",
  "hulp",
  "contact",
  "static",
  "assets",
  "next",
];

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.includes(slug.trim().toLowerCase());
}
