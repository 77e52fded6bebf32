/** Renders a piece of the task pane as the pane does: inside Fluent's provider and theme. */
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function renderInPane(node: ReactNode): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}
