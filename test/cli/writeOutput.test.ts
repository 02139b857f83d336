import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../cli/main";
import { WriteOutputError, writeOutput } from "../../cli/writeOutput";
import { allKindsTemplate } from "../fixtures/allKindsTemplate";
import { memoryIo } from "./memoryIo";

const workDir = () => mkdtempSync(join(tmpdir(), "thidua-write-"));

/** The workbook as if a member had opened it in Excel and saved it: a later modified time. */
async function savedByAnotherProgram(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const core = await zip.file("docProps/core.xml")!.async("string");
  const edited = core.replace(/(<dcterms:modified[^>]*>)[^<]*/, "$12027-01-05T08:00:00Z");
  expect(edited).not.toBe(core);
  zip.file("docProps/core.xml", edited);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("writeOutput", () => {
  it("writes through a temporary file renamed into place, leaving nothing else in the folder", async () => {
    const dir = workDir();
    await writeOutput("a.txt", "một", { cwd: dir });
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("một");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("replaces a file only when it holds what would be written, unless forced", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "a.txt"), "của người dùng");
    await writeOutput("a.txt", "của người dùng", { cwd: dir });
    const refused = await writeOutput("a.txt", "mới", { cwd: dir, lang: "en" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WriteOutputError);
    expect((refused as Error).message).toBe(
      "will not overwrite a.txt: the file exists and was not written by thidua, or was edited since; add --force to replace it.",
    );
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("của người dùng");
    await writeOutput("a.txt", "mới", { cwd: dir, args: ["-o", "a.txt", "--force"] });
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("mới");
  });

  it("never writes over an input, even with --force, however the path is spelt", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "mau.json"), "{}");
    const args = ["./mau.json", "-o", "mau.json", "--force"];
    const refused = await writeOutput("mau.json", "x", { cwd: dir, args }).catch((e: unknown) => e);
    expect((refused as Error).message).toBe(
      "không ghi đè mau.json: đó là một tệp đầu vào của lệnh; hãy chọn tên tệp khác cho -o.",
    );
    expect(readFileSync(join(dir, "mau.json"), "utf8")).toBe("{}");
  });

  it("takes the value of --minutes for an output, not an input, while the other arguments stay inputs", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "bb.txt"), "cũ");
    for (const args of [
      ["rank", "mau.json", "--minutes", "bb.txt", "--force"],
      ["rank", "mau.json", "--minutes=bb.txt", "--force"],
    ]) {
      await writeOutput("bb.txt", "mới", { cwd: dir, args });
      expect(readFileSync(join(dir, "bb.txt"), "utf8")).toBe("mới");
    }
    const refused = await writeOutput("bb.txt", "x", {
      cwd: dir,
      args: ["rank", "--votes", "bb.txt", "--minutes", "bb.txt", "--force"],
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WriteOutputError);
    expect(readFileSync(join(dir, "bb.txt"), "utf8")).toBe("mới");
  });
});

describe("commands that write", () => {
  it("workbook -o naming the template is refused, and the template is untouched", async () => {
    const dir = workDir();
    const text = JSON.stringify(allKindsTemplate);
    writeFileSync(join(dir, "mau.json"), text);
    const io = memoryIo(dir);
    const code = await main(
      ["workbook", "mau.json", "--unit", "so-tu-phap", "-o", "mau.json", "--force"],
      io,
    );
    expect(code).toBe(1);
    // Its own line, after the warning that no --history was given.
    expect(io.err()).toMatch(
      /^thidua: không ghi được tệp: không ghi đè \S*mau\.json: đó là một tệp đầu vào/m,
    );
    expect(readFileSync(join(dir, "mau.json"), "utf8")).toBe(text);
  });

  it("workbook --all replaces its own workbooks but not one a member filled and saved", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "mau.json"), JSON.stringify(allKindsTemplate));
    const args = ["workbook", "mau.json", "--all", "-o", "out"];
    expect(await main(args, memoryIo(dir))).toBe(0);
    expect(await main(args, memoryIo(dir))).toBe(0);
    const filled = join(dir, "out", readdirSync(join(dir, "out"))[0]!);
    await savedByAnotherProgram(filled);
    const before = readFileSync(filled);
    const io = memoryIo(dir);
    expect(await main([...args, "--lang", "en"], io)).toBe(1);
    expect(io.err()).toContain("was not written by thidua, or was edited since; add --force");
    expect(readFileSync(filled).equals(before)).toBe(true);
    expect(await main([...args, "--force"], memoryIo(dir))).toBe(0);
    expect(readFileSync(filled).equals(before)).toBe(false);
  });

  it("template schema -o replaces its own schema but not another JSON file", async () => {
    const dir = workDir();
    expect(await main(["template", "schema", "-o", "schema.json"], memoryIo(dir))).toBe(0);
    expect(await main(["template", "schema", "-o", "schema.json"], memoryIo(dir))).toBe(0);
    writeFileSync(join(dir, "mau.json"), "{}");
    const io = memoryIo(dir);
    expect(await main(["template", "schema", "-o", "mau.json"], io)).toBe(1);
    expect(io.err()).toMatch(/^thidua: không ghi được mau\.json \(không ghi đè mau\.json: tệp đã có/);
    expect(readFileSync(join(dir, "mau.json"), "utf8")).toBe("{}");
  });
});
