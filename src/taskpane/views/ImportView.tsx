/**
 * The Import view: a loose list (the selection inside Excel, a sheet, or text pasted
 * straight into the view) becomes goals and activities. For a table it shows the
 * recognised columns with dropdowns to correct them; for any shape, a preview of what
 * will be written, what was ignored, how amounts and timeframes were read and every
 * text not understood. It writes only when asked; the source cells are never changed.
 * State and actions: useImportView.
 */
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
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import { ColumnMappingFields } from "./ColumnMappingFields";
import type { Say } from "../../core/text";
import { importWords, type ImportPhrase } from "./importStrings";
import { ImportPreviewTables } from "./ImportPreviewTables";
import { canPreview, canWrite, hasColumns, type SourceChoice } from "./importMachine";
import { selectionText } from "./selectionText";
import { useImportView } from "./useImportView";
import type { Workspace } from "../workspace";

// The source dropdown's values: a sheet is its name; these cannot be one.
const SELECTION = "\u0000selection";
const TEXT = "\u0000text";

const optionOf = (source: SourceChoice): string =>
  source.kind === "sheet" ? source.name : source.kind === "selection" ? SELECTION : TEXT;

const sourceOf = (value: string): SourceChoice =>
  value === SELECTION
    ? { kind: "selection" }
    : value === TEXT
      ? { kind: "text" }
      : { kind: "sheet", name: value };

/** Where a preview was read from, as its tables name it. */
const sourceName = (say: Say<ImportPhrase>, source: SourceChoice): string =>
  source.kind === "text"
    ? say("whereText")
    : source.kind === "selection"
      ? say("whereSelection")
      : say("whereSheet", { sheet: source.name });

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
  const say = importWords(lang);
  const styles = useStyles();
  const { state, edit, preview, remap, write } = useImportView(lang, workspace);
  const open = state.status === "ready" ? state : null;
  const previewed = open?.preview.status === "ready" ? open.preview : null;
  const written = open?.write;

  return (
    <section className={styles.root} aria-labelledby="import-title">
      <Subtitle2 as="h2" id="import-title">
        {say("title")}
      </Subtitle2>
      <Text>{say("intro")}</Text>
      {state.status === "error" && <ErrorBar lang={lang} message={state.message} />}
      {open && !open.sources.selection && open.sources.sheets.length === 0 && <Text>{say("noSheets")}</Text>}
      {open && (
        <div className={styles.grid}>
          <Field label={say("source")}>
            <Select
              value={optionOf(open.form.source)}
              onChange={(_, d) => edit({ source: sourceOf(d.value) })}
            >
              {open.sources.selection && <option value={SELECTION}>{say("selection")}</option>}
              {open.sources.sheets.map((n) => (
                <option key={n} value={n}>
                  {say("sheet", { sheet: n })}
                </option>
              ))}
              <option value={TEXT}>{say("pastedText")}</option>
            </Select>
          </Field>
          <span />
          <Field label={say("from")}>
            <Input type="date" value={open.form.from} onChange={(_, d) => edit({ from: d.value })} />
          </Field>
          <Field label={say("to")}>
            <Input type="date" value={open.form.to} onChange={(_, d) => edit({ to: d.value })} />
          </Field>
        </div>
      )}
      {open?.form.source.kind === "text" && (
        <Field label={say("textLabel")} hint={say("textHint")}>
          <Textarea
            value={open.form.text}
            onChange={(_, d) => edit({ text: d.value })}
            rows={8}
            resize="vertical"
          />
        </Field>
      )}
      <Button onClick={() => preview(false)} disabled={!canPreview(state)}>
        {say("preview")}
      </Button>
      {open?.preview.status === "previewing" && <Spinner size="tiny" label={say("previewing")} />}
      {open?.preview.status === "error" && <ErrorBar lang={lang} message={open.preview.message} />}
      {previewed?.preview.selection && <Text>{selectionText(previewed.preview.selection, lang)}</Text>}
      {previewed && (
        <>
          {hasColumns(previewed.preview) && (
            <ColumnMappingFields
              lang={lang}
              headers={previewed.preview.result.headers}
              mapping={previewed.mapping}
              onChange={remap}
              onPreview={() => preview(true)}
            />
          )}
          <ImportPreviewTables
            lang={lang}
            preview={previewed.preview}
            sourceName={sourceName(say, previewed.source)}
          />
          <Button appearance="primary" disabled={!canWrite(state)} onClick={write}>
            {say("write")}
          </Button>
        </>
      )}
      {written?.status === "writing" && (
        <Field validationMessage={say("writing")} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {written?.status === "error" && <ErrorBar lang={lang} message={written.message} />}
      {written?.status === "written" && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {say("written", { goals: written.written.goals, activities: written.written.activities })}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
