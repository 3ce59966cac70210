/**
 * Writes one flat pictogram per catalogue product to public/products/<slug>.svg.
 * Run once after adding a product: `npx tsx scripts/gen-product-images.ts`.
 *
 * Style: viewBox 0 0 160 120, four colours (pale blue background, dark navy, orange accent, white),
 * no text inside the picture (the page gives each picture its alt text), each file well under 2 KB.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CATALOGUE } from "../prisma/seed/catalogue";

const BG = "#E6F0FA";
const INK = "#16324F";
const ACC = "#E8702A";
const W = "#FFF";

// Small builders: strokes are round-capped; fills have no stroke unless asked.
const ln = (x1: number, y1: number, x2: number, y2: number, w = 5, c = INK) =>
  `<path d="M${x1} ${y1}L${x2} ${y2}" stroke="${c}" stroke-width="${w}" stroke-linecap="round"/>`;
const st = (d: string, w = 5, c = INK) =>
  `<path d="${d}" fill="none" stroke="${c}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`;
const fp = (d: string, fill = INK, stroke?: string, w = 3) =>
  `<path d="${d}" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="${w}" stroke-linejoin="round"` : ""}/>`;
const rc = (x: number, y: number, w: number, h: number, rx = 0, fill = INK, stroke?: string, sw = 3, extra = "") =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}"${rx ? ` rx="${rx}"` : ""} fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="${sw}"` : ""}${extra}/>`;
const ci = (cx: number, cy: number, r: number, fill = INK, stroke?: string, sw = 3) =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="${sw}"` : ""}/>`;
const floor = (y = 104) => ln(14, y, 146, y, 3);
/** A crescent moon: an orange disc with a background-coloured disc over it. */
const moon = (x: number, y: number, r = 11) => ci(x, y, r, ACC) + ci(x + r * 0.55, y - r * 0.4, r * 0.9, BG);
/** Sound or signal waves opening to the right (dir 1) or left (dir -1). */
const waves = (x: number, y: number, dir = 1, c = ACC, w = 5) =>
  st(`M${x} ${y - 10}q${8 * dir} 10 0 20`, w, c) + st(`M${x + 11 * dir} ${y - 18}q${14 * dir} 18 0 36`, w, c);
const arrowUp = (x: number, y1: number, y2: number, c = ACC) =>
  st(`M${x} ${y1}V${y2}M${x - 12} ${y2 + 12}L${x} ${y2}L${x + 12} ${y2 + 12}`, 7, c);
const showerHead = () =>
  st("M128 8V22H104", 5) + fp("M90 20h26l-5 9H95z") + ln(94, 36, 91, 46, 4, ACC) + ln(103, 36, 103, 47, 4, ACC) + ln(112, 36, 115, 46, 4, ACC);
const toilet = (dx = 0) =>
  rc(36 + dx, 24, 24, 44, 4) + fp(`M${56 + dx} 70H${116 + dx}Q${116 + dx} 94 ${94 + dx} 98L${92 + dx} 104H${66 + dx}L${64 + dx} 96Q${56 + dx} 90 ${56 + dx} 70Z`, W, INK, 4);
const stairs = (s = "M16 104V90H36V76H56V62H76V48H96V34H144V104Z") => fp(s);
const person = (x: number, y: number, s = 1, c = INK) =>
  ci(x, y, 9 * s, c) + fp(`M${x - 14 * s} ${y + 36 * s}Q${x - 14 * s} ${y + 13 * s} ${x} ${y + 13 * s}Q${x + 14 * s} ${y + 13 * s} ${x + 14 * s} ${y + 36 * s}Z`, c);
const pendant = (x = 56) => st(`M${x - 20} 12L${x} 52L${x + 20} 12`, 3) + ci(x, 68, 19) + ci(x, 68, 10, ACC);
const bars = (x: number, ys: number[], widths: number[], h = 8, c = INK) =>
  ys.map((y, i) => rc(x, y, widths[i] ?? widths[0]!, h, h / 2, c)).join("");

