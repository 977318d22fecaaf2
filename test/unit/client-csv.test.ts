// The CSV the comparison exports: Excel opens it as UTF-8, fields survive commas, quotes and line breaks, nothing runs as a formula.
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../client/src/ui/csv';

describe('CSV for spreadsheets', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(
      csvText([
        ['战略', '兰考县'],
        ['项目为王', 2],
      ]),
    ).toBe('\ufeff战略,兰考县\r\n项目为王,2\r\n');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('一区,多园')).toBe('"一区,多园"');
    expect(csvField('“三个一批”"计划"')).toBe('"“三个一批”""计划"""');
    expect(csvField('第一行\r\n第二行')).toBe('"第一行\r\n第二行"');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1+1产业布局')).toBe("'+1+1产业布局");
    expect(csvField(-3)).toBe('-3');
  });
});
