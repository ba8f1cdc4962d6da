import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { drawColorIcon, drawOutlineIcon } from '../../../scripts/generateIcons';

const APP_PACKAGE = join(__dirname, '..', '..', '..', 'appPackage');

function readIcon(name: string): PNG {
  return PNG.sync.read(readFileSync(join(APP_PACKAGE, name)));
}

function pixels(png: PNG): [number, number, number, number][] {
  const result: [number, number, number, number][] = [];
  for (let i = 0; i < png.data.length; i += 4) {
    result.push([png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]]);
  }
  return result;
}

describe('appPackage icons', () => {
  it('color.png is 192x192', () => {
    const png = readIcon('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
  });

  it('outline.png is 32x32', () => {
    const png = readIcon('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
  });

  it('outline.png has only pure white or fully transparent pixels, and some of each', () => {
    const all = pixels(readIcon('outline.png'));
    const offending = all.filter(
      ([r, g, b, a]) => !(a === 0 || (a === 255 && r === 255 && g === 255 && b === 255)),
    );
    expect(offending).toEqual([]);
    const white = all.filter(([, , , a]) => a === 255).length;
    expect(white / all.length).toBeGreaterThan(0.2);
    expect(white / all.length).toBeLessThan(0.7);
  });

  it('color.png is opaque and shows an emblem, not a blank square', () => {
    const all = pixels(readIcon('color.png'));
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    const counts = new Map<string, number>();
    for (const [r, g, b] of all) counts.set(`${r},${g},${b}`, (counts.get(`${r},${g},${b}`) ?? 0) + 1);
    const share = (rgb: string): number => (counts.get(rgb) ?? 0) / all.length;
    expect(share('0,84,158')).toBeGreaterThan(0.3); // blue background and adult
    expect(share('255,255,255')).toBeGreaterThan(0.1); // the speech bubble
    expect(share('60,160,75')).toBeGreaterThan(0.01); // the child
  });

  it('the committed icons are what scripts/generateIcons.ts draws', () => {
    expect(Buffer.compare(drawColorIcon().data, readIcon('color.png').data)).toBe(0);
    expect(Buffer.compare(drawOutlineIcon().data, readIcon('outline.png').data)).toBe(0);
  });
});
