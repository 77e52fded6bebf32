/**
 * The composition root: finds out whether the pane runs inside Excel, picks the
 * language and theme from Office (or the browser), and renders the add-in on the
 * open workbook, or the web page that works on an .xlsx file. The only
 * Office.onReady of the task pane, and the only place that wires adapters.
 */
import { createRoot } from "react-dom/client";
import { langFromTag } from "../core/language";
import { App } from "./App";
import { NotInExcel } from "./components/NotInExcel";
import { excelWorkspace, loadExcelAdapter } from "./hosts/excelWorkspace";
import { WebPage } from "./hosts/WebPage";
import { REQUIRED_EXCEL_API } from "./requirements";
import { themeModeFrom } from "./theme";

type HostInfo = {
  inExcel: boolean;
  supported: boolean;
  lang: string | undefined;
  officeDark?: boolean;
  officeBackground?: string;
};

async function detectHost(): Promise<HostInfo> {
  const browser: HostInfo = { inExcel: false, supported: true, lang: navigator.language };
  if (typeof Office === "undefined") return browser;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return browser;
  const host: HostInfo = {
    inExcel: true,
    supported: Office.context.requirements.isSetSupported(REQUIRED_EXCEL_API.set, REQUIRED_EXCEL_API.version),
    lang: Office.context.displayLanguage,
  };
  const theme = Office.context.officeTheme as (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
  if (theme?.isDarkTheme !== undefined) host.officeDark = theme.isDarkTheme;
  if (theme?.bodyBackgroundColor) host.officeBackground = theme.bodyBackgroundColor;
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
  const lang = langFromTag(host.lang);
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  if (!host.inExcel) root.render(<WebPage lang={lang} theme={theme} />);
  else if (host.supported) {
    // The Office adapter loads while the first view does.
    void loadExcelAdapter();
    root.render(<App lang={lang} theme={theme} workspace={excelWorkspace} />);
  } else
    root.render(
      <App
        lang={lang}
        theme={theme}
        workspace={null}
        start={<NotInExcel lang={lang} reason="unsupported" />}
      />,
    );
}

void start();
