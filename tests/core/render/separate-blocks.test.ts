import { describe, expect, it } from 'vitest';
import { separateBlocks } from '../../../src/core/render/separate-blocks.ts';

describe('separateBlocks', () => {
  it('puts a space between adjacent cells, items and paragraphs', () => {
    expect(separateBlocks('<tr><th>What goes wrong</th><th>Impact</th></tr><tr><td>A</td><td>B<br>C</td></tr>'))
      .toBe('<tr><th>What goes wrong</th> <th>Impact</th> </tr> <tr><td>A</td> <td>B<br> C</td> </tr>');
    expect(separateBlocks('<ul><li>one</li><li>two</li></ul><p>x</p><p>y</p>')).toBe('<ul><li>one</li> <li>two</li> </ul><p>x</p> <p>y</p>');
  });

  it('leaves inline markup and text after a closing tag alone', () => {
    expect(separateBlocks('<p><code>a</code><em>b</em></p>text<td>c</td>d')).toBe('<p><code>a</code><em>b</em></p>text<td>c</td>d');
  });
});
