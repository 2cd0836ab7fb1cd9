import type {
  InterventionModality,
  ProblemDomain,
} from '../../modules/treatment-plan/treatment-plan.entity.js';
import type { Rng } from './random.js';

/**
 * Phrase lists the demo seed builds charts from: intake summaries, ASAM notes, treatment-plan
 * content (problems in the client's own words, goals, SMART objectives, interventions), progress
 * notes, and the reasons and rationales recorded with episode moves. Every word is invented; the
 * seeded PRNG picks and combines them, so each chart reads differently but every run is the same.
 *
 * Templates use {noun} ("alcohol", "meth"), {gerund} ("drinking") and {Gerund} ("Drinking") for
 * the client's main substance, and {useDays} for the count a use objective measures.
 */

export interface Substance {
  key: string;
  /** As a clinician writes it. */
  clinical: string;
  /** As a client says it. */
  noun: string;
  gerund: string;
  /** What a weekly use count is called in measures: "Drinking days". */
  useDays: string;
  firstUseAge: readonly [number, number];
  patterns: readonly string[];
  /** On buprenorphine or another medication for the use disorder. */
  mat?: boolean;
}

const ALCOHOL: Substance = {
  key: 'alcohol',
  clinical: 'alcohol',
  noun: 'alcohol',
  gerund: 'drinking',
  useDays: 'Drinking days',
  firstUseAge: [13, 19],
  patterns: [
    'Daily drinking for about two years, 8–10 beers a night and more at weekends.',
    'Weekend binge drinking that became most nights after a layoff last year.',
    'About a fifth of vodka every two days, much of it hidden from family.',
    'Wine every evening, increasing from two glasses to two bottles over three years.',
    'Drinks on the way home from work most days; reports blackouts twice a month.',
  ],
};

const METH: Substance = {
  key: 'meth',
  clinical: 'methamphetamine',
  noun: 'meth',
  gerund: 'using meth',
  useDays: 'Days of use',
  firstUseAge: [15, 24],
  patterns: [
    'Smokes methamphetamine 3–4 days a week, sometimes up to three days without sleep.',
    'Daily use for the past year, after five years without any use.',
    'Use began to stay awake on night shifts and is now daily.',
  ],
};

const PILLS: Substance = {
  key: 'pills',
  clinical: 'prescription opioids',
  noun: 'pills',
  gerund: 'taking pills',
  useDays: 'Days of use',
  firstUseAge: [18, 35],
  mat: true,
  patterns: [
    'Oxycodone prescribed after a back injury; took more than prescribed, then bought pills. Stable on buprenorphine for six weeks.',
    'Hydrocodone after dental surgery escalated to daily use over two years. Started buprenorphine with primary care last month.',
  ],
};

const FENTANYL: Substance = {
  key: 'fentanyl',
  clinical: 'fentanyl',
  noun: 'fentanyl',
  gerund: 'using',
  useDays: 'Days of use',
  firstUseAge: [17, 30],
  mat: true,
  patterns: [
    'Smoked fentanyl daily for eight months; one overdose reversed with naloxone. Inducted on buprenorphine during a recent hospital stay.',
    'Daily fentanyl use after pills became hard to find; now on buprenorphine and carrying naloxone.',
  ],
};

const COCAINE: Substance = {
  key: 'cocaine',
  clinical: 'cocaine',
  noun: 'coke',
  gerund: 'using coke',
  useDays: 'Days of use',
  firstUseAge: [16, 25],
  patterns: [
    'Cocaine at weekends with alcohol, rising to three or four nights a week.',
    'Uses cocaine mostly at work events and after payday; spending has caused debt.',
  ],
};

const CANNABIS: Substance = {
  key: 'cannabis',
  clinical: 'cannabis',
  noun: 'weed',
  gerund: 'smoking weed',
  useDays: 'Days of use',
  firstUseAge: [12, 16],
  patterns: [
    'Daily high-potency cannabis concentrates from waking to bedtime.',
    'Smokes cannabis several times a day; tried to stop twice and could not sleep.',
  ],
};

const TEEN_CANNABIS: Substance = {
  key: 'teen-cannabis',
  clinical: 'cannabis (THC vape cartridges)',
  noun: 'my vape',
  gerund: 'vaping',
  useDays: 'Days of use',
  firstUseAge: [12, 14],
  patterns: [
    'Vapes THC cartridges daily, often before school and again at night.',
    'Smokes cannabis with friends after school every day for about a year.',
    'Daily THC vaping since the start of the school year; also vapes nicotine.',
  ],
};

const TEEN_ALCOHOL: Substance = {
  key: 'teen-alcohol',
  clinical: 'alcohol',
  noun: 'alcohol',
  gerund: 'drinking',
  useDays: 'Drinking days',
  firstUseAge: [12, 14],
  patterns: [
    'Drinks at weekend parties, with blackouts on three occasions this year.',
    'Takes alcohol from home and drinks alone in the evenings a few times a week.',
  ],
};

const TEEN_PILLS: Substance = {
  key: 'teen-pills',
  clinical: 'counterfeit benzodiazepine tablets',
  noun: 'bars',
  gerund: 'taking bars',
  useDays: 'Days of use',
  firstUseAge: [13, 15],
  patterns: [
    'Counterfeit "Xanax bars" bought through social media a few times a month; has naloxone at home after education.',
  ],
};

/** Weighted by repetition. */
export const ADULT_SUBSTANCES: readonly Substance[] = [
  ALCOHOL,
  ALCOHOL,
  ALCOHOL,
  ALCOHOL,
  METH,
  METH,
  PILLS,
  FENTANYL,
  COCAINE,
  CANNABIS,
];
export const TEEN_SUBSTANCES: readonly Substance[] = [
  TEEN_CANNABIS,
  TEEN_CANNABIS,
  TEEN_CANNABIS,
  TEEN_ALCOHOL,
  TEEN_PILLS,
];

export function fill(text: string, s: Substance): string {
  return text
    .replaceAll('{noun}', s.noun)
    .replaceAll('{gerund}', s.gerund)
    .replaceAll('{Gerund}', s.gerund[0]!.toUpperCase() + s.gerund.slice(1))
    .replaceAll('{useDays}', s.useDays);
}

type Voice = { adult: readonly string[]; teen: readonly string[] };

