import {
  addDays,
  addYears,
  daysBetween,
  isIsoDate,
  isoFromLocalDate,
  isoToSerial,
  serialToIso,
} from "../../../src/core/dates/dates";

describe("dates", () => {
  it("converts ISO dates to Excel serials and back", () => {
    expect(isoToSerial("2000-01-01")).toBe(36526);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(serialToIso(43708)).toBe("2019-08-31");
    expect(serialToIso(43708.75)).toBe("2019-08-31");
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(3e6)).toBeNull();
  });
  it("counts January and February 1900 as Excel shows them, its phantom 1900-02-29 left out", () => {
    // Microsoft: "Excel incorrectly assumes that the year 1900 is a leap year" (KB 214326);
    // serial 1 shows as 1900-01-01, 59 as 1900-02-28, 60 as 1900-02-29, 61 as 1900-03-01.
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(59)).toBe("1900-02-28");
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(60.5)).toBeNull();
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(isoToSerial("1900-01-01")).toBe(1);
    expect(isoToSerial("1900-02-28")).toBe(59);
    for (const serial of [1, 2, 31, 32, 59, 61, 62, 36526])
      expect(isoToSerial(serialToIso(serial)!)).toBe(serial);
  });
  it("counts two years after 29 February to 28 February", () => {
    expect(addYears("2020-02-29", 2)).toBe("2022-02-28");
    expect(addYears("2024-10-01", 2)).toBe("2026-10-01");
  });
  it("adds days and counts them across a leap day", () => {
    expect(addDays("2020-02-28", 2)).toBe("2020-03-01");
    expect(daysBetween("2024-01-01", "2024-12-31")).toBe(365);
  });
  it("accepts only real calendar dates as ISO", () => {
    expect(isIsoDate("2019-02-29")).toBe(false);
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("2020-2-29")).toBe(false);
  });
});

describe("the local calendar day", () => {
  it("is the day shown in the machine's own time zone, not UTC's", () => {
    const lateEvening = new Date(2024, 9, 1, 23, 30);
    expect(isoFromLocalDate(lateEvening)).toBe("2024-10-01");
    expect(isoFromLocalDate(new Date(2024, 0, 1, 0, 5))).toBe("2024-01-01");
  });
});
