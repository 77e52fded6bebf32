/**
 * The Fluent theme that matches Office's: dark when Office (or, outside Office, the
 * browser) is dark, high contrast when the system forces colours. Excel has no
 * theme-changed event, so this is read once at start.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeMode = "light" | "dark" | "highContrast";

export type ThemeSignals = {
  /** Office.context.officeTheme.isDarkTheme, when inside Office. */
  readonly officeDark?: boolean | undefined;
  /** Office.context.officeTheme.bodyBackgroundColor, a fallback where isDarkTheme is absent. */
  readonly officeBackground?: string | undefined;
  readonly prefersDark: boolean;
  readonly forcedColors: boolean;
};

/** Relative luminance of a "#RRGGBB" colour (0 black … 1 white), or null. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16) / 255);
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Decides the theme mode from what Office and the browser say. */
export function themeModeFrom(signals: ThemeSignals): ThemeMode {
  if (signals.forcedColors) return "highContrast";
  if (signals.officeDark !== undefined) return signals.officeDark ? "dark" : "light";
  const lum = signals.officeBackground ? luminance(signals.officeBackground) : null;
  if (lum !== null) return lum < 0.5 ? "dark" : "light";
  return signals.prefersDark ? "dark" : "light";
}

export const THEMES: Readonly<Record<ThemeMode, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};
