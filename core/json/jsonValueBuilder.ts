import type { OpenContainer } from "./jsonSyntaxReason";

type Frame =
  | { kind: "object"; value: Record<string, unknown>; key: string; keys: Map<string, number> }
  | { kind: "array"; value: unknown[] }
  | undefined;

/**
 * Builds the value a JSON visitor walks through, one event at a time, and remembers the containers still open
 * (for "not closed" messages) and where each object's keys were first written (for "written twice").
 */
export class JsonValueBuilder {
  private readonly stack: NonNullable<Frame>[] = [];
  /** The `{` and `[` not closed yet, outermost first. */
  readonly open: OpenContainer[] = [];
  value: unknown;

  /** Whether the innermost open container is an object (a key comes next after a comma). */
  get inObject(): boolean {
    return this.top?.kind === "object";
  }

  begin(kind: "object" | "array", offset: number): void {
    this.stack.push(kind === "object" ? { kind, value: {}, key: "", keys: new Map() } : { kind, value: [] });
    this.open.push({ open: kind === "object" ? "{" : "[", offset });
  }

  end(): void {
    const frame = this.stack.pop();
    this.open.pop();
    if (frame) this.add(frame.value);
  }

  /** Sets the key the next value goes to; returns where the same key was first written in this object, if it was. */
  key(key: string, offset: number): number | undefined {
    const top = this.top;
    if (top?.kind !== "object") return undefined;
    const first = top.keys.get(key);
    top.keys.set(key, offset);
    top.key = key;
    return first;
  }

  /** Adds a value to the open container (or makes it the whole value). Never called with a refused key set. */
  add(value: unknown): void {
    const top = this.top;
    if (top === undefined) this.value = value;
    else if (top.kind === "array") top.value.push(value);
    else top.value[top.key] = value;
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1];
  }
}
