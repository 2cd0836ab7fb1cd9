/**
 * The standardized measures of measurement-based care (Rule 7): PHQ-9, GAD-7 and the Brief
 * Addiction Monitor. Each item carries the answers it allows, so validation, scoring and the web
 * form all read one definition. Item keys are the item numbers as strings ("1".."9"), as the
 * published forms number them; BAM item 7 is asked per drug as 7a–7g.
 */

export const MeasureInstrument = {
  PHQ9: 'PHQ9',
  GAD7: 'GAD7',
  BAM: 'BAM',
} as const;
export type MeasureInstrument = (typeof MeasureInstrument)[keyof typeof MeasureInstrument];

export const MEASURE_INSTRUMENTS: readonly MeasureInstrument[] = Object.values(MeasureInstrument);

export function isMeasureInstrument(value: unknown): value is MeasureInstrument {
  return typeof value === 'string' && (MEASURE_INSTRUMENTS as readonly string[]).includes(value);
}

export interface AnswerOption {
  value: number;
  label: string;
}

export interface MeasureItem {
  key: string;
  text: string;
  options: readonly AnswerOption[];
  /** Unscored items (BAM 7 and 17) are recorded but never counted; optional ones may be skipped. */
  required: boolean;
}

export interface InstrumentDefinition {
  instrument: MeasureInstrument;
  name: string;
  /** The version recorded with each administration; a change of wording or scoring is a new one. */
  version: string;
  /** The period the answers cover. */
  lookBack: string;
  /** LOINC code of the total score (FHIR Observation.code), or null when none is published. */
  totalLoinc: string | null;
  /** LOINC code of the questionnaire panel, or null. */
  panelLoinc: string | null;
  items: readonly MeasureItem[];
}

const FREQUENCY: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed, or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead, or of hurting yourself in some way',
];

const GAD7_ITEMS = [
  'Feeling nervous, anxious, or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid, as if something awful might happen',
];

const frequencyItems = (texts: readonly string[]): MeasureItem[] =>
  texts.map((text, i) => ({ key: String(i + 1), text, options: FREQUENCY, required: true }));

// BAM answer sets (Cacciola et al., 2013; VA BAM manual): most items are five-point scales scored
// 0–4; item 14 (enough income) is No = 0 / Yes = 4.
const DAYS: readonly AnswerOption[] = [
  { value: 0, label: '0 days' },
  { value: 1, label: '1–3 days' },
  { value: 2, label: '4–8 days' },
  { value: 3, label: '9–15 days' },
  { value: 4, label: '16–30 days' },
];
const HEALTH: readonly AnswerOption[] = [
  { value: 0, label: 'Excellent' },
  { value: 1, label: 'Very good' },
  { value: 2, label: 'Good' },
  { value: 3, label: 'Fair' },
  { value: 4, label: 'Poor' },
];
const AMOUNT: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Slightly' },
  { value: 2, label: 'Moderately' },
  { value: 3, label: 'Considerably' },
  { value: 4, label: 'Extremely' },
];
const YES_NO: readonly AnswerOption[] = [
  { value: 0, label: 'No' },
  { value: 4, label: 'Yes' },
];

const bam = (key: string, text: string, options: readonly AnswerOption[], required = true) => ({
  key,
  text,
  options,
  required,
});

const BAM_DRUGS = [
  ['7a', 'Marijuana (cannabis, pot, weed)'],
  ['7b', 'Sedatives or tranquilizers'],
  ['7c', 'Cocaine or crack'],
  ['7d', 'Other stimulants (amphetamine, methamphetamine)'],
  ['7e', 'Opiates (heroin, morphine, pain pills, methadone, buprenorphine)'],
  ['7f', 'Inhalants'],
  ['7g', 'Other drugs'],
] as const;

const BAM_ITEMS: readonly MeasureItem[] = [
  bam('1', 'Would you say your physical health has been…', HEALTH),
  bam('2', 'How many nights did you have trouble falling asleep or staying asleep?', DAYS),
  bam(
    '3',
    'How many days have you felt depressed, anxious, angry or very upset throughout most of the day?',
    DAYS,
  ),
  bam('4', 'How many days did you drink any alcohol?', DAYS),
  bam('5', 'How many days did you have at least 5 drinks (4 if female or over 65)?', DAYS),
  bam(
    '6',
    'How many days did you use any illegal or street drugs or misuse any prescription medications?',
    DAYS,
  ),
  // Item 7 is asked only when item 6 is above 0, per drug, and is not scored.
  ...BAM_DRUGS.map(([key, drug]) => bam(key, `Days used: ${drug}`, DAYS, false)),
  bam(
    '8',
    'How much were you bothered by cravings or urges to drink alcohol or use drugs?',
    AMOUNT,
  ),
  bam(
    '9',
    'How confident are you in your ability to be completely abstinent (clean) from alcohol and drugs in the next 30 days?',
    AMOUNT,
  ),
  bam(
    '10',
    'How many days did you attend self-help meetings like AA or NA to support your recovery?',
    DAYS,
  ),
  bam(
    '11',
    'How many days were you in any situations or with any people that might put you at an increased risk for using alcohol or drugs?',
    DAYS,
  ),
  bam('12', 'Does your religion or spirituality help support your recovery?', AMOUNT),
  bam(
    '13',
    'How many days did you spend much of the time at work, school, or doing volunteer work?',
    DAYS,
  ),
  bam(
    '14',
    'Do you have enough income (from legal sources) to pay for necessities such as housing, transportation, food and clothing for yourself and your dependents?',
    YES_NO,
  ),
  bam(
    '15',
    'How much have you been bothered by arguments or problems getting along with any family members or friends?',
    AMOUNT,
  ),
  bam(
    '16',
    'How many days were you in contact or spent time with any family members or friends who are supportive of your recovery?',
    DAYS,
  ),
  bam(
    '17',
    'How satisfied are you with your progress toward achieving your recovery goals?',
    AMOUNT,
    false,
  ),
];

export const INSTRUMENTS: Readonly<Record<MeasureInstrument, InstrumentDefinition>> = {
  PHQ9: {
    instrument: 'PHQ9',
    name: 'PHQ-9',
    version: 'PHQ-9 (Kroenke, Spitzer & Williams 2001)',
    lookBack: 'Over the last 2 weeks, how often have you been bothered by…',
    totalLoinc: '44261-6',
    panelLoinc: '44249-1',
    items: frequencyItems(PHQ9_ITEMS),
  },
  GAD7: {
    instrument: 'GAD7',
    name: 'GAD-7',
    version: 'GAD-7 (Spitzer et al. 2006)',
    lookBack: 'Over the last 2 weeks, how often have you been bothered by…',
    totalLoinc: '70274-6',
    panelLoinc: '69737-5',
    items: frequencyItems(GAD7_ITEMS),
  },
  BAM: {
    instrument: 'BAM',
    name: 'BAM',
    version: 'BAM (VA 2010, 30-day)',
    lookBack: 'In the past 30 days…',
    // No LOINC code is published for the BAM or its subscales (checked against LOINC search).
    totalLoinc: null,
    panelLoinc: null,
    items: BAM_ITEMS,
  },
};

export function instrumentName(instrument: MeasureInstrument): string {
  return INSTRUMENTS[instrument].name;
}