/** A number progress entries record for an objective: where the client starts and the target. */
export interface MeasureScale {
  from: number;
  to: number;
}

export interface ObjectiveTemplate {
  description: string;
  /** SMART: what is measured and the target. */
  measure: string;
  /** Target date, weeks after the plan is written. */
  weeks: number;
  scale?: MeasureScale;
}

export interface GoalTemplate {
  description: string;
  objectives: readonly ObjectiveTemplate[];
}

export type Responsible = 'CLINICIAN' | 'CASE_MANAGER';

export interface InterventionTemplate {
  modality: InterventionModality;
  description: string;
  frequency: string;
  who: Responsible;
  /** Only for clients on medication for an opioid use disorder. */
  matOnly?: boolean;
}

export interface DomainContent {
  words: Voice;
  strengths: Voice;
  immediate: { adult: readonly GoalTemplate[]; teen: readonly GoalTemplate[] };
  longTerm: { adult: readonly GoalTemplate[]; teen: readonly GoalTemplate[] };
  interventions: readonly InterventionTemplate[];
}

const both = <T>(items: readonly T[]) => ({ adult: items, teen: items });

export const DOMAIN_CONTENT: Record<ProblemDomain, DomainContent> = {
  SUBSTANCE_USE: {
    words: {
      adult: [
        "I tell myself I'll stop {gerund} after this week, and then it's Friday again.",
        "{Gerund} went from weekends to every day and I didn't even notice it happen.",
        'I can stop for a couple of weeks, but the first bad day I am right back at it.',
        'I need {noun} just to feel normal in the morning. That scares me.',
        "Everyone around me is {gerund}. I don't know who I am without it.",
        "I've lost count of the promises I've made about {noun}.",
      ],
      teen: [
        "Honestly I'm {gerund} every day, but so is everybody I know.",
        "I don't think it's a big deal, but I can't really go a day without it.",
        "I started {gerund} to chill out and now I can't sleep without it.",
        'My parents found my stuff and now I am here.',
        "It's the only thing that helps me not think about stuff.",
        "I told myself I'd only do it on weekends. That didn't last.",
      ],
    },
    strengths: {
      adult: [
        'I went 40 days without {noun} last spring, so I know I can.',
        'I know my triggers. Payday is the big one.',
        "I've never used at work and I'm proud of that.",
        "I'm stubborn. Once I decide something, I do it.",
        'I asked for help this time. Nobody made me.',
      ],
      teen: [
        'I stopped for a whole month during soccer season.',
        "I'm actually good at saying no when I want to.",
        'I came today even though I did not want to.',
        "I don't want my little sister to see me like this.",
        'My coach still wants me on the team.',
      ],
    },
    immediate: {
      adult: [
        {
          description: 'Stop {gerund} and get through the first month safely',
          objectives: [
            {
              description: 'Log use every day and bring the log to individual session',
              measure: '{useDays} per week ≤ 1 for 4 weeks',
              weeks: 4,
              scale: { from: 5, to: 0 },
            },
            {
              description: 'Give an observed drug screen every week',
              measure: 'Negative weekly screens: 4 in a row',
              weeks: 5,
              scale: { from: 0, to: 4 },
            },
          ],
        },
        {
          description: 'Have a plan for cravings instead of giving in to them',
          objectives: [
            {
              description:
                'Use the written craving plan (call, walk, wait 20 minutes) when an urge hits',
              measure: 'Craving plan used ≥ 3 times a week, per craving log',
              weeks: 3,
              scale: { from: 0, to: 3 },
            },
            {
              description: 'Name personal triggers and a coping response for each',
              measure: 'Trigger list with ≥ 5 triggers reviewed in session by the target date',
              weeks: 2,
            },
          ],
        },
      ],
      teen: [
        {
          description: 'Cut back and then stop {gerund}',
          objectives: [
            {
              description: 'Track use on a phone app and review it with the counselor',
              measure: '{useDays} per week ≤ 2 by week 3, then 0 for 2 weeks',
              weeks: 5,
              scale: { from: 6, to: 0 },
            },
            {
              description: 'Give a drug screen at program every week',
              measure: 'Negative weekly screens: 3 in a row',
              weeks: 5,
              scale: { from: 0, to: 3 },
            },
          ],
        },
      ],
    },
    longTerm: {
      adult: [
        {
          description: 'Stay free of {noun} and build a recovery routine that lasts',
          objectives: [
            {
              description: 'Write a relapse-prevention plan and go over it with one support person',
              measure: 'Plan written and reviewed with a support person by the target date',
              weeks: 8,
            },
            {
              description: 'Go to mutual-support meetings outside the program',
              measure: '≥ 2 meetings a week for 8 weeks, per meeting log',
              weeks: 10,
              scale: { from: 0, to: 2 },
            },
          ],
        },
        {
          description: 'Stay abstinent through the end of the program',
          objectives: [
            {
              description: 'Stay abstinent, confirmed by random screens',
              measure: '60 consecutive days abstinent with all screens negative',
              weeks: 12,
              scale: { from: 0, to: 60 },
            },
          ],
        },
      ],
      teen: [
        {
          description: 'Finish the program without {gerund}',
          objectives: [
            {
              description: 'Practise refusal skills in group and use them with friends',
              measure: '≥ 2 real situations handled with refusal skills, reported in group',
              weeks: 8,
              scale: { from: 0, to: 2 },
            },
            {
              description: 'Stay substance-free, confirmed by screens',
              measure: '45 consecutive days without use, all screens negative',
              weeks: 10,
              scale: { from: 0, to: 45 },
            },
          ],
        },
      ],
    },
    interventions: [
      {
        modality: 'RELAPSE_PREVENTION',
        description: 'Relapse-prevention group: triggers, high-risk situations, coping plans',
        frequency: '3 groups a week',
        who: 'CLINICIAN',
      },
      {
        modality: 'MOTIVATIONAL_INTERVIEWING',
        description: 'Individual sessions on ambivalence and reasons for change',
        frequency: '1 individual session a week',
        who: 'CLINICIAN',
      },
      {
        modality: 'TWELVE_STEP_FACILITATION',
        description: 'Link to local meetings and a temporary sponsor; review the meeting log',
        frequency: 'Every other week',
        who: 'CLINICIAN',
      },
      {
        modality: 'PSYCHOEDUCATION',
        description: 'Psychoeducation group on what {noun} does to the brain and body',
        frequency: '1 group a week',
        who: 'CLINICIAN',
      },
      {
        modality: 'CBT',
        description: 'CBT for cravings: urge surfing and thought records',
        frequency: '1 individual session a week',
        who: 'CLINICIAN',
      },
      {
        modality: 'MEDICATION_SUPPORT',
        description: 'Coordinate with the buprenorphine prescriber; confirm refills and visits',
        frequency: 'Every two weeks',
        who: 'CASE_MANAGER',
        matOnly: true,
      },
    ],
  },
  AFFECT: {
    words: {
      adult: [
        "I've felt flat for about a year. {Gerund} was the only thing that turned the volume down.",
        "My anxiety is through the roof before work. My chest gets so tight I can't breathe.",
        "When I get angry I say things I can't take back.",
        "Some days I don't see the point of getting out of bed.",
      ],
      teen: [
        'I get really anxious at school and I just want to leave.',
        "I'm sad a lot and I don't really know why.",
        'I blow up at my mom over nothing.',
      ],
    },
    strengths: {
      adult: [
        'Walking helps, when I make myself go.',
        'I can talk to my sister when it gets bad.',
        'Music calms me down.',
      ],
      teen: ['Drawing helps me calm down.', 'My friend Ana always listens.', 'Running helps.'],
    },
    immediate: both([
      {
        description: 'Get through hard moods without using',
        objectives: [
          {
            description: 'Use one skill from skills group when distressed, tracked on a diary card',
            measure: 'Skill used on ≥ 5 of 7 days, per diary card',
            weeks: 4,
            scale: { from: 1, to: 5 },
          },
          {
            description: 'Bring depression symptoms down',
            measure: 'PHQ-9 total below 10 by the target date',
            weeks: 8,
            scale: { from: 16, to: 8 },
          },
        ],
      },
    ]),
    longTerm: both([
      {
        description: 'Feel steady enough to handle bad days',
        objectives: [
          {
            description: 'Bring anxiety down and keep it there',
            measure: 'GAD-7 total below 8 at two measurements in a row',
            weeks: 12,
            scale: { from: 14, to: 7 },
          },
          {
            description: 'Keep a psychiatric medication evaluation appointment',
            measure: 'Evaluation attended by the target date',
            weeks: 6,
          },
        ],
      },
    ]),
    interventions: [
      {
        modality: 'DBT_SKILLS',
        description: 'Skills group: distress tolerance and emotion regulation',
        frequency: '1 group a week',
        who: 'CLINICIAN',
      },
      {
        modality: 'CBT',
        description: 'Individual CBT for low mood and anxiety',
        frequency: '1 individual session a week',
        who: 'CLINICIAN',
      },
      {
        modality: 'MEDICATION_SUPPORT',
        description: 'Referral to psychiatry for a medication evaluation (with consent)',
        frequency: 'Once, then a monthly check-in',
        who: 'CASE_MANAGER',
      },
      {
        modality: 'PSYCHOEDUCATION',
        description: 'Mood-management group',
        frequency: '1 group a week',
        who: 'CLINICIAN',
      },
    ],
  },
  FAMILY_SOCIAL: {
    words: {
      adult: [
        "My kids don't trust me anymore, and I get it.",
        "My partner says one more slip and we're done.",
        "All my friends use. If I stop, I'm pretty much alone.",
        "My mom won't let me in the house until I'm clean.",
      ],
      teen: [
        'My mom and I just yell at each other all the time.',
        "My dad doesn't talk to me since he found out.",
        'All my friends smoke, so what am I supposed to do, sit home?',
      ],
    },
    strengths: {
      adult: [
        'My brother still calls every Sunday.',
        'My kids still want to see me.',
        'My partner came to the intake with me.',
      ],
      teen: [
        'My grandma always has my back.',
        'I help take care of my little brother.',
        'My aunt said I can call her anytime.',
      ],
    },
    immediate: {
      adult: [
        {
          description: 'Start rebuilding trust at home',
          objectives: [
            {
              description: 'Attend family sessions with partner or a family member',
              measure: '≥ 3 family sessions attended by the target date',
              weeks: 6,
              scale: { from: 0, to: 3 },
            },
            {
              description: 'Name sober supports and reach out to them',
              measure: 'Contact with a sober support ≥ 2 times a week for 4 weeks',
              weeks: 5,
              scale: { from: 0, to: 2 },
            },
          ],
        },
      ],
      teen: [
        {
          description: 'Fight less at home',
          objectives: [
            {
              description: 'Attend family sessions with a parent',
              measure: '≥ 3 family sessions attended by the target date',
              weeks: 6,
              scale: { from: 0, to: 3 },
            },
            {
              description: 'Use a time-out and come back to talk instead of yelling',
              measure: 'Shouting matches ≤ 1 a week for 3 weeks, per parent and client report',
              weeks: 5,
              scale: { from: 5, to: 1 },
            },
          ],
        },
      ],
    },
    longTerm: both([
      {
        description: 'Have relationships that support recovery',
        objectives: [
          {
            description: 'Plan one sober activity a week with family or sober friends',
            measure: 'Sober activity ≥ 1 a week for 6 weeks',
            weeks: 10,
            scale: { from: 0, to: 1 },
          },
        ],
      },
    ]),
    interventions: [
      {
        modality: 'FAMILY_THERAPY',
        description: 'Family session on communication and repair',
        frequency: 'Every other week',
        who: 'CLINICIAN',
      },
      {
        modality: 'PSYCHOEDUCATION',
        description: 'Family education evening',
        frequency: 'Monthly',
        who: 'CLINICIAN',
      },
      {
        modality: 'CASE_MANAGEMENT',
        description: 'Connect with a peer-support community group',
        frequency: 'Once, then as needed',
        who: 'CASE_MANAGER',
      },
    ],
  },
  VOCATIONAL_EDUCATIONAL: {
    words: {
      adult: [
        "I got written up twice for being late. I can't lose this job.",
        "I've been out of work since spring and every day I don't work I'm {gerund} more.",
        'I want to finish my certification but I keep dropping out.',
      ],
      teen: [
        "I'm failing two classes because I stopped going.",
        "I got suspended and now I'm behind in everything.",
        "School is pointless right now. I can't focus.",
      ],
    },
    strengths: {
      adult: [
        "My supervisor said she'd hold my job if I get help.",
        "I'm good at what I do.",
        'I finished my GED while working full time.',
      ],
      teen: [
        "I used to get B's.",
        'My art teacher says I have talent.',
        "I'm good with computers.",
      ],
    },
    immediate: {
      adult: [
        {
          description: 'Keep my job',
          objectives: [
            {
              description: 'Arrive on time for every shift',
              measure: 'Late arrivals ≤ 1 in 4 weeks, per schedule log',
              weeks: 4,
              scale: { from: 4, to: 1 },
            },
            {
              description: 'Give the employer the program attendance letter (with consent)',
              measure: 'Letter delivered by the target date',
              weeks: 2,
            },
          ],
        },
      ],
      teen: [
        {
          description: 'Go to school every day',
          objectives: [
            {
              description: 'Attend every class, confirmed by the school',
              measure: 'Attendance ≥ 90 % of school days for 4 weeks, per school report',
              weeks: 5,
              scale: { from: 60, to: 90 },
            },
          ],
        },
      ],
    },
    longTerm: {
      adult: [
        {
          description: 'Get back to steady work',
          objectives: [
            {
              description: 'Meet with a vocational rehabilitation counselor',
              measure: 'Intake appointment kept by the target date',
              weeks: 6,
            },
            {
              description: 'Apply for jobs each week',
              measure: '≥ 3 job applications a week for 4 weeks',
              weeks: 8,
              scale: { from: 0, to: 3 },
            },
          ],
        },
      ],
      teen: [
        {
          description: 'Pass my classes this semester',
          objectives: [
            {
              description: 'Turn in missing assignments',
              measure: 'Missing assignments ≤ 2 in each class by the target date',
              weeks: 10,
              scale: { from: 12, to: 2 },
            },
          ],
        },
      ],
    },
    interventions: [
      {
        modality: 'CASE_MANAGEMENT',
        description: 'Coordinate with the employer assistance program (with consent)',
        frequency: 'Every two weeks',
        who: 'CASE_MANAGER',
      },
      {
        modality: 'CASE_MANAGEMENT',
        description: 'Referral to vocational rehabilitation',
        frequency: 'Once, with a check-in after 2 weeks',
        who: 'CASE_MANAGER',
      },
      {
        modality: 'CBT',
        description: 'Problem-solving for mornings, schedules and stress at work or school',
        frequency: 'Every other week',
        who: 'CLINICIAN',
      },
    ],
  },
  HOUSING: {
    words: {
      adult: [
        "I'm on my cousin's couch and she wants me out by the end of the month.",
        "I'm sleeping in my car most nights.",
        "I can't stay sober in that apartment, everybody there uses.",
      ],
      teen: ["I've been staying at friends' places when it gets bad at home."],
    },
    strengths: {
      adult: [
        "I've got a little saved up for a deposit.",
        "I'm on the waiting list for sober living.",
        'I always pay rent first.',
      ],
      teen: ['My aunt has a spare room.'],
    },
    immediate: both([
      {
        description: 'Find a safe, sober place to live',
        objectives: [
          {
            description: 'Apply to sober-living homes',
            measure: '≥ 3 applications submitted by the target date',
            weeks: 3,
            scale: { from: 0, to: 3 },
          },
        ],
      },
    ]),
    longTerm: both([
      {
        description: 'Keep stable housing',
        objectives: [
          {
            description: 'Move into stable housing',
            measure: 'Signed lease or sober-living agreement by the target date',
            weeks: 8,
          },
        ],
      },
    ]),
    interventions: [
      {
        modality: 'CASE_MANAGEMENT',
        description: 'Housing search and sober-living referrals',
        frequency: 'Weekly',
        who: 'CASE_MANAGER',
      },
      {
        modality: 'CASE_MANAGEMENT',
        description: 'Help with a housing assistance application',
        frequency: 'Every two weeks',
        who: 'CASE_MANAGER',
      },
    ],
  },
  LEGAL: {
    words: {
      adult: [
        'I have a court date for my DUI and the judge wants to see I am doing something.',
        "I'm on probation and one dirty test means I go back.",
        'I owe fines I cannot pay and my license is suspended.',
      ],
      teen: [
        "I'm on probation for the thing at school, so I have to be here.",
        "If I get caught again they said it's juvie.",
      ],
    },
    strengths: {
      adult: ["I've made every court date so far.", 'My public defender is on top of things.'],
      teen: ['My probation officer is actually okay.', "I haven't missed a check-in."],
    },
    immediate: {
      adult: [
        {
          description: 'Meet every court requirement',
          objectives: [
            {
              description: 'Program attendance reported to probation (with consent)',
              measure: 'Monthly compliance report sent, 3 of 3 months',
              weeks: 12,
              scale: { from: 0, to: 3 },
            },
            {
              description: 'Complete the court-ordered DUI classes',
              measure: '12 of 12 classes completed by the target date',
              weeks: 12,
              scale: { from: 0, to: 12 },
            },
          ],
        },
      ],
      teen: [
        {
          description: 'Follow my probation terms',
          objectives: [
            {
              description: 'Keep every probation check-in',
              measure: 'All weekly check-ins attended for 8 weeks',
              weeks: 8,
              scale: { from: 0, to: 8 },
            },
          ],
        },
      ],
    },
    longTerm: both([
      {
        description: 'Finish probation without new charges',
        objectives: [
          {
            description: 'No new legal involvement',
            measure: 'No new citations or violations through the target date',
            weeks: 12,
          },
        ],
      },
    ]),
    interventions: [
      {
        modality: 'CASE_MANAGEMENT',
        description: 'Coordinate with the probation officer (with signed consent)',
        frequency: 'Monthly',
        who: 'CASE_MANAGER',
      },
      {
        modality: 'MOTIVATIONAL_INTERVIEWING',
        description: 'Explore what the client wants beyond the court order',
        frequency: 'Every other week',
        who: 'CLINICIAN',
      },
    ],
  },
  MEDICAL: {
    words: {
      adult: [
        'My liver numbers came back bad and my doctor scared me.',
        "My back pain is how this started, and it's still there.",
        "I haven't seen a doctor in five years. I know my blood pressure is bad.",
      ],
      teen: ["I've been getting bad headaches and I don't eat much."],
    },
    strengths: {
      adult: ['I already cut out soda, so I can change things.', 'I like my doctor.'],
      teen: ['My mom will drive me to appointments.'],
    },
    immediate: both([
      {
        description: 'Get my health checked',
        objectives: [
          {
            description: 'Keep a primary-care follow-up visit',
            measure: 'Follow-up visit attended by the target date',
            weeks: 4,
          },
          {
            description: 'Repeat the blood work the doctor ordered',
            measure: 'Labs repeated by the target date',
            weeks: 8,
          },
        ],
      },
    ]),
    longTerm: both([
      {
        description: 'Take care of my body',
        objectives: [
          {
            description: 'Take prescribed medication as directed',
            measure: 'Missed doses ≤ 1 a week for 6 weeks, per pill organizer',
            weeks: 8,
            scale: { from: 4, to: 0 },
          },
        ],
      },
    ]),
    interventions: [
      {
        modality: 'CASE_MANAGEMENT',
        description: 'Coordinate with the primary care physician (with consent)',
        frequency: 'Monthly',
        who: 'CASE_MANAGER',
      },
      {
        modality: 'MEDICATION_SUPPORT',
        description: 'Medication adherence check-in',
        frequency: 'Weekly',
        who: 'CLINICIAN',
      },
      {
        modality: 'PSYCHOEDUCATION',
        description: 'Health and recovery group',
        frequency: '1 group a week',
        who: 'CLINICIAN',
      },
    ],
  },
  COGNITION: {
    words: {
      adult: [
        'My brain tells me one won’t hurt, and I believe it every time.',
        "I can't keep track of anything anymore — appointments, bills, nothing.",
      ],
      teen: ["I can't focus on anything for more than like five minutes."],
    },
    strengths: {
      adult: [
        "I'm good at writing things down when I remember to.",
        "I'm smart, I just need to slow down.",
      ],
      teen: ['I can focus when it’s something I like.'],
    },
    immediate: both([
      {
        description: 'Catch the thoughts that lead to using',
        objectives: [
          {
            description: 'Complete thought records between sessions',
            measure: '≥ 3 thought records a week for 4 weeks',
            weeks: 5,
            scale: { from: 0, to: 3 },
          },
        ],
      },
    ]),
    longTerm: both([
      {
        description: 'Stay organized enough to keep my commitments',
        objectives: [
          {
            description: 'Use a planner or phone calendar for every appointment',
            measure: 'Missed appointments ≤ 1 a month for 2 months',
            weeks: 10,
            scale: { from: 4, to: 1 },
          },
        ],
      },
    ]),
    interventions: [
      {
        modality: 'CBT',
        description: 'Individual CBT: cognitive restructuring',
        frequency: '1 individual session a week',
        who: 'CLINICIAN',
      },
      {
        modality: 'PSYCHOEDUCATION',
        description: 'Life-skills group: planning and organization',
        frequency: '1 group a week',
        who: 'CLINICIAN',
      },
    ],
  },
  PSYCHOPHYSIOLOGICAL: {
    words: {
      adult: [
        "I can't sleep without something in my system.",
        'My cravings hit like a wave around five o’clock.',
      ],
      teen: ["I literally can't fall asleep without {gerund} first."],
    },
    strengths: {
      adult: ['I used to sleep fine before all this.', "I'm willing to try the breathing stuff."],
      teen: ['I sleep better after practice.'],
    },
    immediate: both([
      {
        description: 'Sleep without substances',
        objectives: [
          {
            description: 'Follow a wind-down routine and keep a sleep log',
            measure: '≥ 6 hours of sleep on 5 of 7 nights, per sleep log',
            weeks: 4,
            scale: { from: 1, to: 5 },
          },
        ],
      },
    ]),
    longTerm: both([
      {
        description: 'Handle cravings in my body',
        objectives: [
          {
            description: 'Use paced breathing or grounding when cravings peak',
            measure: 'Craving intensity ≤ 4 of 10 at the evening peak, 5 days a week',
            weeks: 8,
            scale: { from: 8, to: 4 },
          },
        ],
      },
    ]),
    interventions: [
      {
        modality: 'PSYCHOEDUCATION',
        description: 'Sleep hygiene education',
        frequency: 'Weekly, in group',
        who: 'CLINICIAN',
      },
      {
        modality: 'CBT',
        description: 'CBT for insomnia techniques',
        frequency: 'Every other week',
        who: 'CLINICIAN',
      },
      {
        modality: 'DBT_SKILLS',
        description: 'Grounding and paced-breathing practice',
        frequency: '1 group a week',
        who: 'CLINICIAN',
      },
    ],
  },
};

