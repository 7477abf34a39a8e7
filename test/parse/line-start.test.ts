import assert from 'node:assert/strict';
import { columnOf } from '../../server/src/core/edit/insert';
import { lineStartAt } from '../../server/src/core/parse/line-start';

describe('line starts', () => {
  it('offset 0 is on the first line, also when the text opens with a line break', () => {
    assert.equal(lineStartAt('\nedition: kz-2010', 0), 0);
    assert.equal(lineStartAt('\nedition: kz-2010', 1), 1);
    assert.equal(lineStartAt('a\nb\n', 3), 2);
    assert.equal(lineStartAt('a\nb\n', 4), 4);
    assert.equal(columnOf('\n  key: value', 0), 0, 'no negative column (an indentation of -1 spaces)');
  });
});
