/**
 * First index in the ascending `values` whose value is at least `value` (with `after`: greater
 * than it). Shared by the model's date order and the layout's zoom windows and gap search.
 */
export function bisect(values: Float64Array, value: number, after = false): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] < value || (after && values[mid] === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}