/**
 * Goals a clinician proposed and the client turned down: kept on the plan as REJECTED, so the
 * conversation is on record. Filed under the substance-use problem.
 */
export const REJECTED_GOALS: { adult: GoalTemplate; teen: GoalTemplate } = {
  adult: {
    description: 'Go to 90 mutual-support meetings in 90 days',
    objectives: [
      {
        description: 'Attend a meeting every day and keep a signed attendance sheet',
        measure: '90 meetings logged in 90 days',
        weeks: 13,
        scale: { from: 0, to: 90 },
      },
    ],
  },
  teen: {
    description: 'Stop spending time with friends who use',
    objectives: [
      {
        description: 'No time with friends who use, per client and parent report',
        measure: 'No contact with using friends outside school for 4 weeks',
        weeks: 4,
      },
    ],
  },
};

/** Which further problem areas a referral source makes likely (first problem is substance use). */
const DOMAIN_LEANINGS: Record<string, readonly ProblemDomain[]> = {
  'Drug court': ['LEGAL', 'LEGAL'],
  'Juvenile probation': ['LEGAL', 'LEGAL'],
  'Employer EAP': ['VOCATIONAL_EDUCATIONAL', 'VOCATIONAL_EDUCATIONAL'],
  'School counselor': ['VOCATIONAL_EDUCATIONAL', 'VOCATIONAL_EDUCATIONAL'],
  Family: ['FAMILY_SOCIAL', 'FAMILY_SOCIAL'],
  'Primary care physician': ['MEDICAL', 'MEDICAL'],
  'Emergency department': ['MEDICAL', 'AFFECT'],
  'Residential step-down': ['HOUSING', 'FAMILY_SOCIAL'],
  Self: ['AFFECT'],
};
const ADULT_DOMAINS: readonly ProblemDomain[] = [
  'AFFECT',
  'AFFECT',
  'FAMILY_SOCIAL',
  'FAMILY_SOCIAL',
  'VOCATIONAL_EDUCATIONAL',
  'HOUSING',
  'LEGAL',
  'MEDICAL',
  'COGNITION',
  'PSYCHOPHYSIOLOGICAL',
];
const TEEN_DOMAINS: readonly ProblemDomain[] = [
  'FAMILY_SOCIAL',
  'FAMILY_SOCIAL',
  'VOCATIONAL_EDUCATIONAL',
  'VOCATIONAL_EDUCATIONAL',
  'AFFECT',
  'AFFECT',
  'LEGAL',
  'COGNITION',
  'PSYCHOPHYSIOLOGICAL',
];

