import { describe, expect, it } from "vitest";
import { DEFAULT_THEME, PRESETS, checkContrast, contrastFailureText, readTheme, themeCssVariables, themeSchema } from "./theme";
import { parseColor, parseFont, parseRadius, parseTokenFile } from "./tokens";

describe("parseColor", () => {
  it.each([
    ["#ABC", "#aabbcc"],
    ["#0a564f", "#0a564f"],
    [" #FFFFFF ", "#ffffff"],
    ["rgb(10, 86, 79)", "#0a564f"],
    ["rgb(10 86 79)", "#0a564f"],
  ])("%j -> %s", (input, hex) => expect(parseColor(input)).toBe(hex));
  it.each([
    ["named colour", "red"],
    ["url()", "url(https://evil.example/x.png)"],
    ["javascript url", "url(javascript:alert(1))"],
    ["expression()", "expression(alert(1))"],
    ["closing the declaration", "#fff;} body { background: url(x) }"],
    ["var()", "var(--other)"],
    ["rgb out of range", "rgb(256, 0, 0)"],
    ["rgba", "rgba(0,0,0,0.5)"],
    ["hex with alpha", "#00000080"],
    ["calc", "calc(1px + 2px)"],
    ["number", 12],
    ["object", { r: 1 }],
    ["newline escape", "#fff\n;color:red"],
    ["css escape", "\\23 fff"],
  ])("refuses %s", (_name, input) => expect(parseColor(input)).toBeNull());
});

describe("parseFont and parseRadius", () => {
  it.each([
    ["Arial, sans-serif", "arial"],
    ['"Verdana", Geneva', "verdana"],
    ["Georgia", "georgia"],
    ["system-ui, sans-serif", "systeem"],
    ["Comic Sans MS", null],
    ["url(https://fonts.example/x.woff2)", null],
    ["Arial; } body { display:none", null],
  ])("font %j -> %s", (v, key) => expect(parseFont(v)).toBe(key));
  it.each([
    ["4px", 4],
    ["0.25rem", 4],
    ["0", 0],
    [8, 8],
    ["24px", 24],
    ["25px", null],
    ["-1px", null],
    ["4em", null],
    ["calc(4px)", null],
  ])("radius %j -> %s", (v, px) => expect(parseRadius(v)).toBe(px));
});

describe("parseTokenFile", () => {
  it("reads the NL Design System shape with value and $value, ignores tokens the app does not use", () => {
    const file = {
      denhaag: {
        button: { "primary-action": { "background-color": { value: "#154273" }, color: { $value: "#ffffff" } } },
        document: { color: { value: "rgb(27, 31, 35)" }, "background-color": { value: "#fff" }, "font-family": { value: "Verdana, sans-serif" } },
        link: { color: { value: "{denhaag.color.blue.700}" } },
        focus: { "outline-color": { $value: "#c2410c", $type: "color" } },
        color: { blue: { "700": { value: "#154273" } } },
        heading: { "font-weight": { value: "700" } },
      },
    };
    const result = parseTokenFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.theme.colors).toMatchObject({ primary: "#154273", buttonText: "#ffffff", text: "#1b1f23", background: "#ffffff", link: "#154273", focus: "#c2410c" });
    expect(result.theme.colors.subtle).toBe(DEFAULT_THEME.colors.subtle); // not given: the default
    expect(result.theme.font).toBe("verdana");
    expect(result.theme.source).toBe("eigen");
    expect(result.ignored).toBe(2); // the blue scale and the heading weight
  });

  it("also reads the app's own short names", () => {
    const result = parseTokenFile(JSON.stringify({ ttv: { color: { primary: { value: "#5a2a82" }, subtle: { value: "#f2ecf7" } }, "border-radius": { value: "2px" } } }));
    expect(result.ok && result.theme.colors.primary).toBe("#5a2a82");
    expect(result.ok && result.theme.radiusPx).toBe(2);
  });

  it.each([
    ["not JSON", "{nope", /geen geldig JSON/],
    ["an array", "[]", /JSON-object/],
    ["no known token", JSON.stringify({ a: { b: { value: "#fff" } } }), /geen enkel token/],
    ["url() as colour", JSON.stringify({ x: { link: { color: { value: "url(https://evil.example)" } } } }), /x\.link\.color.*geen kleur/],
    ["injection through the colour", JSON.stringify({ x: { document: { color: { value: "#000;} html{background:url(//evil)" } } } }), /geen kleur/],
    ["injection through the font", JSON.stringify({ x: { document: { "font-family": { value: "Arial;}*{display:none" } } } }), /lettertype/],
    ["a dangling reference", JSON.stringify({ x: { link: { color: { value: "{x.nothing}" } } } }), /geen kleur/],
    ["a reference loop", JSON.stringify({ x: { link: { color: { value: "{x.link.color}" } } } }), /geen kleur/],
    ["too deep", JSON.stringify(Array.from({ length: 20 }).reduce<object>((acc) => ({ a: acc }), { value: "#fff" })), /te diep/],
    ["too big", JSON.stringify({ x: { pad: { value: "a".repeat(300_000) } } }), /te groot/],
  ])("refuses %s", (_name, text, message) => {
    const result = parseTokenFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(" ")).toMatch(message);
  });
});

describe("theme", () => {
  it.each(PRESETS.map((p) => [p.key, p.theme] as const))("preset %s is valid and passes every contrast check", (_key, theme) => {
    expect(themeSchema.safeParse(theme).success).toBe(true);
    expect(checkContrast(theme).filter((c) => !c.ok)).toEqual([]);
  });

  it.each([
    ["light grey text", { text: "#999999" }, "tekst op de achtergrond", 4.5],
    ["yellow links", { link: "#ffcc00" }, "links op een wit vlak", 4.5],
    ["white text on a light button", { primary: "#7fb3ff" }, "knoptekst op de knop", 4.5],
    ["pale focus ring", { focus: "#dddddd" }, "focusrand op een wit vlak", 3],
    ["dark background", { background: "#222222" }, "tekst op de achtergrond", 4.5],
    ["a background too dark for the grey hints", { background: "#aaaaaa", text: "#000000" }, "grijze hulptekst op de achtergrond", 4.5],
  ])("%s fails with a Dutch message naming the pair and the ratio", (_name, colors, label, minimum) => {
    const theme = { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, ...colors } };
    const failing = checkContrast(theme).filter((c) => !c.ok);
    const check = failing.find((c) => c.label === label);
    expect(check).toBeDefined();
    expect(check!.minimum).toBe(minimum);
    expect(check!.ratio).toBeLessThan(minimum);
    expect(contrastFailureText(check!)).toMatch(new RegExp(`${label}.*\\d+(,\\d+)? : 1.*minimaal ${String(minimum).replace(".", ",")} : 1`));
  });

  it("refuses stored values that are not a theme (and reads them as the default)", () => {
    for (const bad of [null, {}, { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, text: "red" } }, { ...DEFAULT_THEME, extra: 1 }, { ...DEFAULT_THEME, font: "comic" }]) {
      expect(themeSchema.safeParse(bad).success).toBe(false);
      expect(readTheme(bad)).toEqual(DEFAULT_THEME);
    }
  });

  it("turns a theme into CSS custom properties with safe values only", () => {
    const vars = themeCssVariables(DEFAULT_THEME);
    expect(vars["--color-brand-700"]).toBe("#0a564f");
    expect(vars["--ttv-focus"]).toBe("#1a4fd6");
    for (const value of Object.values(vars)) expect(value).not.toMatch(/[;{}]|url\(|expression/i);
  });
});
