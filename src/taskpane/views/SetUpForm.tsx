/** Setting up the plan workbook: language, plan period and Charter version, then one action (useSetUpForm). */
import {
  Button,
  Field,
  Input,
  ProgressBar,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { type TableName, tableSpec } from "../../core/schema";
import { ErrorBar } from "../components/ErrorBar";
import type { Workspace } from "../workspace";
import { canSetUp, periodInvalid } from "./planMachine";
import { planWords } from "./planStrings";
import { useSetUpForm } from "./useSetUpForm";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dates: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
});

export type SetUpFormProps = {
  readonly lang: Lang;
  readonly workspace: Workspace;
  readonly missing: readonly TableName[];
  readonly onDone: (created: readonly TableName[]) => void;
};

export function SetUpForm({ lang, workspace, missing, onDone }: SetUpFormProps) {
  const say = planWords(lang);
  const styles = useStyles();
  const { state, edit, setUp } = useSetUpForm(lang, workspace, onDone);
  const { action } = state;
  const invalid = periodInvalid(state);

  return (
    <div className={styles.card} role="group" aria-labelledby="setup-title">
      <Subtitle2 as="h3" id="setup-title">
        {say("setUpTitle")}
      </Subtitle2>
      <Text>{say("setUpIntro")}</Text>
      <Text>
        {say("missingTables", { tables: missing.map((name) => tableSpec(name).sheet[lang]).join(", ") })}
      </Text>
      <Field label={say("language")}>
        <Select value={state.lang} onChange={(_, d) => edit({ lang: d.value === "en" ? "en" : "sv" })}>
          <option value="sv">{say("swedish")}</option>
          <option value="en">{say("english")}</option>
        </Select>
      </Field>
      <div className={styles.dates}>
        <Field label={say("from")}>
          <Input type="date" value={state.from} onChange={(_, d) => edit({ from: d.value })} />
        </Field>
        <Field label={say("to")} {...(invalid ? { validationMessage: say("periodInvalid") } : {})}>
          <Input type="date" value={state.to} onChange={(_, d) => edit({ to: d.value })} />
        </Field>
      </div>
      <Field label={say("version")}>
        <Select
          value={String(state.version)}
          onChange={(_, d) => edit({ version: d.value === "2022" ? 2022 : 2006 })}
        >
          <option value="2006">{say("version2006")}</option>
          <option value="2022">{say("version2022")}</option>
        </Select>
      </Field>
      <Button appearance="primary" onClick={setUp} disabled={!canSetUp(state)}>
        {say("setUp")}
      </Button>
      {action.status === "settingUp" && (
        <Field validationMessage={say("settingUp")} validationState="none">
          <ProgressBar {...(action.progress === null ? {} : { value: action.progress })} />
        </Field>
      )}
      {action.status === "error" && <ErrorBar lang={lang} message={action.message} />}
    </div>
  );
}