export interface ProfileProblem {
  domain: ProblemDomain;
  clientWords: string;
  strengths: string;
}

/** Who the client is, clinically: the same story runs through assessment and plan. */
export interface ClientProfile {
  teen: boolean;
  substance: Substance;
  secondary: Substance | null;
  /** Substance use first, then 1–3 more areas (the plan's problems). */
  problems: ProfileProblem[];
  /** A further area a later plan revision may add. */
  laterProblem: ProfileProblem;
  motivation: string;
}

const ADULT_MOTIVATIONS = [
  'I want to be someone my kids can count on again.',
  "I'm tired of waking up sick.",
  "I don't want to end up like my dad.",
  "I need to keep this job. It's the only thing holding me together.",
  'I want my license back.',
  'I want to remember my weekends.',
  "I've never actually tried to stop. I want to try.",
  'I want to walk my daughter down the aisle sober.',
] as const;
const TEEN_MOTIVATIONS = [
  'I just want my parents off my back, honestly.',
  'I want to play varsity next season.',
  "I don't want to end up like my cousin.",
  'I want to stop feeling foggy all the time.',
  'I guess I want to graduate.',
] as const;

const GENERAL_STRENGTHS: Voice = {
  adult: [
    "I'm a hard worker.",
    'My sister has never given up on me.',
    "I'm good with my hands — I can fix anything.",
    'My dog needs me.',
    "I'm honest, even when it costs me.",
    'I like cooking for people.',
  ],
  teen: [
    "I'm funny, people like being around me.",
    "I'm on the soccer team and I'm actually decent.",
    'I help out at my uncle’s shop on Saturdays.',
    "I'm a good friend.",
    'I play guitar, mostly by ear.',
  ],
};

