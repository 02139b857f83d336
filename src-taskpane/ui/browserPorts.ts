import * as z from "zod/mini";
import type { ReturnFiles, TableSource } from "./createPane";

const TableIndexSchema = z.array(z.object({ id: z.string(), title: z.string(), file: z.string() }));

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new TypeError(`fetch ${url}: ${response.status}`);
  return response.json();
}

/** The sample tables the build copied next to the page (templates/index.json lists them). */
export function fetchedTables(base = ""): TableSource {
  return {
    list: async () => TableIndexSchema.parse(await fetchJson(`${base}templates/index.json`)),
    load: (choice) => fetchJson(`${base}${choice.file}`),
  };
}

/** Saves a file as a download (Excel on the web and on the desktop both let the pane download). */
export const downloadedFiles: ReturnFiles = {
  async save(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
