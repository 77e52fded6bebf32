/**
 * The conflicts of a collect, each a choice of which file's answer counts, or
 * none: the product never settles a conflict by itself, so "wait" is preselected.
 */
import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Conflict } from "../../core/collect";
import type { Lang } from "../../core/language";
import { answerText, tableName } from "./answerText";
import { collectWords } from "./collectStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The first answer of each file: the one collect takes when that file is chosen. */
function answersByFile(c: Conflict): Conflict["answers"] {
  const seen = new Set<string>();
  return c.answers.filter((a) => (seen.has(a.file) ? false : (seen.add(a.file), true)));
}

export function ConflictChoices({
  lang,
  conflicts,
  chosen,
  onChoose,
}: {
  readonly lang: Lang;
  readonly conflicts: readonly Conflict[];
  /** Conflict key → the file whose answer counts; a missing key waits. */
  readonly chosen: Readonly<Record<string, string>>;
  readonly onChoose: (key: string, file: string | null) => void;
}) {
  const say = collectWords(lang);
  const styles = useStyles();
  if (conflicts.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="collect-conflicts">
      <Text as="h4" weight="semibold" id="collect-conflicts">
        {say("conflicts", { count: conflicts.length })}
      </Text>
      <Text>{say("conflictsIntro")}</Text>
      {conflicts.map((c) => (
        <Field
          key={c.key}
          label={say("conflictRow", { table: tableName(c.table, lang), id: c.id, period: c.period })}
          hint={say("current", { values: answerText(c.table, c.before, lang, say("empty")) })}
        >
          <RadioGroup
            value={chosen[c.key] ?? ""}
            onChange={(_, d) => onChoose(c.key, d.value === "" ? null : d.value)}
          >
            {answersByFile(c).map((a) => (
              <Radio
                key={a.file}
                value={a.file}
                label={say("answerOf", {
                  unit: a.label,
                  file: a.file,
                  values: answerText(c.table, a.values, lang, say("empty")),
                })}
              />
            ))}
            <Radio value="" label={say("leaveOpen")} />
          </RadioGroup>
        </Field>
      ))}
    </section>
  );
}
