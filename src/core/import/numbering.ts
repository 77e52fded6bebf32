/**
 * IDs for imported rows: goals M1, M2 …, activities A1.1, A1.2 … under their goal's
 * number. Existing IDs are never reused; new goals continue after the highest
 * existing M-number.
 */

/** The highest number of the IDs written M<n>, or 0 when there is none. */
export function highestGoalNumber(ids: readonly string[]): number {
  let max = 0;
  for (const id of ids) {
    const m = /^\s*M(\d+)\s*$/i.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/** Hands out Goal and Activity IDs that are not taken. */
export class IdNumbering {
  private nextGoal: number;
  private readonly taken: Set<string>;
  private readonly activityCount = new Map<string, number>();
  /** The highest existing Goal ID continued, or null when numbering starts at M1. */
  readonly continuedAfter: string | null;

  constructor(existingGoalIds: readonly string[], existingActivityIds: readonly string[]) {
    const highest = highestGoalNumber(existingGoalIds);
    this.nextGoal = highest + 1;
    this.continuedAfter = highest > 0 ? `M${highest}` : null;
    this.taken = new Set([...existingGoalIds, ...existingActivityIds].map((id) => id.trim().toUpperCase()));
  }

  /** The next free Goal ID. */
  goalId(): string {
    let id = `M${this.nextGoal++}`;
    while (this.taken.has(id)) id = `M${this.nextGoal++}`;
    this.taken.add(id);
    return id;
  }

  /** The next free Activity ID under a goal: A<goal number>.<k>. */
  activityId(goalId: string): string {
    const goalNumber = goalId.slice(1);
    let k = this.activityCount.get(goalId) ?? 0;
    let id: string;
    do {
      k += 1;
      id = `A${goalNumber}.${k}`;
    } while (this.taken.has(id));
    this.activityCount.set(goalId, k);
    this.taken.add(id);
    return id;
  }
}
