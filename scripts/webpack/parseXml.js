// A strict little XML reader for the add-in manifest: elements, attributes, text, comments, the XML declaration.
// Anything not well-formed (unclosed or mismatched tags, duplicate attributes, a stray "<" or "&") throws with the
// line. No DTDs, CDATA or processing instructions: the manifest has none, and one appearing is worth a failure.

/** @typedef {{ name: string, attrs: Record<string, string>, children: XmlElement[], text: string, line: number }} XmlElement */

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text, line) {
  return text.replace(/&([^;\s]*);?/g, (whole, name) => {
    if (!whole.endsWith(";")) throw new Error(`dòng ${line}: "&" không hợp lệ (stray "&")`);
    if (name in ENTITIES) return ENTITIES[name];
    const code = /^#x([0-9a-f]+)$/i.exec(name) ?? /^#(\d+)$/.exec(name);
    if (!code) throw new Error(`dòng ${line}: thực thể không biết &${name}; (unknown entity)`);
    return String.fromCodePoint(parseInt(code[1], name[1] === "x" || name[1] === "X" ? 16 : 10));
  });
}

/** The document's root element; throws on anything that is not well-formed. */
function parseXml(xml) {
  const root = { name: "#document", attrs: {}, children: [], text: "", line: 1 };
  const stack = [root];
  let i = 0;
  const lineAt = (at) => xml.slice(0, at).split("\n").length;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.includes(">")) throw new Error(`dòng ${lineAt(i)}: ">" lạc chỗ (stray ">")`);
    stack[stack.length - 1].text += decode(text, lineAt(i));
    if (lt === -1) break;
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt);
      if (end === -1) throw new Error(`dòng ${lineAt(lt)}: chú thích không đóng (unclosed comment)`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith("<?xml", lt) && lt === 0) {
      i = xml.indexOf("?>", lt) + 2;
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (gt === -1) throw new Error(`dòng ${lineAt(lt)}: thẻ không đóng (unclosed tag)`);
    const body = xml.slice(lt + 1, gt);
    const line = lineAt(lt);
    if (body.startsWith("/")) {
      const name = body.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) {
        throw new Error(`dòng ${line}: </${name}> không khớp <${open?.name}> (mismatched closing tag)`);
      }
    } else {
      const selfClosing = body.endsWith("/");
      const m = /^([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?$/.exec(body);
      if (!m) throw new Error(`dòng ${line}: thẻ sai cú pháp <${body}> (malformed tag)`);
      const attrs = {};
      for (const a of m[2].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attrs) throw new Error(`dòng ${line}: thuộc tính ${a[1]} lặp lại (duplicate attribute)`);
        attrs[a[1]] = decode(a[2] ?? a[3] ?? "", line);
      }
      const element = { name: m[1], attrs, children: [], text: "", line };
      stack[stack.length - 1].children.push(element);
      if (!selfClosing) stack.push(element);
    }
    i = gt + 1;
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> không được đóng (never closed)`);
  if (root.text.trim() !== "") throw new Error("văn bản ngoài phần tử gốc (text outside the root element)");
  if (root.children.length !== 1) throw new Error("cần đúng một phần tử gốc (exactly one root element)");
  return root.children[0];
}

module.exports = { parseXml };
