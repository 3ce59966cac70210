/**
 * Issue 12: a resident reserves in Arabic (right to left) and in Turkish at 320 px, chosen with a shareable link
 * (?taal=): the reserve page, the form's errors, the confirmation and the status page speak the language, axe is
 * clean on every page, no Dutch word of the app is left, and the confirmation message is queued in that language.
 * The catalogue's own data (product name and description, centre name and address) is Dutch and is left out of the
 * Dutch-word check.
 */
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/axe";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

interface Stock {
  product: string;
  productName: string;
  description: string;
  centre: string;
  centreName: string;
  street: string;
  city: string;
}

/** A product that records nothing, free (at least 2) at a centre; `skip` picks another one for the second language. */
async function pickFree(skip: number): Promise<Stock> {
  const rows = await query<Stock>(
    `SELECT p.slug AS product, p.name AS "productName", p."shortDescription" AS description, c.slug AS centre, c.name AS "centreName", c.street, c.city
       FROM "LendingUnit" u
       JOIN "Product" p ON p.id = u."productId"
       JOIN "LendingCentre" c ON c.id = u."centreId"
      WHERE u.status <> 'RETIRED' AND p.lendable AND p.active AND NOT p."isMonitoring"
      GROUP BY p.slug, p.name, p."shortDescription", c.slug, c.name, c.street, c.city
     HAVING count(*) FILTER (WHERE u.status = 'AVAILABLE') >= 2
      ORDER BY p.slug DESC, c.slug
      OFFSET $1 LIMIT 1`,
    [skip],
  );
  if (!rows[0]) throw new Error("De demodata heeft geen product dat nu vrij is.");
  return rows[0];
}

/** Words of the app's Dutch texts that must not be on these pages in another language. */
const DUTCH_WORDS = [
  "Uw", "uw", "reserveren", "Reserveren", "reservering", "Reservering", "ophalen", "Ophalen", "Openingstijden", "openingstijden",
  "Toestemming", "toestemming", "wachtlijst", "Wachtlijst", "hulpmiddel", "Gelukt", "bewaren", "Telefoon", "Telefoonnummer",
  "Naam", "tussen", "uur", "weken", "lenen", "Kijk", "akkoord", "gegevens", "maandag", "dinsdag", "woensdag", "donderdag",
  "vrijdag", "zaterdag", "zondag", "Bij", "Nu vrij", "Wat", "Status", "Lenen", "annuleren", "Annuleer", "code",
];

async function expectNoDutch(page: Page, stock: Stock, context: string): Promise<void> {
  let text = await page.locator("main").innerText();
  for (const data of [stock.description, stock.productName, stock.centreName, stock.street, stock.city]) text = text.split(data).join(" ");
  const found = DUTCH_WORDS.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, "u").test(text));
  expect(found, `Nederlandse woorden op ${context}`).toEqual([]);
}

const LANGUAGES = [
  {
    code: "ar" as const,
    dir: "rtl",
    skip: 0,
    // Dutch names inside an Arabic sentence are bidi-isolated (U+2068 … U+2069), so they keep their order
    title: (product: string) => `حجز \u2068${product}\u2069`,
    name: "اسمك",
    phone: "رقم الهاتف",
    reserve: "احجز",
    checkTitle: "راجع هذا من فضلك",
    needConsent: "ضع علامة في المربع إذا كنت موافقًا",
    needContact: "اكتب رقم هاتف أو عنوان بريد إلكتروني",
    agree: "أوافق على حفظ بياناتي بهذه الطريقة.",
    done: "تم! لقد حجزت.",
    pageTitle: "حجزك",
    status: "محجوز. الأداة المساعدة جاهزة لك.",
    sms: "رمزك:",
  },
  {
    code: "tr" as const,
    dir: "ltr",
    skip: 1,
    title: (product: string) => `${product} rezerve edin`,
    name: "Adınız",
    phone: "Telefon numarası",
    reserve: "Rezerve et",
    checkTitle: "Lütfen bunları kontrol edin",
    needConsent: "Kabul ediyorsanız kutuyu işaretleyin",
    needContact: "Bir telefon numarası veya e-posta adresi yazın",
    agree: "Bilgilerimin bu şekilde saklanmasını kabul ediyorum.",
    done: "Oldu! Rezervasyon yaptınız.",
    pageTitle: "Rezervasyonunuz",
    status: "Rezerve edildi. Yardımcı araç sizin için hazır.",
    sms: "Kodunuz:",
  },
];

