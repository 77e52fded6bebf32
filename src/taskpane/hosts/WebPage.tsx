/**
 * The task pane as a web page (outside Excel): open an .xlsx file (picker or drag and
 * drop), try the example plan or start empty; every view then works on that file,
 * and "Save a copy" downloads the changed workbook under a new name. Nothing leaves
 * the page.
 */
import { useState, type DragEvent } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { App } from "../App";
import { ErrorBar } from "../components/ErrorBar";
import { NotInExcel } from "../components/NotInExcel";
import type { ThemeMode } from "../theme";
import { PAGE_STRINGS } from "./pageStrings";
import { messageOf, type UserMessage } from "../steps";
import { newFileWorkspace, openFileWorkspace, type FileWorkspace } from "./fileWorkspace";
import { download } from "./workbookFiles";

const useStyles = makeStyles({
  start: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** The download name: the opened file's name with the product's suffix. */
export function savedName(fileName: string, suffix: string): string {
  const base = fileName.replace(/\.xlsx$/i, "");
  return `${base}-${suffix}.xlsx`;
}

export function WebPage({ lang, theme }: { readonly lang: Lang; readonly theme: ThemeMode }) {
  const s = PAGE_STRINGS[lang];
  const styles = useStyles();
  const [file, setFile] = useState<FileWorkspace | null>(null);
  const [busy, setBusy] = useState(false);
  /** The fraction of the file read so far, while a long read goes on in the worker. */
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<UserMessage | null>(null);
  const [dragging, setDragging] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);

  const open = async (load: (onProgress: (fraction: number) => void) => Promise<FileWorkspace>) => {
    setBusy(true);
    setError(null);
    setProgress(null);
    try {
      const ws = await load(setProgress);
      setFile({
        ...ws,
        selectCell: async (sheet, cell) => {
          const v = ws.cellValue(sheet, cell);
          const shown =
            v === null || v === undefined || v === ""
              ? s.emptyCell
              : v instanceof Date
                ? v.toISOString().slice(0, 10)
                : String(v);
          setFocus(`${sheet}!${cell} – ${s.cellNow} ${shown}`);
        },
      });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const openBlob = (f: File) =>
    void open(async (onProgress) => openFileWorkspace(await f.arrayBuffer(), f.name, onProgress));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f) openBlob(f);
  };
  const example = () =>
    void open(async (onProgress) => {
      const name = lang === "sv" ? "exempelplan.xlsx" : "example-plan.xlsx";
      const response = await fetch(`example/${name}`);
      if (!response.ok) throw new Error(s.exampleFailed);
      return openFileWorkspace(await response.arrayBuffer(), name, onProgress);
    });

  const start = (
    <section className={styles.start} aria-labelledby="file-title">
      <NotInExcel lang={lang} />
      <Text as="h2" weight="semibold" id="file-title">
        {s.title}
      </Text>
      <Text>{s.intro}</Text>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <label>
          <Text weight="semibold">{s.choose}</Text>
          <br />
          <input
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) openBlob(f);
              e.target.value = "";
            }}
          />
        </label>
        <Text size={200}>{s.drop}</Text>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={example} disabled={busy}>
          {s.example}
        </Button>
        <Button onClick={() => void open(() => newFileWorkspace(`plan.xlsx`))} disabled={busy}>
          {s.empty}
        </Button>
      </div>
      {busy && (
        <Spinner
          size="tiny"
          label={progress === null ? s.opening : s.reading.replace("{0}", String(Math.round(progress * 100)))}
        />
      )}
      {busy && progress !== null && <progress value={progress} max={1} aria-label={s.opening} />}
      {error && <ErrorBar lang={lang} message={error} />}
    </section>
  );

  const actions = file && (
    <div className={styles.actions}>
      <Text size={200}>
        {s.open} {file.fileName}
      </Text>
      <Button
        appearance="primary"
        size="small"
        onClick={() => void file.save().then((bytes) => download(bytes, savedName(file.fileName, s.newName)))}
      >
        {s.save}
      </Button>
      <Button
        size="small"
        onClick={() => {
          setFile(null);
          setFocus(null);
        }}
      >
        {s.close}
      </Button>
      <Text size={200}>{s.unsaved}</Text>
      {focus && (
        <MessageBar intent="info" role="status" layout="multiline">
          <MessageBarBody>{focus}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );

  return <App lang={lang} theme={theme} workspace={file} start={start} actions={actions} />;
}