function problemIn(domain: ProblemDomain, teen: boolean, s: Substance, rng: Rng): ProfileProblem {
  const content = DOMAIN_CONTENT[domain];
  const voice = teen ? 'teen' : 'adult';
  return {
    domain,
    clientWords: fill(rng.pick(content.words[voice]), s),
    strengths: fill(rng.pick(content.strengths[voice]), s),
  };
}

export function buildProfile(
  teen: boolean,
  referralSource: string | null,
  rng: Rng,
): ClientProfile {
  const substance = rng.pick(teen ? TEEN_SUBSTANCES : ADULT_SUBSTANCES);
  const secondaries = (teen ? TEEN_SUBSTANCES : ADULT_SUBSTANCES).filter(
    (s) => s.key !== substance.key && !(s.mat && substance.mat),
  );
  const secondary = rng.chance(0.35) ? rng.pick(secondaries) : null;
  const leanings = DOMAIN_LEANINGS[referralSource ?? ''] ?? [];
  const pool = [...leanings, ...leanings, ...(teen ? TEEN_DOMAINS : ADULT_DOMAINS)];
  const others: ProblemDomain[] = [];
  const wanted = rng.pick([1, 2, 2, 2, 3]);
  while (others.length < wanted + 1) {
    const d = rng.pick(pool);
    if (!others.includes(d)) others.push(d);
  }
  const problems = [
    problemIn('SUBSTANCE_USE', teen, substance, rng),
    ...others.slice(0, wanted).map((d) => problemIn(d, teen, substance, rng)),
  ];
  // Some clients name a strength that is about who they are rather than one problem.
  if (rng.chance(0.5)) {
    const p = rng.pick(problems);
    p.strengths = `${p.strengths} ${rng.pick(GENERAL_STRENGTHS[teen ? 'teen' : 'adult'])}`;
  }
  return {
    teen,
    substance,
    secondary,
    problems,
    laterProblem: problemIn(others[wanted]!, teen, substance, rng),
    motivation: rng.pick(teen ? TEEN_MOTIVATIONS : ADULT_MOTIVATIONS),
  };
}

