/**
 * Draws the two Teams app icons from simple geometry and writes them to appPackage/.
 *
 *   npx tsx scripts/generateIcons.ts [outputDir]
 *
 * color.png   192x192: a white speech bubble on Herning-like blue with an adult (blue) and a
 *             child (green) inside: "talking together about a child".
 * outline.png 32x32: the same emblem as pure white on a fully transparent background, with no
 *             anti-aliasing, because Teams only accepts white and transparent pixels there.
 *
 * The drawing is deterministic, so tests can redraw the icons and compare them with the committed
 * files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [0, 84, 158, 255];
const GREEN: Rgba = [60, 160, 75, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/** A shape in unit coordinates (0..1 across the icon): true when the point is inside. */
type Shape = (x: number, y: number) => boolean;

function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number): number =>
    (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    const hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
    const hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(hasNegative && hasPositive);
  };
}

function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((shape) => shape(x, y));
}

function intersect(a: Shape, b: Shape): Shape {
  return (x, y) => a(x, y) && b(x, y);
}

function minus(a: Shape, b: Shape): Shape {
  return (x, y) => a(x, y) && !b(x, y);
}

/** A person: a round head above rounded shoulders, cut off flat at `baseY`. */
function person(
  cx: number,
  headY: number,
  headR: number,
  shoulderHalfWidth: number,
  baseY: number,
  neck = headR * 0.45,
): Shape {
  const shouldersTop = headY + headR + neck;
  const shoulders = roundedRect(
    cx - shoulderHalfWidth,
    shouldersTop,
    cx + shoulderHalfWidth,
    baseY + shoulderHalfWidth,
    shoulderHalfWidth * 0.9,
  );
  const cut: Shape = (_x, y) => y <= baseY;
  return union(circle(cx, headY, headR), intersect(shoulders, cut));
}

// The emblem, in unit coordinates.
const bubble = union(roundedRect(0.17, 0.19, 0.83, 0.72, 0.15), triangle(0.29, 0.66, 0.25, 0.87, 0.5, 0.7));
const adult = person(0.42, 0.37, 0.085, 0.135, 0.64);
/** The adult grown by a margin: what is cut out of the child so a gap separates the two. */
const adultWithMargin = (margin: number): Shape => person(0.42, 0.37, 0.085 + margin, 0.135 + margin, 0.7);
const child = minus(person(0.615, 0.45, 0.065, 0.1, 0.64), adultWithMargin(0.025));

/** Fills a PNG by sampling `colorAt` on a grid of `samples` x `samples` points per pixel. */
function render(size: number, samples: number, colorAt: (x: number, y: number) => Rgba): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const [cr, cg, cb, ca] = colorAt(x, y);
          // Premultiplied accumulation keeps edges against transparency clean.
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const offset = (py * size + px) * 4;
      png.data[offset] = a === 0 ? 0 : Math.round(r / a);
      png.data[offset + 1] = a === 0 ? 0 : Math.round(g / a);
      png.data[offset + 2] = a === 0 ? 0 : Math.round(b / a);
      png.data[offset + 3] = Math.round(a / (samples * samples));
    }
  }
  return png;
}

/** The full-colour icon: solid blue background, white bubble, blue adult and green child. */
export function drawColorIcon(): PNG {
  return render(COLOR_ICON_SIZE, 4, (x, y) => {
    if (adult(x, y)) return BLUE;
    if (child(x, y)) return GREEN;
    if (bubble(x, y)) return WHITE;
    return BLUE;
  });
}

/**
 * The outline icon: the bubble as a white ring and the two people in white, with a transparent gap
 * between them. One sample per pixel centre, so every pixel is either pure white or fully transparent.
 */
export function drawOutlineIcon(): PNG {
  const stroke = 2.2 / OUTLINE_ICON_SIZE;
  const innerBubble = union(
    roundedRect(0.17 + stroke, 0.19 + stroke, 0.83 - stroke, 0.72 - stroke, 0.15 - stroke),
    triangle(
      0.29 + stroke * 1.2,
      0.66 - stroke,
      0.27 + stroke,
      0.87 - stroke * 2.6,
      0.46 - stroke,
      0.7 - stroke,
    ),
  );
  const ring = minus(bubble, innerBubble);
  // Pixel-sized people: a clear neck gap, feet one pixel above the ring and a gap between the two.
  const px = 1 / OUTLINE_ICON_SIZE;
  const feet = 0.72 - stroke - 1.5 * px;
  const smallAdult = person(0.4, 0.375, 0.09, 0.13, feet, 1.4 * px);
  const smallChild = minus(
    person(0.655, 0.41, 0.065, 0.09, feet, 1.2 * px),
    person(0.4, 0.375, 0.09 + px, 0.13 + px, 0.8, 0),
  );
  const emblem = union(ring, smallAdult, smallChild);
  const transparent: Rgba = [0, 0, 0, 0];
  return render(OUTLINE_ICON_SIZE, 1, (x, y) => (emblem(x, y) ? WHITE : transparent));
}

export function writeIcons(outputDir: string): { color: string; outline: string } {
  mkdirSync(outputDir, { recursive: true });
  const color = join(outputDir, 'color.png');
  const outline = join(outputDir, 'outline.png');
  writeFileSync(color, PNG.sync.write(drawColorIcon()));
  writeFileSync(outline, PNG.sync.write(drawOutlineIcon()));
  return { color, outline };
}

if (require.main === module) {
  const outputDir = resolve(process.argv[2] ?? join(__dirname, '..', 'appPackage'));
  const written = writeIcons(outputDir);
  console.log(`Wrote ${written.color} (${COLOR_ICON_SIZE}x${COLOR_ICON_SIZE})`);
  console.log(`Wrote ${written.outline} (${OUTLINE_ICON_SIZE}x${OUTLINE_ICON_SIZE})`);
}
