import { describe, expect, it } from "vitest";
import { containsMarkup } from "./markup";
import { submissionFieldsSchema } from "./submission";

describe("containsMarkup", () => {
  it.each([
    ["<script>alert(1)</script>", true],
    ["Mooi <b>vet</b>", true],
    ["</p>", true],
    ["<!-- commentaar -->", true],
    ['<img src=x onerror="alert(1)">', true],
    ["< script >", true],
    ["klik javascript:alert(1)", true],
    ["JaVaScRiPt :void(0)", true],
    ["data:text/html;base64,PHNjcmlwdD4=", true],
    ['foto" onerror=alert(1)', true],
    ["onload = doe()", true],
    ["&lt;script&gt;", true],
    ["&#60;script&#62;", true],
    ["{{constructor.constructor('x')()}}", true],
    ["${process.env}", true],
    ["Een deurbel met camera.", false],
    ["Prijs < 100 euro en > 50 euro", false],
    ["3 < 4", false],
    ["Tom & Jerry BV", false],
    ["R&D-afdeling", false],
    ["Onderhoud = eens per jaar", false],
    ["Het beton = hard", false],
    ["E-mail: info@voorbeeld.nl, website www.voorbeeld.nl", false],
    ["Werkt op 230 V; 50 Hz", false],
    ["Geschikt voor 'binnen' en \"buiten\"", false],
  ])("%j -> %s", (text, expected) => {
    expect(containsMarkup(text)).toBe(expected);
  });
});

describe("submissionFieldsSchema refuses markup in every text field with a Dutch message", () => {
  const good = {
    name: "Slimme deurbel",
    description: "U ziet wie er aanbelt.",
    iso9999Code: "22 27 12",
    supplier: "Voorbeeld BV",
    manufacturer: "",
    contactName: "J. de Vries",
    contactEmail: "info@voorbeeld.nl",
    priceMinEuro: 80,
    priceMaxEuro: 150,
    pricePeriod: "once",
    isMonitoring: true,
    monitoringRecords: "Beelden",
    monitoringWhoSees: "De bewoner",
    monitoringHowToStop: "Uitzetten in de app",
  };
  it("accepts plain text", () => {
    expect(submissionFieldsSchema.safeParse(good).success).toBe(true);
  });
  it.each(["name", "description", "supplier", "manufacturer", "contactName", "monitoringRecords", "monitoringWhoSees", "monitoringHowToStop"])("%s", (field) => {
    const result = submissionFieldsSchema.safeParse({ ...good, [field]: "Hallo <script>alert(1)</script>" });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join(".") === field);
    expect(issue?.message).toBe("Gebruik hier geen HTML-code of script. Schrijf gewone tekst.");
  });
  it.each([
    ["iso9999Code", "99 99", "Geen geldige ISO 9999-code"],
    ["contactEmail", "geen-adres", "Dit is geen geldig e-mailadres."],
    ["priceMaxEuro", 10, "De hoogste prijs is lager dan de laagste prijs."],
    ["monitoringWhoSees", "", "Vul dit in: het product legt iets vast over de gebruiker."],
  ])("%s %j -> Dutch message", (field, value, message) => {
    const result = submissionFieldsSchema.safeParse({ ...good, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path.join(".") === field)?.message).toContain(message);
  });
});
