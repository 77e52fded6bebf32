/**
 * The task pane: a header, the views of the registry (views/registry.ts) as tabs, and
 * a privacy line with links to the user's guide. Effects come in through the workspace; this component only arranges.
 */
import { Suspense, useState, type ReactNode } from "react";
import {
  Caption1,
  FluentProvider,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../core/language";
import { uiWords } from "./strings";
import { THEMES, type ThemeMode } from "./theme";
import type { Workspace } from "./workspace";
import { NotInExcel } from "./components/NotInExcel";
import { VIEWS, type ViewEntry } from "./views/registry";

export type AppProps = {
  readonly lang: Lang;
  readonly theme: ThemeMode;
  /** The open workbook, or null when there is none (outside Excel, no file yet). */
  readonly workspace: Workspace | null;
  /** Shown above the views when there is no workbook (e.g. the web page's file picker). */
  readonly start?: ReactNode;
  /** Shown in the header's row of actions when a workbook is open (e.g. the web page's Save). */
  readonly actions?: ReactNode;
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
  footer: {
    marginTop: "auto",
    color: tokens.colorNeutralForeground3,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  guides: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  // A plain link in the theme's link colour: Fluent's Link would add about 11 KB to the first load.
  link: {
    color: tokens.colorBrandForegroundLink,
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    "@media (forced-colors: active)": { color: "LinkText" },
  },
  // A task pane is about 350 px wide: the five tabs wrap rather than hide.
  tabs: { flexWrap: "wrap" },
});

export function App({ lang, theme, workspace, start, actions }: AppProps) {
  const say = uiWords(lang);
  const other: Lang = lang === "sv" ? "en" : "sv";
  const styles = useStyles();
  const [shown, setShown] = useState<ViewEntry>(VIEWS[0]);
  return (
    <FluentProvider theme={THEMES[theme]} lang={lang}>
      <div className={styles.root} data-theme={theme}>
        <header className={styles.header}>
          <Subtitle2 as="h1">{say("appName")}</Subtitle2>
          <Caption1>{say("tagline")}</Caption1>
          {workspace && actions}
        </header>
        {workspace ? (
          <>
            <TabList
              selectedValue={shown.id}
              onTabSelect={(_, d) => setShown(VIEWS.find((v) => v.id === d.value) ?? shown)}
              aria-label={say("views")}
              size="small"
              className={styles.tabs}
            >
              {VIEWS.map(({ id, label }) => (
                <Tab key={id} value={id}>
                  {say(label)}
                </Tab>
              ))}
            </TabList>
            <main>
              <Suspense fallback={<Spinner size="tiny" label={say("loading")} />}>
                <shown.View key={shown.id} lang={lang} workspace={workspace} />
              </Suspense>
            </main>
          </>
        ) : (
          <main>{start ?? <NotInExcel lang={lang} />}</main>
        )}
        <footer className={styles.footer}>
          <Caption1>{say("privacy")}</Caption1>
          <Caption1 className={styles.guides}>
            {/* The user's guide, rendered from docs/guide.*.md at build time, beside this page. */}
            <a className={styles.link} href={`guide.${lang}.html`} target="_blank" rel="noopener">
              {say("guide")}
            </a>
            <a
              className={styles.link}
              href={`guide.${other}.html`}
              target="_blank"
              rel="noopener"
              lang={other}
            >
              {say("guideOther")}
            </a>
          </Caption1>
        </footer>
      </div>
    </FluentProvider>
  );
}
