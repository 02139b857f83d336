import { CLI_COMMANDS, measureCli, timeCommands } from "../../bench/cliBench";

describe("the CLI bench", () => {
  it("times --help and a real rank of an example bloc in child processes, each exiting 0 with one output", () => {
    const table = measureCli(1);
    expect(table.rows.map((r) => r[0])).toEqual(CLI_COMMANDS.map((c) => c.what));
    for (const row of table.rows) {
      expect(row[1]).toBe("1/1");
      expect(row[2]).toBe("1");
      expect(row[3]).toMatch(/^\d/);
    }
  }, 120_000);

  it("does not count a run that fails, and sees runs whose outputs differ", () => {
    const [failing, varying] = timeCommands(
      [
        { what: "fails", args: ["-e", "process.exit(3)"] },
        { what: "varies", args: ["-e", "console.log(Math.random())"] },
      ],
      2,
    );
    expect(failing!.sound).toBe(0);
    expect(varying!.sound).toBe(2);
    expect(varying!.outputs).toBe(2);
  }, 60_000);
});
