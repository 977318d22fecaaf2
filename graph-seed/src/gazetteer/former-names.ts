// Former names of county-level places (林县 → 林州市, 长垣县 → 长垣市, 大同县 → 云州区): texts keep using the old names.
import type { Place } from './table';

/**
 * Counties renamed 2016–2020 whose new name keeps nothing of the old one, 1:1 in territory (民政部 change records):
 * [code today, name today, former name]. build:coords checks them against GB/T 2260; the coordinates source
 * (drawn about 2015–2017) still uses the former names.
 */
export const RENAMES: [string, string, string][] = [
  ['130502', '襄都区', '桥东区'],
  ['130503', '信都区', '桥西区'],
  ['140213', '平城区', '城区'],
  ['140214', '云冈区', '南郊区'],
  ['140215', '云州区', '大同县'],
  ['140403', '潞州区', '城区'],
  ['140404', '上党区', '长治县'],
  ['340210', '湾沚区', '芜湖县'],
  ['360404', '柴桑区', '九江县'],
  ['361104', '广信区', '上饶县'],
  ['370116', '莱芜区', '莱城区'],
  ['430212', '渌口区', '株洲县'],
  ['511504', '叙州区', '宜宾县'],
  ['540602', '色尼区', '那曲县'],
];

/**
 * The former names a county-level place is still called by, derived from its name and code, no list of documents:
 * - a county-level city (GB/T 2260 codes xxxx81–xxxx89; almost all were made from a county, 撤县设市) was
 *   X县 before: 长垣市 ← 长垣县, 林州市 ← 林县 (a one-letter stem took 州: 禹县 → 禹州市, 滦县 → 滦州市);
 * - the renames above whose former name is a county (X县), which no other place of that name can mean.
 * District renames of 区 to 区 (城区, 桥东区) are left out: those names are shared by many districts.
 * A former name that is some current place's name is never used.
 */
export function formerNames(p: Place): string[] {
  if (p.level !== 'county') return [];
  const out: string[] = [];
  if (/^\d{4}8\d$/.test(p.code)) {
    const m = /^(.{2,})市$/.exec(p.name);
    if (m) out.push(`${m[1]}县`);
    const z = /^(.)州市$/.exec(p.name);
    if (z) out.push(`${z[1]}县`);
  }
  for (const [code, , former] of RENAMES) if (code === p.code && former.endsWith('县')) out.push(former);
  return out;
}
