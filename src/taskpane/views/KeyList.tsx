/** A key (legend): marks and their meanings in a wrapping list, as the charts and the coverage tiles use. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  mark: { display: "inline-flex" },
});

export function KeyList({
  label,
  items,
}: {
  readonly label: string;
  /** Each item's mark is decoration: its text says it all. */
  readonly items: readonly { readonly key: string; readonly mark: ReactNode; readonly text: string }[];
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={styles.item}>
          <span className={styles.mark} aria-hidden="true">
            {item.mark}
          </span>
          <Text size={200}>{item.text}</Text>
        </li>
      ))}
    </ul>
  );
}
