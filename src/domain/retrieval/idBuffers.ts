/** Reusable typed-array buffers of the index build: no Map or Set per section. */

/** A reusable sparse accumulator over term ids: values plus the list of ids touched. */
export class Accumulator {
  values = new Float64Array(1024);
  touched = new Int32Array(256);
  count = 0;

  add(id: number, weight: number, max = false): void {
    if (id >= this.values.length) {
      const grown = new Float64Array(Math.max(id + 1, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    const prev = this.values[id];
    if (prev === 0) {
      if (this.count === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.count++] = id;
    }
    this.values[id] = max ? Math.max(prev, weight) : prev + weight;
  }

  get(id: number): number {
    return id < this.values.length ? this.values[id] : 0;
  }

  /** Touched ids, sorted (a fresh array). */
  sortedIds(): Int32Array {
    return this.touched.slice(0, this.count).sort();
  }

  sum(): number {
    let s = 0;
    for (let i = 0; i < this.count; i++) s += this.values[this.touched[i]];
    return s;
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) this.values[this.touched[i]] = 0;
    this.count = 0;
  }
}

/** A growable Int32Array that is reused between sections. */
export class IdBuffer {
  data: Int32Array;
  length = 0;

  constructor(size: number) {
    this.data = new Int32Array(size);
  }

  push(id: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = id;
  }

  append(ids: Int32Array): void {
    if (this.length + ids.length > this.data.length) this.grow(this.length + ids.length);
    this.data.set(ids, this.length);
    this.length += ids.length;
  }

  private grow(atLeast: number): void {
    const grown = new Int32Array(Math.max(this.data.length * 2, atLeast));
    grown.set(this.data);
    this.data = grown;
  }
}
