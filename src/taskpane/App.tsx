/**
 * The task pane: a header, the views (each loaded when first opened, to keep the
 * initial bundle small), and a privacy line. Effects come in through the workspace;
 * this component only arranges.
 */
import { Suspense, lazy, useState, type ReactNode } from "react";
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
import { STRINGS } from "./strings";
import { THEMES, type ThemeMode } from "./theme";
import type { Workspace } from "./workspace";
import { NotInExcel } from "./components/NotInExcel";

const PlanView = lazy(() => import(/* webpackChunkName: "plan" */ "./views/PlanView"));
const CheckView = lazy(() => import(/* webpackChunkName: "check" */ "./views/CheckView"));
const ImportView = lazy(() => import(/* webpackChunkName: "import" */ "./views/ImportView"));
const SummaryView = lazy(() => import(/* webpackChunkName: "summary" */ "./views/SummaryView"));
const CollectView = lazy(() => import(/* webpackChunkName: "collect" */ "./views/CollectView"));

export type ViewId = "plan" | "import" | "check" | "summary" | "collect";

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
  footer: { marginTop: "auto", color: tokens.colorNeutralForeground3 },
  // A task pane is about 350 px wide: the five tabs wrap rather than hide.
  tabs: { flexWrap: "wrap" },
});

export function App({ lang, theme, workspace, start, actions }: AppProps) {
  const s = STRINGS[lang];
  const styles = useStyles();
  const [view, setView] = useState<ViewId>("plan");
  const tabs: [ViewId, string][] = [
    ["plan", s.viewPlan],
    ["import", s.viewImport],
    ["check", s.viewCheck],
    ["summary", s.viewSummary],
    ["collect", s.viewCollect],
  ];
  return (
    <FluentProvider theme={THEMES[theme]} lang={lang}>
      <div className={styles.root} data-theme={theme}>
        <header className={styles.header}>
          <Subtitle2 as="h1">{s.appName}</Subtitle2>
          <Caption1>{s.tagline}</Caption1>
          {workspace && actions}
        </header>
        {workspace ? (
          <>
            <TabList
              selectedValue={view}
              onTabSelect={(_, d) => setView(d.value as ViewId)}
              aria-label={s.views}
              size="small"
              className={styles.tabs}
            >
              {tabs.map(([id, label]) => (
                <Tab key={id} value={id}>
                  {label}
                </Tab>
              ))}
            </TabList>
            <main>
              <Suspense fallback={<Spinner size="tiny" label={s.loading} />}>
                {view === "plan" && <PlanView lang={lang} workspace={workspace} />}
                {view === "import" && <ImportView lang={lang} workspace={workspace} />}
                {view === "check" && <CheckView lang={lang} workspace={workspace} />}
                {view === "summary" && <SummaryView lang={lang} workspace={workspace} />}
                {view === "collect" && <CollectView lang={lang} workspace={workspace} />}
              </Suspense>
            </main>
          </>
        ) : (
          <main>{start ?? <NotInExcel lang={lang} />}</main>
        )}
        <footer className={styles.footer}>
          <Caption1>{s.privacy}</Caption1>
        </footer>
      </div>
    </FluentProvider>
  );
}
