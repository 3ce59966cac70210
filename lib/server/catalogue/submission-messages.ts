/**
 * The e-mails a supplier gets about a submission (B1 Dutch). Pure: data in, subject and body out.
 */
import { formatCode } from "@/lib/util/codes";

export function submissionRejectedMessage(input: { contactName: string; productName: string; reference: string; reason: string; statusUrl: string }): { subject: string; body: string } {
  const code = formatCode(input.reference);
  return {
    subject: `Uw aanmelding ${code} komt niet in de catalogus`,
    body: [
      `Beste ${input.contactName},`,
      "",
      `U heeft ${input.productName} aangemeld voor de catalogus van de Thuis Technologie Verkenner. Wij hebben uw aanmelding bekeken.`,
      "Het product komt niet in de catalogus. De reden is:",
      "",
      input.reason,
      "",
      `Uw kenmerk is ${code}. De status ziet u hier: ${input.statusUrl}`,
      "U mag het product opnieuw aanmelden als u de reden kunt oplossen.",
      "",
      "Met vriendelijke groet,",
      "De redactie van de catalogus",
    ].join("\n"),
  };
}
