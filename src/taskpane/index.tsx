/**
 * The composition root: finds out whether the pane runs inside Excel, picks the
 * language and theme from Office (or the browser), and renders the app with the
 * matching workspace. The only Office.onReady of the task pane.
 */
import { createRoot } from "react-dom/client";
import { langFromTag } from "../core/language";
import { App } from "./App";
import { themeModeFrom } from "./theme";
import type { Workspace } from "./workspace";

type HostInfo = { inExcel: boolean; lang: string | undefined; officeDark?: boolean; officeBackground?: string };

async function detectHost(): Promise<HostInfo> {
  if (typeof Office === "undefined") return { inExcel: false, lang: navigator.language };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { inExcel: false, lang: navigator.language };
  const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
  const host: HostInfo = { inExcel: true, lang: Office.context.displayLanguage };
  if (theme) {
    const dark = (theme as { isDarkTheme?: boolean }).isDarkTheme;
    if (dark !== undefined) host.officeDark = dark;
    if (theme.bodyBackgroundColor) host.officeBackground = theme.bodyBackgroundColor;
  }
  return host;
}

async function start(): Promise<void> {
  const host = await detectHost();
  const media = (q: string) => typeof window.matchMedia === "function" && window.matchMedia(q).matches;
  const theme = themeModeFrom({
    officeDark: host.officeDark,
    officeBackground: host.officeBackground,
    prefersDark: media("(prefers-color-scheme: dark)"),
    forcedColors: media("(forced-colors: active)"),
  });
  const workspace: Workspace | null = null;
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<App lang={langFromTag(host.lang)} theme={theme} workspace={workspace} />);
}

void start();
