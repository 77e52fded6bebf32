/** The recognised columns of a table in the Import view, each with a dropdown to correct what it means. */
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type ColumnMapping, type HeaderColumn, IMPORT_MEANINGS } from "../../core/import";
import type { Lang } from "../../core/language";
import { importWords, meaningWords } from "./importStrings";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
});

export function ColumnMappingFields({
  lang,
  headers,
  mapping,
  onChange,
  onPreview,
}: {
  readonly lang: Lang;
  readonly headers: readonly HeaderColumn[];
  readonly mapping: ColumnMapping;
  readonly onChange: (m: ColumnMapping) => void;
  readonly onPreview: () => void;
}) {
  const say = importWords(lang);
  const meaningOf = meaningWords(lang);
  const styles = useStyles();
  return (
    <>
      <Text as="h3" weight="semibold">
        {say("mapping")}
      </Text>
      <Text size={200}>{say("mappingHint")}</Text>
      <div className={styles.grid}>
        {IMPORT_MEANINGS.map((meaning) => (
          <Field key={meaning} label={meaningOf(meaning)}>
            <Select
              value={mapping[meaning] === undefined ? "" : String(mapping[meaning])}
              onChange={(_, d) => {
                const next: ColumnMapping = { ...mapping };
                if (d.value === "") delete next[meaning];
                else next[meaning] = Number(d.value);
                onChange(next);
              }}
            >
              <option value="">{say("notUsed")}</option>
              {headers.map((h) => (
                <option key={h.index} value={String(h.index)}>
                  {h.cell}: {h.text}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <Button onClick={onPreview}>{say("preview")}</Button>
    </>
  );
}
