import { z } from "zod";
import type { TemplateRepository } from "../../../core/ports";
import { fromEntity, toEntity } from "./entityChunks";
import { asPort, orNull } from "./tableErrors";
import type { Tables } from "./tables";

const PK = "template";
/** A template is stored as the JSON it was given (checked by core's parseTemplate before it gets here). */
const TemplateJson = z.record(z.string(), z.unknown());

/** Templates: write once, row key = template id. */
export function templateRepository(tables: Tables): TemplateRepository {
  const t = tables.templates;
  return {
    async get(templateId) {
      const e = await orNull(() => t.getEntity(PK, templateId));
      return e === null ? null : fromEntity(TemplateJson, e);
    },
    async create(templateId, template) {
      const entity = toEntity(
        TemplateJson,
        { partitionKey: PK, rowKey: templateId },
        template as Record<string, unknown>,
      );
      await asPort(`template ${templateId}`, () => t.createEntity(entity));
    },
  };
}
