import type { Metadata } from "next";
import { ActionButton } from "@/components/consultant/action-button";
import { CaseHeader } from "@/components/consultant/case-header";
import { NoteForm } from "@/components/consultant/note-form";
import { pageHeading, sectionHeading } from "@/components/consultant/styles";
import { buttonSecondary, card } from "@/components/ui/styles";
import { ALL_DIFFICULTIES, DIFFICULTY_GROUPS } from "@/lib/questions/questionnaire";
import { CASE_TOPICS } from "@/lib/schemas/case";
import { formatMoment } from "@/lib/util/dates";
import { loadCase } from "../../_lib/load";
import { addNote, removeNote } from "../actions";

export const metadata: Metadata = { title: "Notities", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ case: string }> };

/** Notes per topic (the questionnaire's groups and "Algemeen"); the resident sees them all in the report. */
export default async function CaseNotesPage({ params }: Props) {
  const { case: reference } = await params;
  const { kase } = await loadCase(reference, "notities");
  const chosenGroups = DIFFICULTY_GROUPS.filter((g) => g.difficulties.some((d) => kase.answers.difficulties.includes(d.code)));
  const defaultTopic = chosenGroups[0]?.id ?? "algemeen";
  const topics = CASE_TOPICS.filter((t) => kase.notes.some((n) => n.topic === t.id));

  return (
    <div className="space-y-8">
      <CaseHeader kase={kase} current="notities" />
      <div className="space-y-2">
        <h1 className={pageHeading}>Notities</h1>
        <p className="max-w-prose text-xl">Schrijf op wat u samen bespreekt. De inwoner ziet alle notities in het verslag.</p>
        {kase.answers.difficulties.length ? (
          <p className="text-lg text-muted">
            Gekozen: {kase.answers.difficulties.map((c) => ALL_DIFFICULTIES.find((d) => d.code === c)?.label ?? c).join(", ")}.
          </p>
        ) : null}
      </div>

      <section aria-labelledby="nieuwe-notitie" className={`${card} space-y-3`}>
        <h2 id="nieuwe-notitie" className={sectionHeading}>
          Nieuwe notitie
        </h2>
        <NoteForm action={addNote.bind(null, kase.reference)} defaultTopic={defaultTopic} />
      </section>

      <section aria-labelledby="alle-notities" className="space-y-4">
        <h2 id="alle-notities" className={sectionHeading}>
          Wat wij hebben besproken
        </h2>
        {topics.length === 0 ? <p className="text-lg">Nog geen notities.</p> : null}
        {topics.map((topic) => (
          <section key={topic.id} aria-labelledby={`onderwerp-${topic.id}`} className="space-y-2">
            <h3 id={`onderwerp-${topic.id}`} className="text-xl font-bold">
              {topic.title}
            </h3>
            <ul className="space-y-2">
              {kase.notes
                .filter((n) => n.topic === topic.id)
                .map((n) => (
                  <li key={n.id} className={`${card} flex flex-wrap items-start justify-between gap-3`}>
                    <div className="min-w-0 flex-1 space-y-1">
                      <p className="whitespace-pre-line text-xl">{n.text}</p>
                      <p className="text-base text-muted">{formatMoment(n.createdAt)}</p>
                    </div>
                    <ActionButton action={removeNote.bind(null, kase.reference, n.id)} className={buttonSecondary}>
                      Weghalen<span className="sr-only">: notitie van {formatMoment(n.createdAt)}</span>
                    </ActionButton>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}
