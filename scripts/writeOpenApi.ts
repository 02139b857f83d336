// `npm run openapi`: writes docs/openapi.json from the route table and core's zod schemas (a test fails when stale).
import { writeFileSync } from "node:fs";
import { openApiDocument } from "../functions/src/openApiDocument";

writeFileSync("docs/openapi.json", `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log("docs/openapi.json");
