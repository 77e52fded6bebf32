/** Setting up the plan workbook: language, plan period and Charter version, then one action. */
import { useState } from "react";
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
import { setUpPlan } from "../../app/setUpPlan";
import { isIsoDate } from "../../core/dates";
import type { Lang } from "../../core/language";
import type { CharterVersion } from "../../core/plan.types";
import { tableSpec, type TableName } from "../../core/schema";
import { ErrorBar } from "../components/ErrorBar";
import { useAction } from "../useAction";
import type { Workspace } from "../workspace";
import { PLAN_STRINGS } from "./planStrings";

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
  const s = PLAN_STRINGS[lang];
  const styles = useStyles();
  const [bookLang, setBookLang] = useState<Lang>(lang);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [version, setVersion] = useState<CharterVersion>(2006);
  const [action, run] = useAction<readonly TableName[]>();
  const periodInvalid = isIsoDate(from) && isIsoDate(to) && to < from;

  const submit = async () => {
    const options = {
      lang: bookLang,
      version,
      ...(isIsoDate(from) ? { from } : {}),
      ...(isIsoDate(to) ? { to } : {}),
    };
    const result = await run((progress) =>
      workspace.run(async (port) => (await setUpPlan(port, options, progress)).created),
    );
    if (result) onDone(result);
  };

  return (
    <div className={styles.card} role="group" aria-labelledby="setup-title">
      <Subtitle2 as="h3" id="setup-title">
        {s.setUpTitle}
      </Subtitle2>
      <Text>{s.setUpIntro}</Text>
      <Text>
        {s.missingTables} {missing.map((name) => tableSpec(name).sheet[lang]).join(", ")}
      </Text>
      <Field label={s.language}>
        <Select value={bookLang} onChange={(_, d) => setBookLang(d.value === "en" ? "en" : "sv")}>
          <option value="sv">{s.swedish}</option>
          <option value="en">{s.english}</option>
        </Select>
      </Field>
      <div className={styles.dates}>
        <Field label={s.from}>
          <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
        </Field>
        <Field label={s.to} {...(periodInvalid ? { validationMessage: s.periodInvalid } : {})}>
          <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
        </Field>
      </div>
      <Field label={s.version}>
        <Select value={String(version)} onChange={(_, d) => setVersion(d.value === "2022" ? 2022 : 2006)}>
          <option value="2006">{s.version2006}</option>
          <option value="2022">{s.version2022}</option>
        </Select>
      </Field>
      <Button
        appearance="primary"
        onClick={() => void submit()}
        disabled={action.status === "busy" || periodInvalid}
      >
        {s.setUp}
      </Button>
      {action.status === "busy" && (
        <Field validationMessage={s.settingUp} validationState="none">
          <ProgressBar {...(action.progress === null ? {} : { value: action.progress })} />
        </Field>
      )}
      {action.status === "error" && <ErrorBar lang={lang} message={action.message} />}
    </div>
  );
}
