// The kinds of people the five articles give a recommendation to, each answered as that person
// would answer, from the questions' wording only. A profile answers only the questions its
// passage speaks to; the rest are skipped, as such a reader would skip them.
//
// Written before the weights were changed (issue #23), and run through the real scoring and
// the real data by quizFidelity.test.ts. `where` is a phrase found in the article, checked there.
import type { Answers } from '../../src/core/quiz';

/**
 * What the articles recommend: a clear role; `hybrid`, where they point at the role on the
 * boundary (a hybrid role ahead, or too close to call with the hybrid suggested); or `close`,
 * where articles conflict for the same person (too close, each named source shown).
 */
export type Expected = { clear: string } | { hybrid: true } | { close: string[] };

export interface Profile {
  id: string;
  who: string;
  source: string;
  where: string;
  answers: Answers;
  expected: Expected;
}

const DE = { clear: 'data-engineer' };
const MLE = { clear: 'ml-engineer' };

export const PROFILES: Profile[] = [
  // AI Pulse
  {
    id: 'ap-choose-mle',
    who: 'Interested in model building, enjoys maths and statistics, wants to work on the AI features users touch',
    source: 'ai-pulse',
    where: "Choose ML engineering if you're interested in model building",
    answers: {
      'models-or-substrate': 'models',
      'statistics-appetite': 'stats-deeply',
      'product-closeness': 'product-close',
    },
    expected: MLE,
  },
  {
    id: 'ap-choose-de',
    who: 'Enjoys building reliable systems, prefers clear problems to open research, wants a faster way in',
    source: 'ai-pulse',
    where: 'Choose data engineering if you enjoy building reliable systems',
    answers: {
      'accuracy-or-reliability': 'pipeline-reliability',
      ambiguity: 'ambiguity-low',
      preparation: 'prep-short',
    },
    expected: DE,
  },
  {
    id: 'ap-dba',
    who: 'A database administrator looking for the role that is easier to break into',
    source: 'ai-pulse',
    where: 'transition from backend engineering or database administration',
    answers: { background: 'bg-dba', preparation: 'prep-short' },
    expected: DE,
  },
  {
    id: 'ap-backend',
    who: 'A backend engineer looking for the role that is easier to break into',
    source: 'ai-pulse',
    where: 'transition from backend engineering or database administration',
    answers: { background: 'bg-backend', preparation: 'prep-short' },
    expected: DE,
  },
  {
    id: 'ap-mle-likes-infra',
    who: 'An ML engineer who enjoys the infrastructure side more than building models',
    source: 'ai-pulse',
    where: 'enjoy the infrastructure side more than the model building side',
    answers: { 'models-or-substrate': 'substrate' },
    expected: DE,
  },

  // Interview Kickstart
  {
    id: 'ik-choose-de',
    who: 'Drawn to infrastructure at scale, prefers verifiable correctness, wants broad impact without deep maths, comes from backend work',
    source: 'interview-kickstart',
    where: 'You are drawn to infrastructure problems',
    answers: {
      'flow-state': 'flow-scale',
      'deterministic-or-probabilistic': 'deterministic',
      'product-closeness': 'product-broad',
      'statistics-appetite': 'stats-rather-systems',
      background: 'bg-backend',
    },
    expected: DE,
  },
  {
    id: 'ik-de-infrastructure',
    who: 'Enjoys making a pipeline handle billions of events',
    source: 'interview-kickstart',
    where: 'processes billions of events a day without missing a beat',
    answers: { 'flow-state': 'flow-scale' },
    expected: DE,
  },
  {
    id: 'ik-de-correctness',
    who: 'Prefers well-defined correctness',
    source: 'interview-kickstart',
    where: 'You prefer well-defined correctness',
    answers: { 'deterministic-or-probabilistic': 'deterministic' },
    expected: DE,
  },
  {
    id: 'ik-de-broad-impact',
    who: 'Wants broad reach across the company',
    source: 'interview-kickstart',
    where: 'You want broad organizational impact',
    answers: { 'product-closeness': 'product-broad' },
    expected: DE,
  },
  {
    id: 'ik-de-backend',
    who: 'A software or backend engineer and nothing else said',
    source: 'interview-kickstart',
    where: 'Your background is in software engineering or backend systems',
    answers: { background: 'bg-backend' },
    expected: DE,
  },
  {
    id: 'ik-choose-mle',
    who: 'Wants systems that learn, comfortable with statistical reasoning, wants to be near the product, will prepare for longer',
    source: 'interview-kickstart',
    where: 'You want to own systems that learn and improve',
    answers: {
      'deterministic-or-probabilistic': 'probabilistic',
      'statistics-appetite': 'stats-some',
      'product-closeness': 'product-close',
      preparation: 'prep-long',
    },
    expected: MLE,
  },
  {
    id: 'ik-mle-learning-systems',
    who: 'Wants to own systems that learn and improve',
    source: 'interview-kickstart',
    where: 'You want to own systems that learn and improve',
    answers: { 'deterministic-or-probabilistic': 'probabilistic' },
    expected: MLE,
  },
  {
    id: 'ik-mle-product',
    who: 'Wants to work close to the product',
    source: 'interview-kickstart',
    where: 'You want to work closer to the product',
    answers: { 'product-closeness': 'product-close' },
    expected: MLE,
  },
  {
    id: 'ik-mle-long-prep',
    who: 'Willing to invest in a longer preparation curve',
    source: 'interview-kickstart',
    where: 'You are willing to invest in a longer preparation curve',
    answers: { preparation: 'prep-long' },
    expected: MLE,
  },
  {
    id: 'ik-gray-area',
    who: 'A data engineer who wants to move toward ML without committing to model development, keeping ML systems dependable',
    source: 'interview-kickstart',
    where: 'For data engineers who want to move toward ML',
    answers: { background: 'bg-data-engineer', 'flow-state': 'flow-platform', 'models-or-substrate': 'both' },
    expected: { hybrid: true },
  },
  {
    id: 'ik-deterministic-light-maths',
    who: 'Prefers deterministic infrastructure problems and little mathematical depth',
    source: 'interview-kickstart',
    where: 'whether you prefer deterministic infrastructure problems',
    answers: { 'deterministic-or-probabilistic': 'deterministic', 'statistics-appetite': 'stats-rather-systems' },
    expected: DE,
  },
  {
    id: 'ik-probabilistic-maths',
    who: 'Prefers probabilistic model systems and wants mathematical depth',
    source: 'interview-kickstart',
    where: 'or probabilistic model systems',
    answers: { 'deterministic-or-probabilistic': 'probabilistic', 'statistics-appetite': 'stats-deeply' },
    expected: MLE,
  },

  // DataDriven
  {
    id: 'dd-short-mle',
    who: 'Wants to work directly on models and cares about model quality',
    source: 'datadriven',
    where: 'Pick ML engineer if you want to work directly on models',
    answers: { 'models-or-substrate': 'models', 'accuracy-or-reliability': 'model-accuracy' },
    expected: MLE,
  },
  {
    id: 'dd-short-de',
    who: 'Wants ownership of the data layer and a broad technical surface',
    source: 'datadriven',
    where: 'ownership of the data layer',
    answers: { 'models-or-substrate': 'substrate', 'product-closeness': 'product-broad' },
    expected: DE,
  },
  {
    id: 'dd-q1-accuracy',
    who: 'Enjoys thinking about model accuracy',
    source: 'datadriven',
    where: 'Do you enjoy thinking about model accuracy more',
    answers: { 'accuracy-or-reliability': 'model-accuracy' },
    expected: MLE,
  },
  {
    id: 'dd-q1-reliability',
    who: 'Enjoys thinking about pipeline reliability',
    source: 'datadriven',
    where: 'or pipeline reliability more',
    answers: { 'accuracy-or-reliability': 'pipeline-reliability' },
    expected: DE,
  },
  {
    id: 'dd-q2-stats',
    who: 'Wants to study statistics and probability deeply',
    source: 'datadriven',
    where: 'Did you study (or want to study) statistics',
    answers: { 'statistics-appetite': 'stats-deeply' },
    expected: MLE,
  },
  {
    id: 'dd-q2-systems',
    who: 'Not keen on statistics, likes distributed systems',
    source: 'datadriven',
    where: 'but you like distributed systems',
    answers: { 'statistics-appetite': 'stats-rather-systems' },
    expected: DE,
  },
  {
    id: 'dd-q3-models',
    who: 'Wants to work directly on models',
    source: 'datadriven',
    where: 'Do you want to work directly on models',
    answers: { 'models-or-substrate': 'models' },
    expected: MLE,
  },
  {
    id: 'dd-q3-substrate',
    who: 'Wants to build the substrate models run on',
    source: 'datadriven',
    where: 'build the substrate models run on',
    answers: { 'models-or-substrate': 'substrate' },
    expected: DE,
  },
  {
    id: 'dd-q4-max-comp',
    who: 'Maximum pay is the priority',
    source: 'datadriven',
    where: 'If maximum comp is the priority',
    answers: { 'pay-ceiling': 'pay-top' },
    expected: MLE,
  },
  {
    id: 'dd-q4-not-for-comp',
    who: 'Would not do ML work just for the pay and prefers the data substrate',
    source: 'datadriven',
    where: "If you don't want to do ML for the comp",
    answers: { 'pay-ceiling': 'pay-enjoyment', 'models-or-substrate': 'substrate' },
    expected: DE,
  },
  {
    id: 'dd-q5-ambiguity-high',
    who: 'Highly comfortable with research-like ambiguity',
    source: 'datadriven',
    where: "What's your comfort level with research-y ambiguity",
    answers: { ambiguity: 'ambiguity-high' },
    expected: MLE,
  },
  {
    id: 'dd-q5-ambiguity-low',
    who: 'Uncomfortable with research-like ambiguity',
    source: 'datadriven',
    where: 'Low -&gt; data engineer is more comfortable',
    answers: { ambiguity: 'ambiguity-low' },
    expected: DE,
  },
  {
    id: 'dd-diagnostic-mle',
    who: 'Gives the ML engineer answer to all five diagnostic questions',
    source: 'datadriven',
    where: 'Which Role Fits You: A Diagnostic',
    answers: {
      'accuracy-or-reliability': 'model-accuracy',
      'statistics-appetite': 'stats-deeply',
      'models-or-substrate': 'models',
      'pay-ceiling': 'pay-top',
      ambiguity: 'ambiguity-high',
    },
    expected: MLE,
  },
  {
    id: 'dd-diagnostic-de',
    who: 'Gives the data engineer answer to the diagnostic questions',
    source: 'datadriven',
    where: 'Which Role Fits You: A Diagnostic',
    answers: {
      'accuracy-or-reliability': 'pipeline-reliability',
      'statistics-appetite': 'stats-rather-systems',
      'models-or-substrate': 'substrate',
      'pay-ceiling': 'pay-enjoyment',
      ambiguity: 'ambiguity-low',
    },
    expected: DE,
  },
  {
    id: 'dd-mle-to-de',
    who: 'An ML engineer tired of model work who wants broader infrastructure ownership',
    source: 'datadriven',
    where: 'who get tired of model work sometimes pivot',
    answers: { 'models-or-substrate': 'substrate', 'product-closeness': 'product-broad' },
    expected: DE,
  },
  {
    id: 'dd-de-wants-full-mle',
    who: 'A data engineer whose goal is full ML engineering, working on models for their quality',
    source: 'datadriven',
    where: 'If your goal is ML engineer, the more direct path',
    answers: {
      background: 'bg-data-engineer',
      'models-or-substrate': 'models',
      'accuracy-or-reliability': 'model-accuracy',
      'statistics-appetite': 'stats-deeply',
    },
    expected: MLE,
  },
  {
    id: 'dd-fastest-entry',
    who: 'Optimising for the fastest way in',
    source: 'datadriven',
    where: "if you're optimizing for fastest entry",
    answers: { preparation: 'prep-short' },
    expected: DE,
  },
  {
    id: 'dd-de-loves-pipelines-top-pay',
    who: 'A data engineer who loves pipelines and wants the top pay ceiling',
    source: 'datadriven',
    where: "If you don't want to do ML for the comp",
    answers: {
      background: 'bg-data-engineer',
      'accuracy-or-reliability': 'pipeline-reliability',
      'models-or-substrate': 'substrate',
      'flow-state': 'flow-scale',
      'pay-ceiling': 'pay-top',
    },
    expected: DE,
  },

  // People who like both sides: DataDriven sends them to the hybrid for good, Skilldential to
  // data engineering first and ML engineering later. The quiz must show both, not pick one.
  {
    id: 'both-sides',
    who: 'Likes models and the data substrate equally',
    source: 'datadriven',
    where: 'the answer for people who like both equally',
    answers: { 'models-or-substrate': 'both', 'accuracy-or-reliability': 'both-equally' },
    expected: { close: ['datadriven', 'skilldential'] },
  },
  {
    id: 'both-sides-q3',
    who: 'Likes models and the substrate equally, nothing else said',
    source: 'skilldential',
    where: 'If you find both domains compelling',
    answers: { 'models-or-substrate': 'both' },
    expected: { close: ['datadriven', 'skilldential'] },
  },

  // Skilldential
  {
    id: 'sd-mle-persona',
    who: 'Motivated by applying maths, experimentation, predictive logic; tolerant of ambiguity',
    source: 'skilldential',
    where: 'The Machine Learning Engineer Persona',
    answers: {
      'statistics-appetite': 'stats-deeply',
      'flow-state': 'flow-experiments',
      ambiguity: 'ambiguity-high',
      'deterministic-or-probabilistic': 'probabilistic',
    },
    expected: MLE,
  },
  {
    id: 'sd-de-persona',
    who: 'Motivated by architecture, scalability, determinism and backend stability',
    source: 'skilldential',
    where: 'The Data Engineer Persona',
    answers: {
      'flow-state': 'flow-scale',
      'deterministic-or-probabilistic': 'deterministic',
      debugging: 'debug-pipeline',
    },
    expected: DE,
  },
  {
    id: 'sd-beginner',
    who: 'New to tech, with nothing else said',
    source: 'skilldential',
    where: 'For the majority of beginners',
    answers: { background: 'bg-new' },
    expected: DE,
  },
  {
    id: 'sd-beginner-fast',
    who: 'New to tech and wanting the quickest way in',
    source: 'skilldential',
    where: 'For the majority of beginners',
    answers: { background: 'bg-new', preparation: 'prep-short' },
    expected: DE,
  },
  {
    id: 'sd-beginner-maths',
    who: 'New to tech, strong in maths and experimentation',
    source: 'skilldential',
    where: 'if your strengths lie in math, experimentation',
    answers: { background: 'bg-new', 'statistics-appetite': 'stats-deeply', 'flow-state': 'flow-experiments' },
    expected: MLE,
  },
  {
    id: 'sd-dba',
    who: 'Moving over from database administration',
    source: 'skilldential',
    where: 'transitioning from traditional software or database administration',
    answers: { background: 'bg-dba' },
    expected: DE,
  },
  {
    id: 'sd-black-box',
    who: 'Prefers the challenge of optimising a model\u2019s output',
    source: 'skilldential',
    where: "challenge of optimizing a model's output",
    answers: { 'flow-state': 'flow-experiments' },
    expected: MLE,
  },
  {
    id: 'sd-uptime',
    who: 'Prefers the challenge of keeping data available all the time',
    source: 'skilldential',
    where: 'challenge of ensuring 100% data uptime',
    answers: { 'accuracy-or-reliability': 'pipeline-reliability' },
    expected: DE,
  },
  {
    id: 'sd-structural-failures',
    who: 'Prefers failures with a clear structural cause',
    source: 'skilldential',
    where: 'if the pipeline fails, there is a structural or code-based reason',
    answers: { debugging: 'debug-pipeline' },
    expected: DE,
  },
  {
    id: 'sd-stochastic',
    who: 'Thrives on the stochastic nature of models',
    source: 'skilldential',
    where: 'navigating the stochastic nature of models',
    answers: { 'deterministic-or-probabilistic': 'probabilistic' },
    expected: MLE,
  },
];
