import type { HttpRequest } from "@azure/functions";
import type { z } from "zod";
import { apiProblem, zodDetails } from "../../../core/api";
import { msg } from "../../../core/i18n";
import { ApiError } from "./apiError";

/**
 * The one place HTTP bodies are parsed: the size limit first (declared length, then the bytes read), then
 * JSON.parse, then the strict zod schema. 413 when too large, 400 when malformed or invalid, each with details.
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
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    throw new ApiError(
      apiProblem(
        "validation",
        msg("Nội dung gửi lên không phải JSON hợp lệ.", "The body is not valid JSON."),
        [{ path: "(body)", message: msg(String((e as Error).message), String((e as Error).message)) }],
      ),
    );
  }
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
