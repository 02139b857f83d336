import { app } from "@azure/functions";
import { z } from "zod";
import { authorize } from "../../../core/access";
import { apiProblem } from "../../../core/api";
import { msg } from "../../../core/i18n";
import { IdentityMappingSchema, parseIdentityMapping } from "../../../core/identity";
import { StoreConflictError, StoreStaleError } from "../../../core/ports";
import { authenticate } from "../auth/authenticate";
import { forgetIdentityMapping } from "../auth/loadIdentityMapping";
import { ApiError, must } from "../http/apiError";
import { apiHandler } from "../http/apiHandler";
import { httpOptions } from "../http/httpOptions";
import { readJsonBody } from "../http/readJsonBody";
import { ENTITY_BYTES } from "../storage/entityChunks";
import { appendAudit } from "../useCases/appendAudit";

/**
 * `PUT /api/admin/identity-mapping` (board): replaces the Entra ID mapping whole after `parseIdentityMapping`
 * accepted it (400 with every problem otherwise). Without `If-Match` it only creates the first mapping (409 when one
 * exists); with the `ETag` of `GET` it replaces that version (412 when someone changed it since). Audited.
 */
export const putIdentityMapping = apiHandler(async (request, services) => {
  const principal = await authenticate(request, services);
  must(authorize(principal, "admin", { blocId: "*" }));
  const body = await readJsonBody(request, z.unknown(), services.config.maxBodyBytes);
  const checked = parseIdentityMapping(body);
  if (!checked.ok)
    throw new ApiError(
      apiProblem(
        "validation",
        msg(
          `Bảng gán quyền Entra ID có ${checked.problems.length} lỗi; không có gì được lưu.`,
          `The Entra ID mapping has ${checked.problems.length} problem(s); nothing was stored.`,
        ),
        checked.problems,
      ),
    );
  // Accepted above, so this parse cannot fail; it gives the stored form (GUIDs in lower case).
  const mapping = IdentityMappingSchema.parse(body);
  if (Buffer.byteLength(JSON.stringify(mapping), "utf8") > ENTITY_BYTES)
    throw new ApiError(
      apiProblem(
        "too-large",
        msg(
          `Bảng gán quyền vượt quá ${ENTITY_BYTES} byte: hãy gán theo nhóm bảo mật thay cho từng người.`,
          `The mapping is larger than ${ENTITY_BYTES} bytes: map security groups instead of single users.`,
        ),
      ),
    );
  const ifMatch = request.headers.get("if-match");
  const before = await services.store.identityMapping.get();
  try {
    await services.store.identityMapping.put(mapping, ifMatch);
  } catch (e) {
    throw storeRefusal(e);
  }
  forgetIdentityMapping(services);
  await appendAudit(services, principal, {
    action: "identity-mapping.put",
    blocId: null,
    before: before?.value ?? null,
    after: mapping,
  });
  const stored = await services.store.identityMapping.get();
  return {
    status: before === null ? 201 : 200,
    body: stored?.value ?? mapping,
    ...(stored === null ? {} : { headers: { etag: stored.etag } }),
  };
});

function storeRefusal(e: unknown): unknown {
  if (e instanceof StoreConflictError)
    return new ApiError(
      apiProblem(
        "conflict",
        msg(
          "Đã có bảng gán quyền: đọc nó (GET) rồi gửi lại kèm If-Match là ETag vừa nhận.",
          "A mapping is already stored: read it (GET) and send again with If-Match set to its ETag.",
        ),
      ),
    );
  if (e instanceof StoreStaleError)
    return new ApiError(
      apiProblem(
        "precondition-failed",
        msg(
          "Bảng gán quyền đã được người khác sửa sau khi bạn đọc: đọc lại (GET), sửa rồi gửi lại.",
          "Someone changed the mapping since you read it: read it again (GET), edit and send again.",
        ),
      ),
    );
  return e;
}

app.http("putIdentityMapping", httpOptions("putIdentityMapping", putIdentityMapping));
