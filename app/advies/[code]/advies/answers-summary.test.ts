import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AssessmentView } from "@/lib/server/assessments/types";
import { AnswersSummary } from "./answers-summary";

const assessment = (over: Partial<AssessmentView>): AssessmentView => ({
  code: "ABCD2345",
  municipality: { slug: "den-haag", name: "Den Haag" },
  answers: { difficulties: [], context: {} },
  postcode: null,
  district: null,
  together: null,
  step: 1,
  eraseAfter: new Date("2027-01-01T00:00:00Z"),
  updatedAt: new Date("2026-12-01T00:00:00Z"),
  ...over,
});

const text = (a: AssessmentView) => renderToStaticMarkup(createElement(AnswersSummary, { assessment: a })).replace(/<[^>]+>/g, "|");

describe("AnswersSummary: who filled it in", () => {
  it.each([
    { together: "alone", shows: "Wie vulde dit in?||U alleen" },
    { together: "family", shows: "Wie vulde dit in?||U samen met iemand" },
    { together: "consultant", shows: "Wie vulde dit in?||U samen met een Wmo-consulent" },
    { together: null, shows: "Wie vulde dit in?||Dat heeft u niet gezegd" },
  ] as const)("$together → $shows", ({ together, shows }) => {
    const out = text(assessment({ together }));
    expect(out).toContain(shows);
    // never the contradiction "Ingevuld: Niet ingevuld"
    expect(out).not.toMatch(/Ingevuld\|+Niet ingevuld/);
  });
});
