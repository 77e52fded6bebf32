/** The choice of a follow-up period: each with its kind and cut-off, as the Follow-up and Hand-out views offer them. */
import { Field, Select } from "@fluentui/react-components";
import type { Period } from "../../core/periods";
import type { Lang } from "../../core/language";

const WORDS: Readonly<Record<Lang, { readonly label: string } & Record<Period["type"], string>>> = {
  sv: { label: "Period", interim: "delår", annual: "helår" },
  en: { label: "Period", interim: "interim", annual: "annual" },
};

export type PeriodSelectProps = {
  readonly lang: Lang;
  readonly periods: readonly Period[];
  /** The chosen period's name. */
  readonly value: string;
  readonly onChange: (period: string) => void;
};

export function PeriodSelect({ lang, periods, value, onChange }: PeriodSelectProps) {
  const w = WORDS[lang];
  return (
    <Field label={w.label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {periods.map((p) => (
          <option key={p.name} value={p.name}>
            {p.name} ({w[p.type]}, {p.cutoff})
          </option>
        ))}
      </Select>
    </Field>
  );
}
