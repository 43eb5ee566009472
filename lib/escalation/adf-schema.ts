// Atlassian Document Format, as published in Atlassian's ADF structure reference and JSON schema
// (doc version 1): the block and inline nodes and marks Jira Cloud accepts in a description. Strict
// objects, so a misspelt attribute fails here rather than as a 400 from Jira.
import { z } from 'zod';

const Link = z.strictObject({ type: z.literal('link'), attrs: z.strictObject({ href: z.string().min(1), title: z.string().optional() }) });
const Mark = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('strong') }),
  z.strictObject({ type: z.literal('em') }),
  z.strictObject({ type: z.literal('code') }),
  z.strictObject({ type: z.literal('strike') }),
  z.strictObject({ type: z.literal('underline') }),
  Link,
  z.strictObject({ type: z.literal('textColor'), attrs: z.strictObject({ color: z.string().regex(/^#[0-9a-fA-F]{6}$/) }) }),
  z.strictObject({ type: z.literal('subsup'), attrs: z.strictObject({ type: z.enum(['sub', 'sup']) }) }),
]);

const Text = z
  .strictObject({ type: z.literal('text'), text: z.string().min(1), marks: z.array(Mark).optional() })
  // The code mark combines only with link.
  .refine((t) => !t.marks?.some((m) => m.type === 'code') || t.marks.every((m) => m.type === 'code' || m.type === 'link'), {
    message: 'the code mark may only be combined with link',
  });
const Inline = z.union([
  Text,
  z.strictObject({ type: z.literal('hardBreak'), attrs: z.strictObject({ text: z.literal('\n').optional() }).optional() }),
  z.strictObject({ type: z.literal('mention'), attrs: z.strictObject({ id: z.string(), text: z.string().optional(), accessLevel: z.string().optional() }) }),
  z.strictObject({ type: z.literal('inlineCard'), attrs: z.strictObject({ url: z.string() }) }),
  z.strictObject({ type: z.literal('emoji'), attrs: z.strictObject({ shortName: z.string(), id: z.string().optional(), text: z.string().optional() }) }),
]);

const Paragraph = z.strictObject({ type: z.literal('paragraph'), content: z.array(Inline).optional() });
const CodeBlock = z.strictObject({
  type: z.literal('codeBlock'),
  attrs: z.strictObject({ language: z.string().optional() }).optional(),
  content: z.array(z.strictObject({ type: z.literal('text'), text: z.string().min(1) })).optional(),
});
const Heading = z.strictObject({ type: z.literal('heading'), attrs: z.strictObject({ level: z.number().int().min(1).max(6) }), content: z.array(Inline).optional() });
const Rule = z.strictObject({ type: z.literal('rule') });

export interface AdfList {
  type: 'bulletList' | 'orderedList';
  attrs?: { order?: number };
  content: AdfListItem[];
}
export interface AdfListItem {
  type: 'listItem';
  content: (z.infer<typeof Paragraph> | z.infer<typeof CodeBlock> | AdfList)[];
}
const ListItem: z.ZodType<AdfListItem> = z.lazy(() =>
  z.strictObject({ type: z.literal('listItem'), content: z.array(z.union([Paragraph, CodeBlock, List])).min(1) }),
);
const List: z.ZodType<AdfList> = z.lazy(() =>
  z.union([
    z.strictObject({ type: z.literal('bulletList'), content: z.array(ListItem).min(1) }),
    z.strictObject({
      type: z.literal('orderedList'),
      attrs: z.strictObject({ order: z.number().int().min(0).optional() }).optional(),
      content: z.array(ListItem).min(1),
    }),
  ]),
);

const CellBlock = z.union([Paragraph, CodeBlock, Heading, List, Rule]);
const Cell = z.strictObject({
  type: z.enum(['tableCell', 'tableHeader']),
  attrs: z
    .strictObject({ background: z.string().optional(), colspan: z.number().int().positive().optional(), rowspan: z.number().int().positive().optional(), colwidth: z.array(z.number()).optional() })
    .optional(),
  content: z.array(CellBlock).min(1),
});
const Table = z.strictObject({
  type: z.literal('table'),
  attrs: z
    .strictObject({
      isNumberColumnEnabled: z.boolean().optional(),
      layout: z.enum(['default', 'center', 'wide', 'full-width', 'align-start', 'align-end']).optional(),
      width: z.number().optional(),
      displayMode: z.enum(['default', 'fixed']).optional(),
      localId: z.string().optional(),
    })
    .optional(),
  content: z.array(z.strictObject({ type: z.literal('tableRow'), content: z.array(Cell).min(1) })).min(1),
});
const Blockquote = z.strictObject({ type: z.literal('blockquote'), content: z.array(z.union([Paragraph, List, CodeBlock])).min(1) });
const Panel = z.strictObject({
  type: z.literal('panel'),
  attrs: z.strictObject({ panelType: z.enum(['info', 'note', 'tip', 'warning', 'error', 'success', 'custom']) }).passthrough(),
  content: z.array(z.union([Paragraph, Heading, List])).min(1),
});

/** A top-level ADF node. */
export const AdfBlock = z.union([Paragraph, Heading, CodeBlock, List, Table, Blockquote, Panel, Rule]);
export type AdfBlock = z.infer<typeof AdfBlock>;

/** An ADF document: `{ version: 1, type: "doc", content: [...] }`. */
export const AdfDoc = z.strictObject({ version: z.literal(1), type: z.literal('doc'), content: z.array(AdfBlock) });
export type AdfDoc = z.infer<typeof AdfDoc>;