// ---------------------------------------------------------------------------------------------
// Intake assessment

const REFERRAL_CONTEXT: Record<string, readonly string[]> = {
  Self: [
    'Self-referred after a weekend the client describes as "the last straw".',
    'Self-referred after a partner found the client unresponsive.',
    'Self-referred after reading about the program online.',
  ],
  Family: [
    'Referred by family after a conversation at home "that got real".',
    'A parent made the first call; the client agreed to come in.',
  ],
  'Primary care physician': [
    'Referred by primary care after abnormal lab results.',
    'Referred by primary care after the client disclosed daily use at a check-up.',
  ],
  'Drug court': [
    'Referred by drug court as a condition of a diversion agreement.',
    'Referred by drug court after a second DUI arrest.',
  ],
  'Employer EAP': [
    'Referred through the employer assistance program after a warning at work.',
    'Referred by the employer assistance program after missed shifts.',
  ],
  'Residential step-down': [
    'Stepping down from a 30-day residential stay; continuing care recommended at 2.1.',
    'Completed residential treatment; step-down to IOP recommended.',
  ],
  'Emergency department': [
    'Referred from the emergency department after a fall while intoxicated.',
    'Referred from the emergency department after an overdose, reversed with naloxone.',
  ],
  'School counselor': [
    'Referred by the school counselor after the client was found using on campus.',
    'Referred by the school counselor because of falling grades and absences.',
  ],
  'Juvenile probation': [
    'Referred by the juvenile probation officer as a condition of probation.',
    'Referred by juvenile probation after a possession citation.',
  ],
};

