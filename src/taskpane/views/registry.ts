/**
 * The task pane's views, each listed once: its id, its tab's label and its component.
 * App derives the tabs, the ViewId type and what it renders from this list, so a new
 * view is one entry here and its module. Each view is a chunk of its own, loaded
 * when first opened, which keeps the initial bundle small.
 */
import { lazy, type ComponentType } from "react";
import type { Lang } from "../../core/language";
import type { UiPhrase } from "../strings";
import type { Workspace } from "../workspace";

/** What every view is given. */
export type ViewProps = { readonly lang: Lang; readonly workspace: Workspace };

export type ViewEntry = {
  readonly id: string;
  /** The tab's label, a key of the pane's strings. */
  readonly label: UiPhrase;
  readonly View: ComponentType<ViewProps>;
};

/** In tab order; the first is the one shown when the pane opens. */
export const VIEWS = [
  { id: "plan", label: "viewPlan", View: lazy(() => import(/* webpackChunkName: "plan" */ "./PlanView")) },
  {
    id: "import",
    label: "viewImport",
    View: lazy(() => import(/* webpackChunkName: "import" */ "./ImportView")),
  },
  {
    id: "check",
    label: "viewCheck",
    View: lazy(() => import(/* webpackChunkName: "check" */ "./CheckView")),
  },
  {
    id: "summary",
    label: "viewSummary",
    View: lazy(() => import(/* webpackChunkName: "summary" */ "./SummaryView")),
  },
  {
    id: "collect",
    label: "viewCollect",
    View: lazy(() => import(/* webpackChunkName: "collect" */ "./CollectView")),
  },
] as const satisfies readonly ViewEntry[];

export type ViewId = (typeof VIEWS)[number]["id"];
