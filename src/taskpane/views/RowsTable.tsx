/** A captioned table of text rows in a focusable scroll region (import and collect previews). */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
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
});

/** Rows under column headers; the first cell of each row is its row header. */
export function RowsTable({
  caption,
  head,
  rows,
}: {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly ReactNode[])[];
}) {
  const styles = useStyles();
  return (
    // Focusable so keyboard users can scroll a wide or long table in a narrow pane.
    <div className={styles.wrap} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Text weight="semibold">
            {caption} ({rows.length})
          </Text>
        </caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className={styles.cell}>
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
                  <td key={j} className={styles.cell}>
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
