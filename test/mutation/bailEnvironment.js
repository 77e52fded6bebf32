// Jest's node environment for the mutation runs only (stryker.jest.config.js): once a test has
// failed against a mutant, the rest of that mutant's tests are skipped. Stryker's jest runner runs
// every test that reaches a mutant, though the first failure kills it; the value readers are
// reached by a thousand tests, a minute a mutant. Stryker counts a mutant killed by its first
// failing test all the same, and survivors still run every test, as the score needs.
const { TestEnvironment } = require("jest-environment-node");

/** Stryker names the mutant under test in this variable, and only while one is. */
const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";
/** The mutant that has failed a test, shared by the test files of one run (they run in band). */
const KILLED = Symbol.for("cemr.mutation.killed");

class BailingEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    const mutant = process.env[ACTIVE_MUTANT];
    if (mutant === undefined) return;
    const failed =
      event.name === "hook_failure" || (event.name === "test_done" && event.test.errors.length > 0);
    if (failed) process[KILLED] = mutant;
    if (process[KILLED] !== mutant) return;
    // Skipping the block skips its beforeAll hooks too; a test already started is skipped alone.
    if (event.name === "run_describe_start") event.describeBlock.mode = "skip";
    if (event.name === "test_start") event.test.mode = "skip";
  }
}

module.exports = BailingEnvironment;
