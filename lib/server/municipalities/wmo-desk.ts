/** The one shape of a municipality's Wmo desk for pages, the advice, the API and the paused notice. Pure. */

/** How to reach the municipality's Wmo desk; a field is null when the municipality has not filled it in. */
export interface WmoDesk {
  phone: string | null;
  url: string | null;
  /** opening times as text: "maandag tot en met vrijdag van 8.00 tot 17.00 uur" */
  hours: string | null;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The Wmo desk from the municipality's columns (stored as "" when not filled in). */
export function wmoDeskOf(m: { wmoDeskPhone: string; wmoDeskUrl: string; wmoDeskHours: string }): WmoDesk {
  return { phone: orNull(m.wmoDeskPhone), url: orNull(m.wmoDeskUrl), hours: orNull(m.wmoDeskHours) };
}
