import { table, toArrowIPC, arrowTypes, fromArrow } from './dist/model/arquero.js';
const { nullType, int8 } = arrowTypes();
const t = table({ a: [null], b: [null] });
try { const b = toArrowIPC(t, { format: 'stream', types: { a: nullType(), b: nullType() } }); console.log('ok', fromArrow(b).objects()); } catch (e) { console.log('bundle fails', e.message); }
const aq = await import('arquero');
const t2 = aq.table({ a: [null], b: [null] });
try { const b = aq.toArrowIPC(t2, { format: 'stream', types: { a: nullType(), b: nullType() } }); console.log('esm ok', aq.fromArrow(b).objects()); } catch (e) { console.log('esm fails', e.message); }
