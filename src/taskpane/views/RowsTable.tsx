/** A captioned table of text rows in a focusable scroll region (import and collect previews, chart figures). */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxHeight: "18em", overflowY: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left" },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: "right" },
});

/**
 * Rows under column headers; the first cell of each row is its row header. The caption
 * gives the number of rows unless `counted` is false; `numeric` aligns the other
 * columns' figures to the right.
 */
export function RowsTable({
  caption,
  head,
  rows,
  counted = true,
  numeric = false,
}: {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly ReactNode[])[];
  readonly counted?: boolean;
  readonly numeric?: boolean;
}) {
  const styles = useStyles();
  return (
    // Focusable so keyboard users can scroll a wide or long table in a narrow pane.
    <div className={styles.wrap} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Text weight="semibold">
            {caption}
            {counted && ` (${rows.length})`}
          </Text>
        </caption>
        <thead>
          <tr>
            {head.map((h, j) => (
              <th
                key={h}
                scope="col"
                className={mergeClasses(styles.cell, numeric && j > 0 && styles.number)}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className={styles.cell}>
                    {v}
                  </th>
                ) : (
                  <td key={j} className={mergeClasses(styles.cell, numeric && styles.number)}>
                    {v}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
