/**
 * The task pane as a web page (outside Excel): open an .xlsx file (picker or drag and
 * drop), try the example plan or start empty; every view then works on that file,
 * and "Save a copy" downloads the changed workbook under a new name. Nothing leaves
 * the page. State and actions: useWebPage.
 */
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
import type { PageState } from "./pageMachine";
import { pageWords, focusText, openFileText, readingText } from "./pageStrings";
import { useWebPage, type WebPageState } from "./useWebPage";

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

type Start = Extract<PageState, { status: "start" }>;

/** What the start screen and its drop zone show from: the language, the start state and the page. */
type StartProps = { readonly lang: Lang; readonly start: Start; readonly page: WebPageState };

/** The drop zone with its file picker. */
function DropZone({ lang, start, page }: StartProps) {
  const say = pageWords(lang);
  const styles = useStyles();
  return (
    <div
      className={mergeClasses(styles.drop, start.dragging && styles.dropActive)}
      onDragOver={(e) => {
        e.preventDefault();
        page.drag(true);
      }}
      onDragLeave={() => page.drag(false)}
      onDrop={(e) => {
        e.preventDefault();
        page.drag(false);
        page.openFile(e.dataTransfer.files[0]);
      }}
      data-testid="drop-zone"
    >
      <label>
        <Text weight="semibold">{say("choose")}</Text>
        <br />
        <input
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          onChange={(e) => {
            page.openFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </label>
      <Text size={200}>{say("drop")}</Text>
    </div>
  );
}

/** Before a file is open: what the page is, the ways to open one, progress and why one could not be opened. */
function StartScreen({ lang, start, page }: StartProps) {
  const say = pageWords(lang);
  const styles = useStyles();
  const { open } = start;
  return (
    <section className={styles.start} aria-labelledby="file-title">
      <NotInExcel lang={lang} />
      <Text as="h2" weight="semibold" id="file-title">
        {say("title")}
      </Text>
      <Text>{say("intro")}</Text>
      <DropZone lang={lang} start={start} page={page} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={page.openExample} disabled={!page.canOpen}>
          {say("example")}
        </Button>
        <Button onClick={page.openEmpty} disabled={!page.canOpen}>
          {say("empty")}
        </Button>
      </div>
      {open.status === "opening" && (
        <Spinner
          size="tiny"
          label={open.progress === null ? say("opening") : readingText(open.progress, lang)}
        />
      )}
      {open.status === "opening" && open.progress !== null && (
        <progress value={open.progress} max={1} aria-label={say("opening")} />
      )}
      {open.status === "error" && <ErrorBar lang={lang} message={open.message} />}
    </section>
  );
}

/** With a file open, in the pane's header: its name, save a copy, close, and the cell a finding points at. */
function FileActions({
  lang,
  open,
  page,
}: {
  readonly lang: Lang;
  readonly open: Extract<PageState, { status: "open" }>;
  readonly page: WebPageState;
}) {
  const say = pageWords(lang);
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Text size={200}>{openFileText(open.file.fileName, lang)}</Text>
      <Button appearance="primary" size="small" onClick={page.save}>
        {say("save")}
      </Button>
      <Button size="small" onClick={page.close}>
        {say("close")}
      </Button>
      <Text size={200}>{say("unsaved")}</Text>
      {open.saveError !== null && <ErrorBar lang={lang} message={open.saveError} />}
      {open.focus && (
        <MessageBar intent="info" role="status" layout="multiline">
          <MessageBarBody>{focusText(open.focus, lang)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export function WebPage({ lang, theme }: { readonly lang: Lang; readonly theme: ThemeMode }) {
  const page = useWebPage(lang);
  const { state } = page;
  const open = state.status === "open" ? state : null;
  return (
    <App
      lang={lang}
      theme={theme}
      workspace={open?.file ?? null}
      start={state.status === "start" && <StartScreen lang={lang} start={state} page={page} />}
      actions={open && <FileActions lang={lang} open={open} page={page} />}
    />
  );
}