const DRAWINGS: Record<string, string> = {
  robotstofzuiger:
    floor() + rc(32, 70, 96, 16) + `<ellipse cx="80" cy="86" rx="48" ry="14" fill="${INK}"/>` +
    `<ellipse cx="80" cy="70" rx="48" ry="14" fill="${W}" stroke="${INK}" stroke-width="4"/>` + ci(80, 68, 6, ACC) +
    ci(20, 96, 2.5) + ci(26, 90, 2) + ci(14, 90, 2),
  "steelstofzuiger-zonder-snoer":
    floor() + ln(108, 16, 76, 90, 6) + ln(98, 14, 118, 18, 7) + ln(97, 38, 88, 58, 16, ACC) + rc(52, 88, 46, 12, 5),
  "stoffer-en-blik-lange-steel":
    floor() + ln(56, 16, 56, 86, 5) + fp("M32 86H80L73 102H39Z", ACC, INK) + ln(108, 16, 108, 80, 5) + rc(94, 78, 28, 24, 3),
  kookplaatbeveiliging:
    rc(26, 80, 108, 26, 2) + rc(26, 68, 108, 14, 3, W, INK, 4) +
    `<ellipse cx="56" cy="75" rx="15" ry="4" fill="none" stroke="${ACC}" stroke-width="3"/><ellipse cx="104" cy="75" rx="15" ry="4" fill="none" stroke="${ACC}" stroke-width="3"/>` +
    rc(58, 12, 44, 18, 6, ACC) + ci(80, 21, 4, W) +
    `<path d="M70 34L60 60M80 34V60M90 34L100 60" stroke="${INK}" stroke-width="3" stroke-dasharray="4 5" stroke-linecap="round"/>`,
  kookwekker:
    ci(80, 66, 36, W, INK, 5) + rc(71, 20, 18, 12, 3) + fp("M80 66L80 38A28 28 0 0 1 104 80Z", ACC) + ci(80, 66, 5) +
    ln(80, 96, 80, 100, 4) + ln(46, 66, 50, 66, 4) + ln(110, 66, 114, 66, 4),
  rookmelder:
    ln(14, 14, 146, 14, 4) + fp("M46 16H114Q114 38 80 38Q46 38 46 16Z", W, INK, 4) + ci(80, 26, 4, ACC) +
    st("M36 22q-8 8 0 16M124 22q8 8 0 16", 4, ACC) +
    st("M62 104q8-10 0-20q-8-10 0-20M80 100q8-10 0-20q-8-10 0-20M98 104q8-10 0-20q-8-10 0-20", 4),
  grijper:
    floor() + ln(40, 30, 106, 86, 6) + st("M22 32L44 26M40 28L46 46", 7) + st("M104 84L124 82M104 88L116 102", 6, ACC) +
    rc(120, 86, 18, 18, 3, W, INK),
  toiletverhoger: floor() + toilet() + rc(53, 55, 66, 14, 4, ACC, INK),
  toiletframe: floor() + toilet(-4) + st("M66 104V52H128V104", 6, ACC) + ln(76, 52, 124, 52, 10, ACC),
  postoel:
    floor() + fp("M62 74H98L94 100H66Z", ACC) + st("M48 30V104M100 74V104M48 48H98V66", 6) + rc(46, 64, 58, 9, 3) +
    moon(128, 30),
  douchestoel: floor() + showerHead() + st("M46 40V104M98 78V104M46 56H94V70", 6) + rc(44, 68, 58, 9, 3),
  douchekruk: floor() + showerHead() + rc(54, 70, 56, 10, 4) + st("M62 80L56 104M102 80L108 104", 6),
  "wandbeugels-badkamer":
    st("M14 34H146M14 64H146M14 94H146M46 8V112M94 8V112", 2, W) + ln(36, 52, 96, 52, 9, ACC) + ci(36, 52, 7) + ci(96, 52, 7) +
    st("M118 28V86H142", 9, ACC) + ci(118, 28, 7) + ci(118, 86, 7) + ci(142, 86, 7),
  "antislipmat-douche":
    fp("M24 100L50 66H136L110 100Z", ACC, INK) +
    [72, 82, 92].map((y, r) => [0, 1, 2, 3, 4, 5, 6].map((i) => ci(56 + i * 12 - r * 7, y, 2.6)).join("")).join("") +
    fp("M60 14q7 11 0 16q-7-5 0-16Z") + fp("M82 24q7 11 0 16q-7-5 0-16Z") + fp("M104 12q7 11 0 16q-7-5 0-16Z"),
  "spons-lange-steel":
    st("M32 106Q56 70 104 42", 7) + `<ellipse cx="116" cy="34" rx="20" ry="13" fill="${ACC}" stroke="${INK}" stroke-width="3" transform="rotate(-30 116 34)"/>` +
    ci(134, 62, 5, W, INK) + ci(144, 50, 3.5, W, INK),
  "nachtlampje-bewegingssensor":
    rc(48, 22, 64, 64, 10, W, INK, 4) + rc(62, 34, 36, 42, 8) + `<ellipse cx="80" cy="70" rx="12" ry="4" fill="${ACC}"/>` +
    ln(80, 92, 80, 108, 5, ACC) + ln(68, 90, 56, 104, 5, ACC) + ln(92, 90, 104, 104, 5, ACC) + moon(28, 26) + waves(120, 54, 1, INK, 3),
  "rollator-binnen":
    floor(108) + st("M56 28L48 96M112 28L120 96M48 28H62M106 28H120M52 80H116", 6) + rc(52, 54, 64, 7, 2, ACC) +
    ci(48, 98, 8) + ci(120, 98, 8),
  "rollator-buiten":
    floor(108) + st("M44 28H58M56 28L62 96M56 34L106 92", 6) + ln(66, 62, 98, 62, 7, ACC) + rc(72, 66, 24, 14, 2, "none", INK) +
    ci(62, 96, 10, W, INK, 5) + ci(108, 94, 12, W, INK, 5) + ci(134, 24, 10, ACC) +
    st("M134 6V10M152 24H148M116 24H120M147 11L144 14M121 11L124 14", 3, ACC),
  wandelstok: floor(108) + st("M76 100V42Q76 22 94 22Q112 22 112 40", 8) + rc(71, 98, 10, 10, 2, ACC),
  "sta-op-stoel":
    rc(34, 94, 84, 10, 3) + `<g transform="rotate(-16 116 90)">` + fp("M34 22a8 8 0 0 1 8-8h6a8 8 0 0 1 8 8V66H108a8 8 0 0 1 8 8V90H34Z") +
    rc(54, 52, 50, 12, 6, W, INK) + `</g>` + arrowUp(140, 88, 30),
  bedbeugel:
    rc(16, 40, 8, 62) + rc(20, 62, 124, 16, 4, W, INK, 4) + rc(20, 78, 124, 8) + ln(138, 86, 138, 102, 6) +
    `<ellipse cx="42" cy="57" rx="15" ry="6" fill="${W}" stroke="${INK}" stroke-width="3"/>` + st("M72 76V34H98V76", 7, ACC),
  "opstahulp-stoel":
    floor() + st("M46 24V104M46 72H108M104 72V104", 6) + rc(50, 50, 56, 12, 5, ACC) + st("M56 68l5-6 5 6 5-6 5 6 5-6 5 6 5-6 5 6", 2) +
    arrowUp(134, 86, 30, INK),
  meubelverhogers: floor() + st("M50 18V84M50 54H106M102 54V84", 6) + rc(40, 84, 24, 20, 3, ACC) + rc(90, 84, 24, 20, 3, ACC),
  trapleuning: stairs() + ln(14, 66, 100, 6, 7, ACC) + st("M26 58V90M66 30V62M96 9V34", 3),
  traplift:
    stairs() + ln(20, 84, 104, 25, 6, ACC) + `<g transform="translate(48 18)">` + rc(0, 0, 9, 32, 3, W, INK) +
    rc(0, 26, 30, 8, 3, W, INK) + st("M24 34L30 46", 4) + `</g>`,
  drempelhulp:
    rc(10, 96, 140, 10) + rc(62, 82, 36, 14, 2) + fp("M34 96L62 82V96Z", ACC) + fp("M98 82L126 96H98Z", ACC) +
    ci(38, 80, 11, W, INK, 5) + st("M58 36H104M92 24L104 36L92 48", 7, INK),
  "bewegingslamp-gang-trap":
    stairs("M68 104V92H88V80H108V68H128V56H148V104Z") + rc(26, 22, 32, 10, 3) + fp("M28 32H56Q56 46 42 46Q28 46 28 32Z", ACC) +
    ci(42, 27, 2.5, W) + ln(42, 54, 42, 70, 5, ACC) + ln(30, 52, 20, 64, 5, ACC) + ln(54, 52, 64, 64, 5, ACC),
  "personenalarm-mantelzorg": pendant() + person(110, 42) + person(136, 52, 0.85) + st("M84 60q-6 8 0 16", 4, ACC),
  "personenalarm-zorgcentrale": pendant() + ci(118, 60, 26, W, INK, 4) + rc(111, 42, 14, 36, 2, ACC) + rc(100, 53, 36, 14, 2, ACC),
  valdetector:
    floor() + ci(58, 44, 9) + st("M66 54L92 80M78 66L62 82M78 66L96 54M92 80L114 76M92 80L100 100", 7) +
    st("M118 18l4 12M134 24l-8 10M140 40l-14 2", 5, ACC),
  "alarmknop-belt-familie": ci(68, 22, 7, "none", INK, 4) + rc(46, 30, 44, 66, 14) + ci(68, 63, 14, ACC) + waves(104, 62),
  sleutelkluis:
    rc(30, 18, 64, 86, 8) +
    [36, 50, 64].map((y) => [44, 58, 72].map((x) => rc(x, y, 9, 9, 2, W)).join("")).join("") + rc(44, 80, 37, 8, 3, ACC) +
    ci(122, 40, 12, "none", ACC, 6) + st("M122 52V100M122 86H132M122 96H130", 6, ACC),
  videodeurbel:
    rc(30, 14, 36, 90, 15) + ci(48, 38, 10, W) + ci(48, 38, 4) + ci(48, 80, 9, ACC) +
    rc(92, 22, 46, 80, 8, W, INK, 4) + person(115, 46, 0.9),
  kierstandhouder:
    rc(26, 8, 10, 104) + fp("M50 10L104 20V100L50 110Z", W, INK, 4) + rc(30, 54, 38, 9, 3, ACC) + ci(94, 62, 5) + person(132, 44, 0.8),
  "intercom-deuropener":
    rc(20, 22, 44, 74, 8) + st("M30 36H54M30 44H54M30 52H54", 3, W) + ci(42, 76, 10, ACC) +
    rc(96, 14, 46, 92) + fp("M96 14L126 22V98L96 106Z", W, INK) + st("M72 58q12-14 20 0", 4, ACC),
  "gps-tracker":
    st("M6 92L154 62M46 6L78 114M110 6L150 114", 9) +
    fp("M96 14a21 21 0 0 1 21 21c0 15-21 36-21 36s-21-21-21-36a21 21 0 0 1 21-21z", ACC, INK) + ci(96, 35, 7, W),
  leefstijlmonitoring:
    st("M22 58L80 16L138 58", 6) + rc(34, 54, 92, 52, 0, W, INK, 5) + ln(80, 56, 80, 104, 4) + rc(94, 76, 18, 28) +
    rc(42, 62, 12, 12, 2, ACC) + st("M58 62q6 6 0 12", 3, ACC) + rc(94, 66, 18, 6, 2, ACC) + rc(62, 88, 10, 10, 2, ACC),
  medicijndispenser:
    rc(38, 18, 84, 84, 22, W, INK, 5) + ci(80, 40, 8, ACC) + rc(56, 66, 48, 18, 4) +
    `<ellipse cx="72" cy="75" rx="6" ry="4" fill="${ACC}"/><ellipse cx="88" cy="75" rx="6" ry="4" fill="${ACC}"/>` + waves(130, 34, 1, INK, 3),
  "pillendoos-alarm":
    rc(16, 58, 128, 36, 6) + [0, 1, 2, 3, 4, 5, 6].map((i) => rc(20 + i * 18, 64, 14, 24, 2, W)).join("") +
    [0, 1, 2].map((i) => ci(27 + i * 18, 78, 4, ACC)).join("") +
    fp("M68 46Q68 20 80 20Q92 20 92 46Z", ACC) + ci(80, 48, 4, ACC) + st("M58 24l-6-4M102 24l6-4M56 38h-8M104 38h8", 3),
  "medicijnwekker-app":
    rc(54, 10, 52, 100, 9) + rc(60, 20, 40, 78, 3, W) + rc(66, 52, 28, 12, 6, ACC, undefined, 3, ` transform="rotate(-30 80 58)"`) +
    ci(104, 14, 7, ACC) + waves(116, 54),
  kalenderklok:
    rc(20, 16, 120, 88, 8) + rc(28, 24, 104, 72, 4, W) + ci(50, 44, 8, ACC) +
    st("M50 30v4M50 54v4M36 44h4M60 44h4", 3, ACC) + bars(72, [36, 50], [50, 34]) + rc(40, 70, 80, 16, 5),
  "sprekende-klok":
    ci(62, 60, 38, W, INK, 6) + st("M62 60V34M62 60L80 70", 5) + ci(62, 60, 4) + ln(62, 92, 62, 94, 4) + ln(30, 60, 32, 60, 4) +
    waves(112, 60),
  "digitale-dagplanner":
    rc(30, 10, 100, 100, 8) + rc(38, 18, 84, 84, 2, W) + rc(40, 46, 80, 26, 5, ACC) +
    [24, 52, 80].map((y) => ci(52, y + 7, 6) + rc(64, y + 4, 46, 7, 3.5)).join(""),
  "spraakherinnering-voordeur":
    rc(22, 14, 56, 94, 2) + rc(34, 24, 32, 20, 2, W) + ci(68, 66, 4, W) +
    fp("M92 18H142a6 6 0 0 1 6 6V56a6 6 0 0 1-6 6H114L102 76V62H92a6 6 0 0 1-6-6V24a6 6 0 0 1 6-6Z", ACC) +
    st("M98 32H136M98 46H124", 5, W) + rc(84, 88, 18, 12, 3),
  "beeldbel-tablet":
    rc(22, 12, 116, 90, 9) + rc(30, 20, 100, 74, 3, W) + person(78, 42, 1.3) + ci(116, 80, 10, ACC),
  "fotolijst-beeldbellen":
    rc(16, 10, 128, 84, 6) + rc(26, 20, 108, 64, 0, W) + fp("M26 84L60 46L82 68L98 54L134 84Z") + ci(112, 36, 8, ACC) +
    ci(80, 106, 9, ACC),
  "telefoon-grote-toetsen":
    fp("M22 100L34 54H126L138 100Z") + fp("M26 42Q26 28 40 28H120Q134 28 134 42V48H112V42H48V48H26Z") +
    [48, 71, 94].map((x) => rc(x, 62, 18, 12, 2, ACC)).join("") + [44, 71, 98].map((x) => rc(x, 80, 18, 12, 2, W)).join(""),
  "mobiele-telefoon-sos":
    rc(52, 8, 56, 104, 12) + rc(60, 16, 40, 30, 3, W) +
    [54, 66, 78].map((y) => [62, 76, 90].map((x) => rc(x, y, 9, 8, 2, W)).join("")).join("") + ci(80, 99, 7, ACC) +
    waves(118, 30),
  "deurbel-flitslicht":
    fp("M58 84Q58 40 80 36Q102 40 102 84Z") + rc(52, 82, 56, 9, 4) + ci(80, 96, 6) + ci(80, 32, 5) +
    st("M40 48L24 40M36 70H18M120 48L136 40M124 70H142M56 22L48 10M104 22L112 10", 7, ACC),
  "signaleringssysteem-slechthorenden":
    fp("M26 54Q26 26 48 26Q70 26 70 54Z", ACC) + rc(22, 54, 52, 10, 3) + st("M48 16V8M22 34l-8-5M74 34l8-5", 4) +
    rc(78, 62, 70, 30, 14, W, INK, 4) + rc(92, 92, 42, 10, 3, ACC) + st("M86 104l-5-5 5-5M140 104l5-5-5-5", 3),
  "loep-met-licht":
    ln(90, 76, 126, 108, 13) + ci(64, 52, 32, W, INK, 8) + ci(64, 52, 7, ACC) +
    st("M64 34V40M64 64V70M46 52H52M76 52H82M52 40l4 4M76 40l-4 4M52 64l4-4M76 64l-4-4", 3, ACC),
  "elektronische-loep":
    rc(18, 72, 124, 40, 2, W, INK) + st("M26 82H134M26 90H134M26 98H134M26 106H110", 2) +
    rc(42, 12, 76, 54, 8) + rc(48, 18, 64, 42, 2, W) + bars(54, [26, 42], [52, 36], 10),
  beeldschermloep:
    rc(30, 8, 100, 64, 5) + rc(36, 14, 88, 52, 2, W) + bars(44, [22, 40], [70, 50], 12) + ln(80, 72, 80, 96, 8) +
    rc(48, 88, 64, 8, 0, W, INK) + rc(28, 98, 104, 8, 3),
  "leeslamp-daglicht":
    fp("M82 40L106 56L140 98H72Z", ACC) + `<ellipse cx="34" cy="102" rx="18" ry="5" fill="${INK}"/>` +
    st("M34 100L48 54L86 30", 6) + fp("M80 20L114 44L106 56L74 34Z") +
    fp("M72 96Q88 88 104 96Q120 88 136 96V106Q120 98 104 106Q88 98 72 106Z", W, INK),
  "daisy-speler":
    st("M42 40V28H94V40", 6) + rc(14, 40, 108, 60, 10) + ci(40, 70, 11, ACC) + ci(68, 70, 11, W) + ci(96, 70, 11, W) +
    waves(130, 70),
};

function svg(inner: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 120"><rect width="160" height="120" rx="10" fill="${BG}"/>${inner}</svg>\n`;
}

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "public", "products");
mkdirSync(outDir, { recursive: true });

const missing = CATALOGUE.filter((p) => !(p.slug in DRAWINGS)).map((p) => p.slug);
if (missing.length > 0) throw new Error(`Geen tekening voor: ${missing.join(", ")}`);
const unused = Object.keys(DRAWINGS).filter((slug) => !CATALOGUE.some((p) => p.slug === slug));
if (unused.length > 0) console.warn(`Tekening zonder product (niet geschreven): ${unused.join(", ")}`);

for (const product of CATALOGUE) {
  const text = svg(DRAWINGS[product.slug]!);
  if (Buffer.byteLength(text) >= 2048) throw new Error(`${product.slug}.svg is te groot (${Buffer.byteLength(text)} bytes)`);
  writeFileSync(path.join(outDir, `${product.slug}.svg`), text);
}
console.log(`${CATALOGUE.length} plaatjes geschreven naar ${path.relative(process.cwd(), outDir)}`);