const PRIOR_TREATMENT = [
  'No prior treatment.',
  'One earlier outpatient attempt; left after three weeks.',
  'Attended mutual-support meetings on and off for a year.',
  'Detox twice in the past five years; no follow-up care after either.',
  'Completed an outpatient program four years ago; abstinent for 18 months afterwards.',
] as const;
const TEEN_PRIOR_TREATMENT = [
  'No prior treatment.',
  'Saw a school counselor a few times last year.',
  'Completed a diversion class after a citation.',
] as const;

export function intakeSummary(
  profile: ClientProfile,
  referralSource: string | null,
  age: number,
  rng: Rng,
): Record<string, string> {
  const s = profile.substance;
  const firstUse = Math.min(age - 1, rng.int(s.firstUseAge[0], s.firstUseAge[1]));
  const secondary = profile.secondary
    ? ` Also uses ${profile.secondary.clinical}, ${rng.pick(['mostly at weekends', 'a few times a month', 'when the main substance is not around'])}.`
    : '';
  const context = rng.pick(
    REFERRAL_CONTEXT[referralSource ?? ''] ?? [
      'Came in after a friend in recovery suggested the program.',
    ],
  );
  const phrases = profile.problems
    .slice(1)
    .map((p) =>
      p.domain === 'VOCATIONAL_EDUCATIONAL'
        ? profile.teen
          ? 'falling behind at school'
          : 'trouble at work'
        : DOMAIN_PHRASES[p.domain],
    );
  const areas =
    phrases.length > 1
      ? `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`
      : (phrases[0] ?? '');
  return {
    presentingProblems: `${context} Problem use of ${s.clinical}${areas ? `, with ${areas}` : ''}. In the client's words: "${profile.motivation}"`,
    substanceUseHistory: `First used ${s.clinical} at ${firstUse}. ${rng.pick(s.patterns)}${secondary} ${rng.pick(profile.teen ? TEEN_PRIOR_TREATMENT : PRIOR_TREATMENT)}`,
    strengths: profile.problems.map((p) => `"${p.strengths}"`).join(' '),
    problemAreas: profile.problems.map((p) => `"${p.clientWords}"`).join(' '),
  };
}

const DOMAIN_PHRASES: Record<ProblemDomain, string> = {
  SUBSTANCE_USE: 'substance use',
  AFFECT: 'low mood and anxiety',
  FAMILY_SOCIAL: 'strain at home',
  VOCATIONAL_EDUCATIONAL: 'trouble at work or school',
  HOUSING: 'unstable housing',
  LEGAL: 'a pending legal matter',
  MEDICAL: 'health concerns',
  COGNITION: 'trouble concentrating',
  PSYCHOPHYSIOLOGICAL: 'poor sleep and strong physical cravings',
};

/** Notes per ASAM dimension (index = rating 0–4). */
const ASAM_NOTES: Record<'d1' | 'd2' | 'd3' | 'd4' | 'd5' | 'd6', readonly string[]> = {
  d1: [
    'No withdrawal signs; last use several days before assessment.',
    'Mild withdrawal symptoms have settled; sleep still disrupted.',
    'Moderate withdrawal symptoms this week; monitored, no history of complications.',
    'Daily heavy use with a history of withdrawal seizures; needs medically monitored withdrawal.',
    'Currently in severe withdrawal; sent for medical care the same day.',
  ],
  d2: [
    'No current medical concerns.',
    'Blood pressure high at intake; followed by primary care.',
    'Chronic back pain and elevated liver enzymes; under medical care.',
    'Unstable medical condition needing regular monitoring.',
    'Medical condition needs hospital care first.',
  ],
  d3: [
    'No emotional or behavioral concerns reported.',
    'Mild anxiety; no safety concerns.',
    'Depressive symptoms in the moderate range; no current suicidal thoughts; safety plan made.',
    'Marked anxiety and low mood interfere with daily life; psychiatric evaluation requested.',
    'Acute psychiatric symptoms; needs a higher level of care.',
  ],
  d4: [
    'Committed to change and asking for structure.',
    'Motivated; came in on own initiative.',
    'Ambivalent: here because of family or court, but wants to cut down.',
    'Sees little problem with use; engaged through motivational work.',
    'Refuses treatment at this time.',
  ],
  d5: [
    'Long periods of abstinence and good coping skills.',
    'Some periods of abstinence; knows a few triggers.',
    'Relapsed within weeks of earlier attempts; few coping skills yet.',
    'Continuous use despite consequences; high risk of continued use without structure.',
    'Immediate risk of dangerous use without around-the-clock support.',
  ],
  d6: [
    'Lives with supportive family who do not use.',
    'Supportive partner; a few friends still use.',
    'Others in the home drink or use; few sober supports.',
    'Unstable housing and peers who use; environment works against recovery.',
    'Living environment unsafe for recovery.',
  ],
};

export type AsamRatings = Record<'d1' | 'd2' | 'd3' | 'd4' | 'd5' | 'd6', number>;

/** Ratings fit for level 2.1, or (with `referOut`) ones that point to a higher level of care. */
export function asamRatings(rng: Rng, referOut: boolean): AsamRatings {
  const ratings: AsamRatings = {
    d1: rng.int(0, 1),
    d2: rng.int(0, 2),
    d3: rng.int(1, 3),
    d4: rng.int(1, 3),
    d5: rng.int(2, 3),
    d6: rng.int(1, 3),
  };
  if (referOut) {
    if (rng.chance(0.6)) ratings.d1 = 3;
    else ratings.d6 = 4;
  }
  return ratings;
}

export function asamAnswers(
  ratings: AsamRatings,
  rng: Rng,
  recommendedLevel: string,
): Record<string, number | string> {
  const answers: Record<string, number | string> = { recommendedLevel };
  for (const key of ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const) {
    answers[key] = ratings[key];
    // Clinicians annotate the dimensions that matter; a few plain ratings are left bare.
    if (ratings[key] >= 2 || rng.chance(0.6))
      answers[`${key}Note`] = ASAM_NOTES[key][ratings[key]]!;
  }
  return answers;
}

const ADMIT_FIT = [
  'Can attend three mornings a week and has a sober ride.',
  'Stable housing and family support; motivated to start now.',
  'Evening groups fit around work.',
  'Court requirement lines up with the client’s own wish to stop.',
  'Continuing care after residential treatment; ready for more independence.',
] as const;
const TEEN_ADMIT_FIT = [
  'Parent will drive to afternoon groups; school schedule allows three days a week.',
  'Family engaged and willing to attend family sessions.',
  'School counselor will coordinate attendance around classes.',
] as const;

