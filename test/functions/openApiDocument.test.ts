import "../../functions/src/local/quietTestMode";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openApiDocument } from "../../functions/src/openApiDocument";
import { ROUTES } from "../../functions/src/routes";

describe("docs/openapi.json", () => {
  it("When the schemas or routes change, then the committed file must be regenerated (npm run openapi)", () => {
    const committed = JSON.parse(readFileSync(join(__dirname, "../../docs/openapi.json"), "utf8")) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it("When a route is in the route table, then the document describes it with its method", () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, { operationId: string }>> };
    for (const [name, route] of Object.entries(ROUTES))
      expect(doc.paths[`/api/${route.path}`]?.[route.method.toLowerCase()]?.operationId).toBe(name);
  });

  it("When a return is submitted, then the documented body is the return format and refusals use the problem schema", () => {
    const doc = openApiDocument() as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const put = doc.paths["/api/periods/{periodId}/returns/{unitId}"].put;
    expect(put.requestBody.content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["formatVersion", "template", "unitId", "entries"]),
    );
    expect(put.responses["422"].content["application/json"].schema.$ref).toBe("#/components/schemas/Problem");
  });
});