for (const lang of LANGUAGES) {
  test(`a resident reserves in ${lang.code} at 320 px: form, errors, confirmation and status page in ${lang.code}`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 320, height: 800 });
    const stock = await pickFree(lang.skip);

    await page.goto(`/reserveren/${stock.product}/${stock.centre}?taal=${lang.code}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang.code);
    await expect(page.locator("html")).toHaveAttribute("dir", lang.dir);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.title(stock.productName));
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, `${lang.code}: reserveren`);
    await expectNoDutch(page, stock, `${lang.code}: reserveren`);
    if (lang.code === "ar") await page.screenshot({ path: testInfo.outputPath("reserveren-ar-320.png"), fullPage: true });

    // no phone or e-mail, no consent: the zod errors come back in the resident's language
    await page.getByRole("radio").first().check();
    await page.getByLabel(lang.name).fill(lang.code === "ar" ? "فاطمة" : "Ayşe Yılmaz");
    await page.getByRole("button", { name: lang.reserve }).click();
    await expect(page.getByRole("heading", { name: lang.checkTitle })).toBeVisible();
    await expect(page.getByText(lang.needConsent).first()).toBeVisible();
    await expect(page.getByText(lang.needContact).first()).toBeVisible();
    await expectNoAxeViolations(page, `${lang.code}: reserveren met fouten`);
    await expectNoDutch(page, stock, `${lang.code}: reserveren met fouten`);

    await page.getByRole("radio").first().check();
    await page.getByLabel(lang.phone).fill("06 1234 5678");
    await page.getByLabel(lang.agree).check();
    await page.getByRole("button", { name: lang.reserve }).click();

    await expect(page).toHaveURL(/\/reservering\/[0-9A-Z]{8}\?nieuw=1$/);
    await expect(page.getByText(lang.done)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.pageTitle);
    await expect(page.getByText(lang.status)).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", lang.dir);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, `${lang.code}: reservering (nieuw)`);
    await expectNoDutch(page, stock, `${lang.code}: reservering`);
    if (lang.code === "ar") await page.screenshot({ path: testInfo.outputPath("reservering-ar-320.png"), fullPage: true });

    // stored with the reservation, and the confirmation text message is queued in the same language
    const reference = new URL(page.url()).pathname.split("/").pop()!;
    const [row] = await query<{ locale: string; body: string }>(
      `SELECT r.locale, o.body FROM "Reservation" r JOIN "OutboxMessage" o ON o."reservationId" = r.id AND o.kind = 'reservation_confirmation' WHERE r.reference = $1`,
      [reference],
    );
    expect(row?.locale).toBe(lang.code);
    expect(row?.body).toContain(lang.sms);
    expect(row?.body).toContain(`taal=${lang.code}`);

    // the status page again later, through the code form, in the same language (the cookie keeps it)
    await page.goto(`/reservering/${reference}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.pageTitle);
    await expectNoAxeViolations(page, `${lang.code}: reservering`);
    await expectNoDutch(page, stock, `${lang.code}: reservering later`);
  });
}

test("with nothing free, a resident joins the waiting list in Turkish at 320 px", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 800 });
  const [stock] = await query<Stock>(
    `SELECT p.slug AS product, p.name AS "productName", p."shortDescription" AS description, c.slug AS centre, c.name AS "centreName", c.street, c.city
       FROM "LendingUnit" u
       JOIN "Product" p ON p.id = u."productId"
       JOIN "LendingCentre" c ON c.id = u."centreId"
      WHERE u.status <> 'RETIRED' AND p.lendable AND p.active AND NOT p."isMonitoring"
      GROUP BY p.slug, p.name, p."shortDescription", c.slug, c.name, c.street, c.city
     HAVING count(*) FILTER (WHERE u.status = 'AVAILABLE') = 0
      ORDER BY p.slug DESC, c.slug
      LIMIT 1`,
  );
  if (!stock) throw new Error("De demodata heeft geen product dat nu nergens vrij is.");
  await page.goto(`/reserveren/${stock.product}/${stock.centre}?taal=tr`);
  await expect(page.getByRole("heading", { name: "Şu an boşta değil: bekleme listesine girin" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, "tr: wachtlijst-formulier");
  await expectNoDutch(page, stock, "tr: wachtlijst-formulier");

  await page.getByLabel("Adınız").fill("Mehmet Demir");
  await page.getByLabel("E-posta adresi").fill("mehmet@voorbeeld.nl");
  await page.getByLabel("Bilgilerimin bu şekilde saklanmasını kabul ediyorum.").check();
  await page.getByRole("button", { name: "Beni bekleme listesine yazın" }).click();

  await expect(page).toHaveURL(/\/wachtlijst\/[0-9A-Z]{8}\?nieuw=1$/);
  await expect(page.getByText("Oldu! Bekleme listesindesiniz.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Bekleme listesinde \d+\. sıradasınız$/ })).toBeVisible();
  await expectNoAxeViolations(page, "tr: wachtlijst");
  await expectNoDutch(page, stock, "tr: wachtlijst");
  const reference = new URL(page.url()).pathname.split("/").pop()!;
  const [row] = await query<{ locale: string; subject: string }>(
    `SELECT w.locale, o.subject FROM "WaitlistEntry" w JOIN "OutboxMessage" o ON o."dedupeKey" = 'waitlist_confirmation:' || w.id WHERE w.reference = $1`,
    [reference],
  );
  expect(row).toEqual({ locale: "tr", subject: `Bekleme listesindesiniz: ${stock.productName}` });
});
