import type { HttpRequest } from "@azure/functions";
import type { z } from "zod";
import { apiProblem, zodDetails } from "../../../core/api";
import { msg } from "../../../core/i18n";
import { parseJsonText } from "../../../core/json";
import { ApiError } from "./apiError";

/**
 * The one place HTTP bodies are parsed: the size limit first (declared length, then the bytes read), then
 * core's strict JSON reader, then the strict zod schema. 413 when too large, 400 when malformed or invalid, each with details.
 */
export async function readJsonBody<S extends z.ZodType>(
  request: HttpRequest,
  schema: S,
  maxBytes: number,
): Promise<z.output<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(
      apiProblem(
        "validation",
        msg("Nội dung gửi lên không phải văn bản UTF-8.", "The body is not UTF-8 text."),
        [{ path: "(body)", message: msg("cần mã hóa UTF-8", "UTF-8 expected") }],
      ),
    );
  }
  // The same strict reader as the CLI's files: duplicate keys, prototype keys and deep nesting are refused by place.
  const json = parseJsonText(text, { maxBytes });
  if (!json.ok) {
    const { problem } = json;
    throw new ApiError(
      apiProblem(
        "validation",
        msg("Nội dung gửi lên không phải JSON hợp lệ.", "The body is not valid JSON."),
        [{ path: problem.path === "" ? "(body)" : problem.path, message: problem.message }],
      ),
    );
  }
  const value = json.value;
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new ApiError(
      apiProblem(
        "validation",
        msg("Nội dung gửi lên không đúng định dạng.", "The body does not match the expected format."),
        zodDetails(parsed.error.issues),
      ),
    );
  return parsed.data;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(
    apiProblem(
      "too-large",
      msg(`Nội dung gửi lên vượt quá ${maxBytes} byte.`, `The body is larger than ${maxBytes} bytes.`),
    ),
  );
}
