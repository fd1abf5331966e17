/**
 * The projection of a coverage map: an equal-area conic (Albers type) centred on the area shown,
 * with standard parallels at one sixth and five sixths of its latitude range, fitted to the frame.
 * Equal-area keeps the provinces' relative sizes honest (Russia's north is not inflated as in
 * Mercator). The parameters are computed here with d3-geo and written out in full in the spec, so
 * that Vega draws exactly what the label placement assumed.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

export interface MapProjection {
  /** For the Vega-Lite `projection` block. */
  spec: {
    type: 'conicEqualArea';
    rotate: [number, number];
    parallels: [number, number];
    scale: number;
    translate: [number, number];
    clipExtent: [[number, number], [number, number]];
  };
  width: number;
  height: number;
  project: (lonLat: [number, number]) => [number, number];
  invert: (xy: [number, number]) => [number, number];
  /** Bounding box in the frame of a feature as drawn. */
  frameBounds: (object: GeoPermissibleObjects) => [[number, number], [number, number]];
  /** The rings of a feature as drawn (projected, clipped), in frame coordinates. */
  frameRings: (object: GeoPermissibleObjects) => Array<Array<[number, number]>>;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** [[west, south], [east, north]], east > west even across the antimeridian. */
export function lonLatBox(object: GeoPermissibleObjects): [[number, number], [number, number]] {
  const [[w, s], [e, n]] = geoBounds(object);
  return [[w, s], [e < w ? e + 360 : e, n]];
}

/** A multipoint tracing the edges of a lon/lat box, to fit a projection to the box. */
export function boxOutline([[w, s], [e, n]]: [[number, number], [number, number]]): Feature<Geometry> {
  const pts: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const x = w + ((e - w) * i) / 16;
    const y = s + ((n - s) * i) / 16;
    pts.push([x, s], [x, n], [w, y], [e, y]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: pts.map(([x, y]) => [x > 180 ? x - 360 : x, y]) } };
}

export interface FitOptions {
  width: number;
  /** Limits of height / width. */
  minAspect: number;
  maxAspect: number;
  /** Room kept free around the map, in points: [top, right, bottom, left]. */
  margin: [number, number, number, number];
}

/** Fits an equal-area conic to `area` (what must be visible) in a frame `width` wide. */
export function fitProjection(area: Feature<Geometry>, opts: FitOptions): MapProjection {
  const [[w, s], [e, n]] = lonLatBox(area);
  const lon0 = r3((w + e) / 2 > 180 ? (w + e) / 2 - 360 : (w + e) / 2);
  const parallels: [number, number] = [r3(s + (n - s) / 6), r3(n - (n - s) / 6)];
  const make = (): GeoProjection => geoConicEqualArea().parallels(parallels).rotate([-lon0, 0]);
  const [top, right, bottom, left] = opts.margin;
  const inner = opts.width - left - right;
  const probe = make().fitWidth(inner, area);
  const [[x0, y0], [x1, y1]] = geoPath(probe).bounds(area);
  const aspect = Math.min(opts.maxAspect, Math.max(opts.minAspect, (y1 - y0) / Math.max(1, x1 - x0)));
  const height = Math.round(inner * aspect + top + bottom);
  const projection = make().fitExtent([[left, top], [opts.width - right, height - bottom]], area);
  const scale = r3(projection.scale());
  const [tx, ty] = projection.translate();
  const translate: [number, number] = [r3(tx), r3(ty)];
  const final = make().scale(scale).translate(translate);
  return {
    spec: { type: 'conicEqualArea', rotate: [-lon0, 0], parallels, scale, translate, clipExtent: [[0, 0], [opts.width, height]] },
    width: opts.width,
    height,
    project: (p) => (final(p) ?? [Number.NaN, Number.NaN]) as [number, number],
    invert: (p) => (final.invert?.(p) ?? [Number.NaN, Number.NaN]) as [number, number],
    frameBounds: (object) => geoPath(final).bounds(object),
    frameRings: (object) => {
      const rings: Array<Array<[number, number]>> = [];
      let ring: Array<[number, number]> = [];
      geoPath(final, {
        moveTo: (x: number, y: number) => { ring = [[x, y]]; rings.push(ring); },
        lineTo: (x: number, y: number) => { ring.push([x, y]); },
        closePath: () => undefined,
        arc: () => undefined,
        beginPath: () => undefined,
      })(object);
      return rings;
    },
  };
}
