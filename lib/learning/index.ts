/** Learning from outcomes (issue 13): pure estimates and the capped step after the engine. See model.ts. */
export * from "./model";
export * from "./apply";
export * from "./changes";
export * from "./reasons";
