import { formatMessage, joinList, pluralCategory, speaker, speakerIn } from "../../../src/core/text";
import { EN } from "../../../src/core/summary/text/en";
import { SV } from "../../../src/core/summary/text/sv";

// The referee for the plural forms is CLDR through the JavaScript engine's Intl.PluralRules:
// Swedish and English both have "one" for exactly 1 and "other" for 0, 2, 21, 1.5 …
describe("formatMessage", () => {
  it("puts in named arguments as they are, in any order", () => {
    expect(formatMessage("{b} före {a}", { a: "A3", b: 1200 }, "sv")).toBe("1200 före A3");
  });

  it("formats a number for the language with {n, number}", () => {
    expect(formatMessage("{n, number} kr", { n: 1234567 }, "sv")).toBe("1\u00a0234\u00a0567 kr");
    expect(formatMessage("{n, number} SEK", { n: 1234567 }, "en")).toBe("1,234,567 SEK");
  });

  it("picks the plural form by Intl.PluralRules and puts the formatted number for #", () => {
    const m = "{n, plural, one {en aktivitet} other {# aktiviteter}}";
    expect([0, 1, 2, 1500].map((n) => formatMessage(m, { n }, "sv"))).toEqual([
      "0 aktiviteter",
      "en aktivitet",
      "2 aktiviteter",
      "1\u00a0500 aktiviteter",
    ]);
    expect(pluralCategory(1, "en")).toBe("one");
    expect(pluralCategory(21, "en")).toBe("other");
  });

  it("matches an exact value before the category", () => {
    const m = "{n, plural, =0 {none} one {one} other {#}}";
    expect([0, 1, 3].map((n) => formatMessage(m, { n }, "en"))).toEqual(["none", "one", "3"]);
  });

  it("selects a form by value, with other as the fallback, and fills arguments inside it", () => {
    const m = "Utfallet är {x}{has, select, no {} other {, {share} av budgeten}}.";
    expect(formatMessage(m, { x: "5 kr", has: "no", share: "" }, "sv")).toBe("Utfallet är 5 kr.");
    expect(formatMessage(m, { x: "5 kr", has: "yes", share: "50 %" }, "sv")).toBe(
      "Utfallet är 5 kr, 50 % av budgeten.",
    );
  });

  it("does not read braces or # inside an argument's value", () => {
    expect(formatMessage("{n, plural, one {# : {name}} other {#}}", { n: 1, name: "{x} #" }, "en")).toBe(
      "1 : {x} #",
    );
  });

  it("throws on an argument the message names but is not given, a programmer error", () => {
    expect(() => formatMessage("Hej {name}", {}, "sv")).toThrow(/\{name\}/);
    expect(() => formatMessage("Hej {name", { name: "A" }, "sv")).toThrow(/unclosed/);
    expect(() => formatMessage("{n, plural, one {x}}", { n: 2 }, "sv")).toThrow(/other/);
  });
});

describe("speaker and joinList", () => {
  it("says a key of the book in the language asked for", () => {
    const say = speaker({ sv: { hi: "Hej {name}" }, en: { hi: "Hi {name}" } });
    expect(say("hi", "sv", { name: "Ada" })).toBe("Hej Ada");
    expect(say("hi", "en", { name: "Ada" })).toBe("Hi Ada");
  });

  it("says a key in the one language a view speaks, with or without arguments", () => {
    const books = {
      sv: { title: "Planen", left: "{n, plural, one {# dag} other {# dagar}} kvar" },
      en: { title: "The plan", left: "{n, plural, one {# day} other {# days}} left" },
    };
    const say = speakerIn(books, "sv");
    expect(say("title")).toBe("Planen");
    expect(say("left", { n: 1 })).toBe("1 dag kvar");
    expect(speakerIn(books, "en")("left", { n: 12 })).toBe("12 days left");
    expect(() => say("left")).toThrow(/\{n\}/);
  });

  it("joins a list with och / and and no serial comma", () => {
    expect(joinList(["a", "b", "c"], "sv")).toBe("a, b och c");
    expect(joinList(["a", "b", "c"], "en")).toBe("a, b and c");
    expect(joinList(["a"], "en")).toBe("a");
    expect(joinList([], "en")).toBe("");
  });
});

describe("the summary phrasebooks", () => {
  const ARGS = {
    period: "P",
    cutoff: "C",
    total: 3,
    parts: "X",
    n: 2,
    share: "S",
    hasShare: "yes",
    names: "N",
    budget: "B",
    outcome: "O",
    forecast: "F",
    deviation: "D",
    zero: "Z",
    amount: "A",
    since: "Y",
    before: 1,
    now: 2,
    span: "dates",
    start: "T0",
    end: "T1",
    done: 1,
    improved: 1,
    comparable: 2,
    // The part per national sub-goal (issue 29).
    number: 5,
    name: "Jämställd hälsa",
    goals: 2,
    activities: 3,
    id: "M1",
    assessment: "partlyMet",
    values: "both",
    targetKind: "gap",
    target: "T",
    women: "W",
    men: "M",
    gap: "G",
    regional: "R",
    on: "goal",
    kinds: "K",
    hasAction: "yes",
    action: "A",
  };

  it("have the same keys in Swedish and English", () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(SV).sort());
  });

  it("say every phrase in both languages with no placeholder left over", () => {
    for (const book of [SV, EN])
      for (const [key, text] of Object.entries(book)) {
        const said = formatMessage(text, ARGS, book === SV ? "sv" : "en");
        expect({ key, said }).toEqual({ key, said: expect.not.stringMatching(/[{}#]/) });
      }
  });
});
