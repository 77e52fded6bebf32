/** The choice of a follow-up period: each with its kind and cut-off, as the Follow-up and Hand-out views offer them. */
import { Field, Select } from "@fluentui/react-components";
import type { Period } from "../../core/periods";
import type { Lang } from "../../core/language";
import { speakerIn, type Phrasebooks } from "../../core/text";

const BOOKS: Phrasebooks<"label" | "period"> = {
  sv: { label: "Period", period: "{name} ({type, select, interim {delår} other {helår}}, {cutoff})" },
  en: { label: "Period", period: "{name} ({type, select, interim {interim} other {annual}}, {cutoff})" },
};

export type PeriodSelectProps = {
  readonly lang: Lang;
  readonly periods: readonly Period[];
  /** The chosen period's name. */
  readonly value: string;
  readonly onChange: (period: string) => void;
};

export function PeriodSelect({ lang, periods, value, onChange }: PeriodSelectProps) {
  const say = speakerIn(BOOKS, lang);
  return (
    <Field label={say("label")}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {periods.map((p) => (
          <option key={p.name} value={p.name}>
            {say("period", { name: p.name, type: p.type, cutoff: p.cutoff })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
