/** The benchmark's own logic (bench/): statistics, parsing of process figures, and the PASS/FAIL of targets. */
import { barePass } from "../../bench/coreTime";
import { PLANS } from "../../bench/plans";
import { table } from "../../bench/print";
import { parseCpuMs, parsePeakRss } from "../../bench/processRun";
import { roundTrips, type ActionTrips } from "../../bench/roundTrips";
import { median, pairedRatio, ratio } from "../../bench/stats";
import { judge, type Measured } from "../../bench/targets";
import type { CoreTime } from "../../bench/coreTime";

const GNU_TIME_OUTPUT = `
	Command being timed: "node --import tsx src/cli/main.ts check plan.xlsx"
	User time (seconds): 4.12
	System time (seconds): 0.38
	Maximum resident set size (kbytes): 224876
	Exit status: 1
`;

function trips(action: ActionTrips["action"], syncs: number, bytes = 10_000): ActionTrips {
  return { action, syncs, maxRequestBytes: bytes, maxResponseBytes: bytes, error: null };
}

function core(totalMs: number, bareMs: number): CoreTime {
  return {
    cells: 1000,
    readMs: totalMs / 2,
    checkMs: totalMs / 4,
    summaryMs: totalMs / 4,
    totalMs,
    bareMs,
    overhead: ratio(totalMs, bareMs),
    findings: 3,
  };
}

const base: Measured = {
  trips: [],
  core: [],
  commandLine: null,
  corpus: null,
  bundle: null,
  firstRender: null,
};
const verdict = (m: Measured, prefix: string): boolean | undefined =>
  judge(m).find((t) => t.target.startsWith(prefix))?.pass;

