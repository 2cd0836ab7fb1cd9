import { describe, expect, it } from 'vitest';
import {
  currentCursor,
  firstPage,
  nextPage,
  pageNumber,
  pageRange,
  previousPage,
} from './drill-down-paging';

describe('paging through a drill-down', () => {
  it('goes forward by each page’s end cursor and back the same way', () => {
    const second = nextPage(firstPage, 'c1');
    const third = nextPage(second, 'c2');
    expect([currentCursor(firstPage), currentCursor(second), currentCursor(third)]).toEqual([
      null,
      'c1',
      'c2',
    ]);
    expect(pageNumber(third)).toBe(3);
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(firstPage)).toBe(firstPage);
    expect(nextPage(second, null)).toBe(second);
  });

  it('says which clients the page shows', () => {
    expect(pageRange(firstPage, 50, 50, 230)).toBe('1–50 of 230');
    expect(pageRange(nextPage(nextPage(firstPage, 'a'), 'b'), 50, 50, 230)).toBe('101–150 of 230');
    expect(pageRange(firstPage, 50, 0, 0)).toBe('0 of 0');
  });
});
