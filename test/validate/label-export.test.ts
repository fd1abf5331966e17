// "Label" exports hold the questions' label text instead of codes, in English or Russian,
// often from Russian-locale Excel: Windows-1251, `;`, decimal commas, Kobo groups.
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { loadDataset } from '../../src/validate/load.js';
import { tempDir } from '../ingest/helpers.js';

const t = tempDir();

it('maps Russian and English labels back to codes', async () => {
  const header = [
    'X.U.FEFF.response_id', 'survey_round', 'interview_date', 'country', 'admin1', 'grp_profile/population_group', 'consent', 'grp_profile/sex',
    'grp_profile/age', 'citizenship', 'education', 'main_breadwinner', 'remittance_amount', 'remittance_currency', 'priority_needs', '_uuid', '_index',
  ];
  const rows = [
    ['A1', 'R1', '12.04.2021', 'Кыргызстан', 'Чуйская область', 'Вернувшиеся мигранты', 'Да', 'Женщины', '34', 'Кыргызстан', 'Высшее', 'Нет', '12 500,5', 'RUB', 'Продукты питания', 'u1', '1'],
    ['A2', 'R1', '2021-04-13T10:00:00.000+06:00', 'Kyrgyzstan', 'KG-C', 'Returnees', 'yes', 'Male', '41', 'KGZ', 'Upper secondary', '1', '1\u00a0000', 'KGS', 'Food; Cash', 'u2', '2'],
  ];
  const text = [header, ...rows].map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\r\n') + '\r\n';
  const p = t.file('labels.csv', iconv.encode(text, 'win1251'));
  const r = await loadDataset({ files: [p] });
  expect(r.issues).toEqual([]);
  expect(r.dataset.sources[0]).toMatchObject({ encoding: 'windows-1251', delimiter: ';', accepted: 2 });
  const got = (r.dataset.table.objects() as Array<Record<string, unknown>>).map((x) => [
    x.response_id, x.interview_date, x.country, x.admin1, x.population_group, x.sex, x.education, x.main_breadwinner, x.remittance_amount, x.priority_needs,
  ]);
  expect(got).toEqual([
    ['A1', '2021-04-12', 'KGZ', 'KG-C', 'returnee', 'female', 'higher', 'no', 12500.5, 'food'],
    ['A2', '2021-04-13', 'KGZ', 'KG-C', 'returnee', 'male', 'upper_secondary', 'yes', 1000, 'food cash'],
  ]);
});
