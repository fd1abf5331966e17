/**
 * The analyst's Markdown → editorial blocks, with markdown-it (CommonMark: paragraphs, emphasis,
 * lists, links, images, headings). Nothing of HTML passes: an HTML comment is dropped (the files
 * `bulletin init` writes open with one), any other raw HTML is refused with its line. Images are
 * returned as references for the loader to read and check (load.ts).
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Run } from './types.js';

export type ParsedBlock =
  | { kind: 'paragraph'; runs: Run[]; line: number }
  | { kind: 'heading'; runs: Run[]; line: number }
  | { kind: 'list'; ordered: boolean; items: Run[][]; line: number }
  | { kind: 'image'; src: string; caption: string; credit: string; line: number };

export class MarkdownHtmlError extends Error {
  constructor(
    readonly line: number,
    readonly html: string,
  ) {
    super(`raw HTML at line ${line}`);
  }
}

let parser: MarkdownIt | undefined;
/** html: true only so that HTML is seen as HTML (and refused), never taken for text. */
const md = () => (parser ??= new MarkdownIt('commonmark', { html: true, linkify: false, typographer: false }));

const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;
/** Addresses a link in the PDF may go to (markdown-it already refuses javascript:, data: and the like). */
const LINKABLE = /^(https?:\/\/|mailto:)/i;

export function parseMarkdown(src: string): ParsedBlock[] {
  const tokens = md().parse(src, {});
  const out: ParsedBlock[] = [];
  let list: { ordered: boolean; items: Run[][]; line: number; depth: number; images: ParsedBlock[] } | null = null;
  let heading = false;
  for (const t of tokens) {
    const line = (t.map?.[0] ?? 0) + 1;
    switch (t.type) {
      case 'html_block':
        if (!COMMENT.test(t.content)) throw new MarkdownHtmlError(line, t.content.trim().slice(0, 40));
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (list) list.depth++;
        else list = { ordered: t.type === 'ordered_list_open', items: [], line, depth: 1, images: [] };
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (list && --list.depth === 0) {
          const items = list.items.filter((i) => i.some((r) => r.text.trim() !== ''));
          if (items.length) out.push({ kind: 'list', ordered: list.ordered, items, line: list.line });
          out.push(...list.images);
          list = null;
        }
        break;
      case 'list_item_open':
        list?.items.push([]);
        break;
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'code_block':
      case 'fence':
        out.push({ kind: 'paragraph', runs: [{ text: t.content.replace(/\n$/, '') }], line });
        break;
      case 'inline': {
        const parts = inlineParts(t.children ?? [], line);
        if (list) {
          const item = list.items[list.items.length - 1];
          for (const p of parts) {
            if (Array.isArray(p)) {
              if (item && item.length && p.length) item.push({ text: ' ' });
              item?.push(...p);
            } else list.images.push(p);
          }
        } else {
          for (const p of parts) {
            if (!Array.isArray(p)) out.push(p);
            else if (p.some((r) => r.text.trim() !== '')) out.push({ kind: heading ? 'heading' : 'paragraph', runs: p, line });
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** The inline tokens of one paragraph: runs of text, cut where an image stands. */
function inlineParts(children: Token[], line: number): Array<Run[] | ParsedBlock> {
  const parts: Array<Run[] | ParsedBlock> = [];
  let runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let link: { href: string; text: string } | null = null;
  let at = line;
  const push = (text: string, href = link?.href) => {
    if (text === '') return;
    if (link) link.text += text;
    const r: Run = { text };
    if (bold > 0) r.bold = true;
    if (italic > 0) r.italic = true;
    if (href !== undefined && LINKABLE.test(href)) r.link = href;
    const last = runs[runs.length - 1];
    if (last && last.bold === r.bold && last.italic === r.italic && last.link === r.link) last.text += text;
    else runs.push(r);
  };
  for (const c of children) {
    switch (c.type) {
      case 'text':
      case 'code_inline':
        push(c.content);
        break;
      case 'softbreak':
        push(' ');
        at++;
        break;
      case 'hardbreak':
        push('\n');
        at++;
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        link = { href: c.attrGet('href') ?? '', text: '' };
        break;
      case 'link_close': {
        // Print carries the address: "the IOM website (https://www.iom.int)".
        const l = link;
        link = null;
        const shown = l ? l.href.replace(/^mailto:/, '') : '';
        if (l && shown && shown !== l.text.trim()) {
          push(' ');
          push('(');
          push(shown, l.href);
          push(')');
        }
        break;
      }
      case 'image':
        if (runs.length) parts.push(runs);
        runs = [];
        parts.push({ kind: 'image', src: c.attrGet('src') ?? '', caption: c.content.trim(), credit: (c.attrGet('title') ?? '').trim(), line: at });
        break;
      case 'html_inline':
        if (!COMMENT.test(c.content)) throw new MarkdownHtmlError(at, c.content.slice(0, 40));
        break;
      default:
        break;
    }
  }
  if (runs.length) parts.push(runs);
  return parts.map((p) => (Array.isArray(p) ? trimRuns(p) : p));
}

/** Drops the spaces left at the ends of a paragraph by a removed image or comment. */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out[0]) out[0].text = out[0].text.replace(/^[ ]+/, '');
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/[ ]+$/, '');
  return out.filter((r) => r.text !== '');
}
