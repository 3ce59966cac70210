import ar from "./ar.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import nl from "./nl.json" with { type: "json" };
import pl from "./pl.json" with { type: "json" };
import tr from "./tr.json" with { type: "json" };
import { parseTestSet, type TestSet } from "../evaluate";

/** The test sets (phrases written apart from the lexicon), one per language. Used by the unit test and the bench. */
export function loadTestSets(): TestSet[] {
  return [nl, en, tr, ar, pl].map(parseTestSet);
}
