/** One message file per namespace per language: messages/<locale>/<namespace>.json (Dutch is the source). */
export const NAMESPACES = ["common", "home", "questions", "questionnaire", "advice", "engine", "tips", "reservation", "waitlist", "messages", "report", "words", "errors"] as const;
export type Namespace = (typeof NAMESPACES)[number];
