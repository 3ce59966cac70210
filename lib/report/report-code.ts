/** A report code as people read it: "ABCD-EFGH-JKMN" (stored without dashes). */
export function formatReportCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
