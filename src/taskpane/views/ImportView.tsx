/**
 * The Import view: a loose list (the selection inside Excel, a sheet, or text pasted
 * straight into the view) becomes goals and activities. For a table it shows the
 * recognised columns with dropdowns to correct them; for any shape, a preview of what
 * will be written, what was ignored, how amounts and timeframes were read and every
 * text not understood. It writes only when asked; the source cells are never changed.
 */
import { useEffect, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  importSourceSheets,
  previewImport,
  writeImport,
  type ImportPreview,
  type ImportWritten,
} from "../../app/importList";
import { isIsoDate } from "../../core/dates";
import { IMPORT_MEANINGS, type ColumnMapping, type HeaderColumn } from "../../core/import";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import { useAction } from "../useAction";
import type { Workspace } from "../workspace";
import { IMPORT_STRINGS } from "./importStrings";
import { ImportPreviewTables } from "./ImportPreviewTables";
import { selectionText } from "./selectionText";

const SELECTION = "\u0000selection";
const TEXT = "\u0000text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
});

export default function ImportView({
  lang,
  workspace,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
}) {
  const s = IMPORT_STRINGS[lang];
  const styles = useStyles();
  const [sheets, loadSheets] = useAction<{ names: string[]; selection: boolean }>();
  const [source, setSource] = useState<string>("");
  const [text, setText] = useState("");
  const [previewedName, setPreviewedName] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [preview, runPreview] = useAction<ImportPreview>();
  const [written, runWrite] = useAction<ImportWritten>();

  useEffect(() => {
    void loadSheets(() =>
      workspace.run(async (port) => ({
        names: await importSourceSheets(port),
        selection: port.readSelection !== undefined,
      })),
    ).then((r) => {
      if (r) setSource(r.selection ? SELECTION : (r.names[0] ?? TEXT));
    });
    // Load once when the view opens on a workbook; later runs are the user's own actions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspace]);

  const sourceName =
    source === TEXT ? s.whereText : source === SELECTION ? s.whereSelection : `${s.whereSheet} ${source}`;

  const doPreview = (withMapping: ColumnMapping | null) =>
    runPreview(() =>
      workspace.run(async (port) => {
        const options = {
          lang,
          ...(withMapping ? { mapping: withMapping } : {}),
          ...(isIsoDate(from) ? { from } : {}),
          ...(isIsoDate(to) ? { to } : {}),
        };
        if (source === TEXT) return previewImport(port, { text }, options);
        return previewImport(port, source === SELECTION ? { selection: true } : { sheet: source }, options);
      }),
    ).then((p) => {
      if (p) {
        setMapping(p.result.mapping);
        setPreviewedName(sourceName);
      }
    });

  const ready = preview.status === "done" ? preview.value : null;
  const headers = ready?.result.headers ?? [];
  const nothingToPreview = source === "" || (source === TEXT && text.trim() === "");

  return (
    <section className={styles.root} aria-labelledby="import-title">
      <Subtitle2 as="h2" id="import-title">
        {s.title}
      </Subtitle2>
      <Text>{s.intro}</Text>
      {sheets.status === "error" && <ErrorBar lang={lang} message={sheets.message} />}
      {sheets.status === "done" && !sheets.value.selection && sheets.value.names.length === 0 && (
        <Text>{s.noSheets}</Text>
      )}
      {sheets.status === "done" && (
        <div className={styles.grid}>
          <Field label={s.source}>
            <Select value={source} onChange={(_, d) => setSource(d.value)}>
              {sheets.value.selection && <option value={SELECTION}>{s.selection}</option>}
              {sheets.value.names.map((n) => (
                <option key={n} value={n}>
                  {s.sheet}: {n}
                </option>
              ))}
              <option value={TEXT}>{s.pastedText}</option>
            </Select>
          </Field>
          <span />
          <Field label={s.from}>
            <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
          </Field>
          <Field label={s.to}>
            <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
          </Field>
        </div>
      )}
      {sheets.status === "done" && source === TEXT && (
        <Field label={s.textLabel} hint={s.textHint}>
          <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={8} resize="vertical" />
        </Field>
      )}
      <Button onClick={() => void doPreview(null)} disabled={preview.status === "busy" || nothingToPreview}>
        {s.preview}
      </Button>
      {preview.status === "busy" && <Spinner size="tiny" label={s.previewing} />}
      {preview.status === "error" && <ErrorBar lang={lang} message={preview.message} />}
      {ready?.selection && <Text>{selectionText(ready.selection, lang)}</Text>}
      {ready && mapping && (
        <>
          {/* A table's columns can be corrected; so can those of a first row that looked like headers but named none. */}
          {(ready.result.shape === "table" || (ready.result.shape === null && headers.length > 0)) && (
            <ColumnMappingFields
              lang={lang}
              headers={headers}
              mapping={mapping}
              onChange={setMapping}
              onPreview={() => void doPreview(mapping)}
            />
          )}
          <ImportPreviewTables lang={lang} preview={ready} sourceName={previewedName} />
          <Button
            appearance="primary"
            disabled={
              written.status === "busy" ||
              (ready.result.goals.length === 0 && ready.result.activities.length === 0)
            }
            onClick={() => void runWrite(() => workspace.run((port) => writeImport(port, ready, lang)))}
          >
            {s.write}
          </Button>
        </>
      )}
      {written.status === "busy" && (
        <Field validationMessage={s.writing} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {written.status === "error" && <ErrorBar lang={lang} message={written.message} />}
      {written.status === "done" && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {s.written} {written.value.goals} {s.goalsWord}, {written.value.activities} {s.activitiesWord}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The recognised columns of a table, each with a dropdown to correct what it means. */
function ColumnMappingFields({
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
  const s = IMPORT_STRINGS[lang];
  const styles = useStyles();
  return (
    <>
      <Text as="h3" weight="semibold">
        {s.mapping}
      </Text>
      <Text size={200}>{s.mappingHint}</Text>
      <div className={styles.grid}>
        {IMPORT_MEANINGS.map((meaning) => (
          <Field key={meaning} label={s.meanings[meaning]}>
            <Select
              value={mapping[meaning] === undefined ? "" : String(mapping[meaning])}
              onChange={(_, d) => {
                const next: ColumnMapping = { ...mapping };
                if (d.value === "") delete next[meaning];
                else next[meaning] = Number(d.value);
                onChange(next);
              }}
            >
              <option value="">{s.notUsed}</option>
              {headers.map((h) => (
                <option key={h.index} value={String(h.index)}>
                  {h.cell}: {h.text}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <Button onClick={onPreview}>{s.preview}</Button>
    </>
  );
}
