import { goalArticles } from "../../../src/core/import/goalArticles";

describe("goalArticles", () => {
  it.each([
    ["Artikel 11: Jämställda löner", [11], "Jämställda löner"],
    ["Art. 2 och 5 – Jämn representation", [2, 5], "Jämn representation"],
    ["Article 22 - Safe public transport", [22], "Safe public transport"],
    ["Jämställd vård (artikel 14)", [14], "Jämställd vård"],
    ["(Art. 11) Heltid som norm", [11], "Heltid som norm"],
  ])("reads the article that %p names and removes the naming", (text, articles, goal) => {
    expect(goalArticles(text)).toEqual({ articles, goal });
  });

  it.each(["Jämställda löner senast 2020", "Artikelserie om jämställdhet", "Art i offentliga miljöer"])(
    "leaves %p as it is",
    (text) => {
      expect(goalArticles(text)).toEqual({ articles: [], goal: text });
    },
  );
});