export function admitRationale(ratings: AsamRatings, teen: boolean, rng: Rng): string {
  const env =
    ratings.d6 <= 1
      ? 'supportive environment'
      : ratings.d6 === 2
        ? 'mixed environment'
        : 'a challenging environment that outpatient structure can work with';
  return (
    `Meets ASAM level 2.1: no significant withdrawal risk (D1 ${ratings.d1}), relapse potential ` +
    `that needs structure (D5 ${ratings.d5}), ${env} (D6 ${ratings.d6}). ` +
    rng.pick(teen ? TEEN_ADMIT_FIT : ADMIT_FIT)
  );
}

export function waitlistRationale(ratings: AsamRatings, rng: Rng): string {
  return (
    `Appropriate for level 2.1 (D5 ${ratings.d5}, D6 ${ratings.d6}); ` +
    rng.pick([
      'the morning group is full, a place is expected within two to three weeks.',
      'no evening place until the current cohort moves on; weekly check-in calls while waiting.',
      'waiting for a place that fits around work; offered interim support group.',
    ])
  );
}

export function referOutRationale(ratings: AsamRatings): string {
  return ratings.d1 >= 3
    ? `Withdrawal risk too high for outpatient care (D1 ${ratings.d1}): referred to medically monitored withdrawal (3.7), with a warm hand-off; may return to IOP afterwards.`
    : `Living environment unsafe for recovery (D6 ${ratings.d6}): residential care (3.5) recommended and referral made with consent.`;
}

export const DECLINE_RATIONALES = [
  'Client decided not to enroll: cannot take time off work three days a week. Given outpatient options.',
  'Client prefers to work with a private therapist; given the program’s number if that changes.',
  'Primary psychiatric presentation needs a dual-diagnosis program; referred there with consent.',
] as const;

export const EXIT_REASONS = {
  referredOutEarly: [
    'Needs medically managed withdrawal first; referred to a detox program.',
    'Asked for residential care; given details of two residential programs.',
    'Primary concern is gambling without substance use; referred to a gambling treatment program.',
  ],
  declinedEarly: [
    'Decided to try outpatient counselling with a private therapist instead.',
    'Schedule conflicts with work; will call back in a few months.',
    'Chose not to continue after hearing the time commitment.',
  ],
  lostContact: [
    'Three calls and a letter over two weeks without a reply.',
    'Phone disconnected; no reply to email or letter.',
    'Missed two assessment appointments; no response to follow-up calls.',
  ],
  waitlistLost: [
    'A place opened; three calls over a week went unanswered.',
    'Stopped answering the weekly check-in calls; a letter came back undelivered.',
  ],
  onHold: [
    'Inpatient surgery and recovery; expected back in about two weeks.',
    'Family emergency out of state.',
    'Hospital stay for pneumonia; returning when cleared by the physician.',
    'Medical leave after a knee injury.',
  ],
  teenOnHold: ['Family trip abroad for a funeral.', 'Hospital stay after an appendectomy.'],
  dischargeCalledOff: [
    'Lapse during discharge planning; client and team agreed on four more weeks at 2.1.',
    'Client asked to stay another month after a family crisis; discharge postponed.',
  ],
  closedWithoutFollowUp: [
    'Client declined aftercare follow-up calls.',
    'Unable to reach for follow-up after three attempts.',
  ],
  transferred: [
    'Repeated lapses despite added sessions; transferred to a residential program (3.5) with a warm hand-off.',
  ],
} as const;

// ---------------------------------------------------------------------------------------------
// Plan life

export const REVIEW_NOTES = {
  continued: [
    'Reviewed with the client; goals still fit and progress is steady. Plan continued unchanged.',
    'Client wants to keep the same objectives for another month. Continued.',
    'Slow but real progress. Continued; revisit the family goal at the next review.',
    'Reviewed in session with the client and case manager; no changes needed.',
  ],
  revised: [
    'Immediate goals met; new objectives set for the next phase.',
    'Revised after a lapse: targets reset and more individual sessions added.',
    'Client raised a new priority; added it as a problem with its own goal.',
    'Target dates extended where the client needs more time; interventions adjusted.',
  ],
  levelOfCare: [
    'Revised after the level-of-care recommendation: plan now prepares for the step-down.',
  ],
} as const;

export const CLOSE_REASONS = {
  transferred: 'Transferred: care continues at a residential program (3.5).',
} as const;

export const LEVEL_OF_CARE_REASONS = {
  up: [
    'Two lapses in ten days and rising cravings; team recommends partial hospitalization (2.5). Payer authorized continued 2.1 while the request is reviewed.',
    'New depressive episode with passive thoughts of death; team recommends 2.5 for more structure. Authorization pending; safety plan updated.',
  ],
  down: 'Stable for six weeks with negative screens; team recommends stepping down to outpatient (1.0) at the end of the current authorization.',
} as const;

export type Trend = 'up' | 'flat' | 'down' | 'met' | 'steady';

export const PROGRESS_NOTES: Record<Trend, readonly string[]> = {
  up: [
    'Reports a steadier week; used the craving plan twice.',
    'Attended every group this week and spoke up in two.',
    'Named a trigger before it turned into a lapse — a first.',
    'Practised the skill from group at home and says it helped.',
    'Says things at home feel less tense.',
    'Did the homework and brought it to session.',
  ],
  flat: [
    'Mixed week; some days good, some not.',
    'No real change; client says it feels like a grind.',
    'Talked through barriers; will try a different time of day.',
    'Quiet in group; checked in individually afterwards.',
  ],
  down: [
    'Missed two groups; reports more cravings after a conflict at home.',
    'Lapse at the weekend; went over what led up to it without judgement.',
    'Stress at work is up and sleep is down.',
    'Says the goal feels out of reach right now; broke it into smaller steps.',
  ],
  met: [
    'Target met this week — celebrated in group.',
    'Met the target again; planning what is next.',
  ],
  steady: [
    'Still on track; keeping the routine going.',
    'Holding steady; planned ahead for a hard weekend.',
    'Sustaining the change; now helping a newer group member.',
  ],
};
