/**
 * Bulletin 3 variables. Skip logic: everything after `remitted_before_covid` is asked only of those
 * who sent money; the currency is given whenever an amount is. Amounts are typical of the country
 * of work: 10,000–30,000 RUB from Russia, 30,000–150,000 KZT from Kazakhstan, USD from further away.
 */
import { MultiSelect, weighted } from './choice.js';
import { nonResponse } from './nonresponse.js';
import type { Rng } from './random.js';
import type { Sex } from './survey-profile.js';

export interface Remittances {
  remitted_before_covid: string;
  remittance_frequency: string;
  remittance_amount: string;
  remittance_currency: string;
  remittance_change: string;
  remittance_channel: string;
  remittance_use: string;
  household_remittance_share: string;
}

const FREQUENCY = weighted({ monthly: 0.6, every_2_3_months: 0.25, twice_a_year: 0.09, less_often: 0.06 });
const CHANGE = {
  returnee: weighted({ stopped: 0.45, decreased: 0.38, no_change: 0.13, increased: 0.04 }),
  stranded_migrant: weighted({ stopped: 0.38, decreased: 0.46, no_change: 0.13, increased: 0.03 }),
};
const CHANNEL = new MultiSelect(
  { bank: 0.14, money_transfer_operator: 0.76, mobile_app: 0.16, post: 0.01, informal_courier: 0.04, carried_in_person: 0.06, other: 0.01 },
  'money_transfer_operator',
);
const USE = new MultiSelect(
  { food: 0.82, housing: 0.28, utilities: 0.42, education: 0.26, health: 0.27, debt_repayment: 0.19, savings: 0.1, business: 0.05, celebrations: 0.14, other: 0.02 },
  'food',
);
const SHARE = weighted({ none: 0.02, less_than_half: 0.14, about_half: 0.26, more_than_half: 0.38, all: 0.2 });

const NOT_ASKED: Omit<Remittances, 'remitted_before_covid'> = {
  remittance_frequency: '',
  remittance_amount: '',
  remittance_currency: '',
  remittance_change: '',
  remittance_channel: '',
  remittance_use: '',
  household_remittance_share: '',
};

/** A typical amount per transfer and its currency, for someone working in `workCountry`. */
function amount(rng: Rng, workCountry: string): [number, string] {
  const usd = (lo: number, hi: number): [number, string] => [rng.int(lo / 50, hi / 50) * 50, 'USD'];
  if (workCountry === 'RUS') {
    if (rng.chance(0.1)) return usd(100, 600);
    const u = rng.next();
    const thousands = u < 0.12 ? rng.int(5, 9) : u < 0.9 ? rng.int(10, 30) : rng.int(31, 60);
    return [thousands * 1000, 'RUB'];
  }
  if (workCountry === 'KAZ') {
    if (rng.chance(0.1)) return usd(100, 500);
    if (rng.chance(0.05)) return [rng.int(10, 25) * 1000, 'RUB'];
    return [rng.int(6, 30) * 5000, 'KZT'];
  }
  return usd(300, 1500);
}

export function drawRemittances(rng: Rng, sex: Sex, group: 'returnee' | 'stranded_migrant', workCountry: string): Remittances {
  const remitted = (nonResponse(rng, 0.02) ?? (rng.chance(sex === 'male' ? 0.82 : 0.68) ? 'yes' : 'no'));
  if (remitted !== 'yes') return { remitted_before_covid: remitted, ...NOT_ASKED };
  let amountText = '';
  let currency = '';
  if (nonResponse(rng, 0.04) === undefined) {
    const [a, c] = amount(rng, workCountry);
    amountText = String(a);
    currency = c;
  }
  return {
    remitted_before_covid: remitted,
    remittance_frequency: (nonResponse(rng, 0.02) ?? FREQUENCY.draw(rng)),
    remittance_amount: amountText,
    remittance_currency: currency,
    remittance_change: (nonResponse(rng, 0.03) ?? CHANGE[group].draw(rng)),
    remittance_channel: CHANNEL.draw(rng),
    remittance_use: USE.draw(rng),
    household_remittance_share: (nonResponse(rng, 0.02) ?? SHARE.draw(rng)),
  };
}
