/**
 * The task pane: a header, the views the workbook allows, and a privacy line.
 * Effects come in through the workspace; this component only arranges.
 */
import { FluentProvider, Subtitle2, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../core/language";
import { STRINGS } from "./strings";
import { THEMES, type ThemeMode } from "./theme";
import type { Workspace } from "./workspace";
import { NotInExcel } from "./components/NotInExcel";

export type AppProps = {
  readonly lang: Lang;
  readonly theme: ThemeMode;
  /** The open workbook, or null when there is none (outside Excel, no file yet). */
  readonly workspace: Workspace | null;
};

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  footer: { marginTop: "auto", color: tokens.colorNeutralForeground3 },
});

export function App({ lang, theme, workspace }: AppProps) {
  const s = STRINGS[lang];
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[theme]} lang={lang}>
      <div className={styles.root} data-theme={theme}>
        <header className={styles.header}>
          <Subtitle2 as="h1">{s.appName}</Subtitle2>
          <Caption1>{s.tagline}</Caption1>
        </header>
        <main>{workspace ? null : <NotInExcel lang={lang} />}</main>
        <footer className={styles.footer}>
          <Caption1>{s.privacy}</Caption1>
        </footer>
      </div>
    </FluentProvider>
  );
}