describe("the benchmark's statistics", () => {
  it("takes the middle value of an odd count and the mean of the middle two of an even count", () => {
    expect(median([900, 120, 450])).toBe(450);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("gives no ratio for a zero divisor", () => {
    expect(ratio(5_766, 3_499)).toBe(1.65);
    expect(ratio(10, 0)).toBeNull();
  });

  it("reads peak memory and CPU time from /usr/bin/time -v and from the in-process wrapper", () => {
    expect(parsePeakRss(GNU_TIME_OUTPUT)).toBe(224_876);
    expect(parseCpuMs(GNU_TIME_OUTPUT)).toBe(4_500);
    expect(parsePeakRss("maxRSS 180224\ncpuMs 3210\n")).toBe(180_224);
    expect(parseCpuMs("maxRSS 180224\ncpuMs 3210\n")).toBe(3_210);
    expect(parsePeakRss("Segmentation fault")).toBeNaN();
  });

  it("copies every cell of the bare pass into new rows", () => {
    const raw = {
      tables: [],
      sheets: [
        {
          sheet: "Mål",
          top: 0,
          left: 0,
          values: [
            ["M1", 38],
            ["M2", null],
          ],
        },
      ],
    };
    const [copy] = barePass(raw);
    expect(copy).toEqual([
      ["M1", 38],
      ["M2", null],
    ]);
    expect(copy?.[0]).not.toBe(raw.sheets[0]?.values[0]);
  });
});

describe("judging the targets", () => {
  it("fails an action whose number of syncs changes with the plan's size", () => {
    const m = {
      ...base,
      trips: [[trips("summaryWrite", 3)], [trips("summaryWrite", 3)], [trips("summaryWrite", 4)]],
    };
    expect(verdict(m, "summaryWrite: same syncs")).toBe(false);
    expect(verdict(m, "summaryWrite: at most 5")).toBe(true);
  });

  it("fails a check of more than three syncs and a sync payload over 4,000,000 bytes", () => {
    const m = { ...base, trips: [[trips("check", 4, 4_100_000)], [trips("check", 4, 200)]] };
    expect(verdict(m, "check: same syncs")).toBe(true);
    expect(verdict(m, "check: at most 3")).toBe(false);
    expect(verdict(m, "no sync payload")).toBe(false);
  });

  it("fails an action that threw in the fake Excel even when its syncs look fine", () => {
    const failed: ActionTrips = { ...trips("check", 2), error: "RequestPayloadSizeLimitExceeded" };
    expect(verdict({ ...base, trips: [[failed], [trips("check", 2)]] }, "check: same syncs")).toBe(false);
  });

  it("fails core time that grows like the square of the rows, and passes linear growth", () => {
    expect(verdict({ ...base, core: [core(20, 4), core(2_000, 40)] }, "core time grows")).toBe(false);
    expect(verdict({ ...base, core: [core(20, 4), core(210, 40)] }, "core time grows")).toBe(true);
  });

  it("fails core time over its budget of 250 ms on the largest plan, whatever the bare pass", () => {
    expect(verdict({ ...base, core: [core(20, 4), core(210, 40)] }, "core read + check + summary")).toBe(
      true,
    );
    expect(verdict({ ...base, core: [core(26, 40), core(260, 40)] }, "core read + check + summary")).toBe(
      false,
    );
  });

  it("fails a command line check of more than four times node -e 0, and passes one within", () => {
    const startup = (checkRatio: number): Measured => ({
      ...base,
      startup: {
        rounds: 21,
        bundleBytes: 1_200_000,
        nodeMs: 51,
        loadMs: 130,
        checkMs: 51 * checkRatio,
        checkRatio,
        loadRatio: 2.5,
      },
    });
    expect(verdict(startup(4.21), "command line check")).toBe(false);
    expect(verdict(startup(3.9), "command line check")).toBe(true);
    expect(verdict(base, "command line check")).toBeUndefined();
  });

  it("fails a report --out that takes more than 1.2 times the report without it, pair by pair", () => {
    const cli = (reportMs: number, outMs: number, pairs: readonly [number, number][]): Measured => {
      const command = (name: "report" | "reportOut", wallMs: number) => ({
        command: name,
        args: "",
        wallMs,
        cpuMs: wallMs,
        peakRssMb: 200,
        timeRatio: 1,
        cpuRatio: 1,
        memoryRatio: 1,
        runsMs: [wallMs],
      });
      return {
        ...base,
        commandLine: {
          fileBytes: 3_000_000,
          memoryMethod: "resourceUsage",
          runs: pairs.length,
          commands: [command("report", reportMs), command("reportOut", outMs)],
          reportOut: {
            wallRatios: pairs.map(([out, report]) => out / report),
            wallRatio: pairedRatio(pairs),
            cpuRatio: pairedRatio(pairs),
          },
        },
      };
    };
    const target = "command line report --out ≤ 1.2× report";
    expect(verdict(cli(1_000, 1_150, [[1_150, 1_000]]), target)).toBe(true);
    expect(verdict(cli(1_000, 1_250, [[1_250, 1_000]]), target)).toBe(false);
    // The medians of runs taken at different moments of a busy machine say 1.45×; run
    // back to back, every pair says about 1.1×, and the pairs are what counts.
    const noisy: [number, number][] = [
      [1_650, 1_500],
      [1_100, 1_000],
      [1_120, 1_000],
      [1_600, 1_480],
      [1_450, 1_300],
    ];
    expect(verdict(cli(1_000, 1_450, noisy), target)).toBe(true);
    expect(judge(cli(1_000, 1_450, noisy)).find((t) => t.target.startsWith(target))?.measured).toMatch(
      /^1\.1\d?× \(pairs 1\.08–1\.12×/,
    );
  });

  it("takes the median of ratios pair by pair, leaving out pairs that have no figure", () => {
    expect(
      pairedRatio([
        [130, 100],
        [300, 200],
        [99, 90],
      ]),
    ).toBe(1.3);
    expect(pairedRatio([[Number.NaN, 100]])).toBeNull();
    expect(pairedRatio([])).toBeNull();
  });

  it("fails a file that takes more than 10 s or 1 GB to open, and a corpus not read as expected", () => {
    const corpus = (wallMs: number, peakRssMb: number, read = 165): Measured => ({
      ...base,
      corpus: {
        files: 177,
        read,
        refused: 177 - read,
        medianMs: 12,
        slowest: { file: "57893-many-merges.xlsx", ms: 480 },
        processes: [{ file: "generated", bytes: 20_000_000, outcome: "read", wallMs, peakRssMb }],
      },
    });
    expect(verdict(corpus(4_200, 480), "open ≤ 10 s")).toBe(true);
    expect(verdict(corpus(10_400, 480), "open ≤ 10 s")).toBe(false);
    expect(verdict(corpus(4_200, 1_100), "open ≤ 1 GB")).toBe(false);
    expect(verdict(corpus(4_200, 480, 164), "every corpus file")).toBe(false);
  });

  it("fails a first render of a second or more", () => {
    const render = (ms: number): Measured => ({
      ...base,
      firstRender: { runs: [ms], medianMs: ms, external: [] },
    });
    expect(verdict(render(1_000), "first render")).toBe(false);
    expect(verdict(render(420), "first render")).toBe(true);
  });
});

describe("the benchmark's output", () => {
  it("right-aligns numbers and pads text so columns line up", () => {
    const lines = table(
      ["åtgärd", "syncs"],
      [
        ["check", 2],
        ["summaryWrite", 12],
      ],
    ).split("\n");
    expect(lines.map((l) => l.length)).toEqual([19, 19, 19, 19]);
    expect(lines[2]).toMatch(/ {3}2$/);
  });

  it("counts syncs of every action on the smallest plan in the fake Excel, within the targets", async () => {
    const smallest = PLANS[0];
    if (!smallest) throw new Error("no plans");
    const measured = await roundTrips(smallest);
    expect(measured.map((t) => t.error)).toEqual(measured.map(() => null));
    expect(measured.find((t) => t.action === "check")?.syncs).toBeLessThanOrEqual(3);
    expect(measured.find((t) => t.action === "summaryWrite")?.syncs).toBeLessThanOrEqual(5);
  });
});
