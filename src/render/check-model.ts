/**
 * The checks a DocModel must pass before layout. A model is built by our own pipeline, so a failure
 * is a bug (exit 3), reported with the block that is wrong rather than as a broken PDF.
 */
import { BulletinError, EXIT } from '../errors.js';
import type { DocModel, ImageData } from './model.js';

function fail(message: string): never {
  throw new BulletinError('render_model', `document model: ${message}`, EXIT.INTERNAL);
}

export function checkModel(model: DocModel): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(model.creationDate) || Number.isNaN(Date.parse(`${model.creationDate}T00:00:00Z`))) {
    fail(`creationDate must be a YYYY-MM-DD date, got "${model.creationDate}"`);
  }
  if (!model.footer.pageLabel.includes('{n}')) fail(`footer.pageLabel must contain {n}, got "${model.footer.pageLabel}"`);
  model.blocks.forEach((b, i) => {
    const where = `block ${i} (${b.type})`;
    if (b.type === 'figure') {
      if (!(Number.isFinite(b.width) && b.width > 0 && Number.isFinite(b.height) && b.height > 0)) fail(`${where} "${b.id}": width and height must be positive, got ${b.width} × ${b.height}`);
      if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(b.svg)) fail(`${where} "${b.id}": svg must be an SVG document`);
    }
    if (b.type === 'table') {
      if (b.columns.length === 0) fail(`${where}: a table needs at least one column`);
      b.rows.forEach((r, j) => {
        if (r.length !== b.columns.length) fail(`${where}: row ${j} has ${r.length} cells for ${b.columns.length} columns`);
      });
      if (b.columns.some((c) => c.width !== undefined && !(c.width > 0))) fail(`${where}: column widths must be positive`);
    }
    if (b.type === 'spacer' && !(b.height >= 0)) fail(`${where}: height must be ≥ 0`);
    if (b.type === 'image') checkImage(b, where);
    if (b.type === 'publisher') b.logos?.forEach((img, j) => checkImage(img, `${where} logo ${j}`));
    if (b.type === 'keyFigures' && b.items.length > 4) fail(`${where}: at most four key figures, got ${b.items.length}`);
  });
  model.cover.logos?.forEach((img, j) => checkImage(img, `cover logo ${j}`));
}

function checkImage(img: Omit<ImageData, 'alt'>, where: string): void {
  if (img.data.length === 0) fail(`${where}: an image needs its data`);
  if (!(Number.isInteger(img.width) && img.width > 0 && Number.isInteger(img.height) && img.height > 0)) {
    fail(`${where}: an image needs a positive whole pixel size, got ${img.width} × ${img.height}`);
  }
  if (img.format !== 'jpeg' && img.format !== 'png') fail(`${where}: format must be jpeg or png`);
}
