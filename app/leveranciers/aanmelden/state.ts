/** What the supplier's form shows after a submit: the values as typed and Dutch messages per field. */
export interface SubmissionFormState {
  values: Record<string, string>;
  errors?: Record<string, string[]>;
  message?: string;
}

export const SUBMISSION_TEXT_FIELDS = [
  "name",
  "description",
  "iso9999Code",
  "supplier",
  "manufacturer",
  "contactName",
  "contactEmail",
  "priceMinEuro",
  "priceMaxEuro",
  "pricePeriod",
  "isMonitoring",
  "monitoringRecords",
  "monitoringWhoSees",
  "monitoringHowToStop",
  "imageAlt.0",
  "imageAlt.1",
  "imageAlt.2",
] as const;
