import { computeGap, type Gap, type Mark, type MarkEvidence, type SavedState } from '../core/profile';
import { checkAnswers, knownAnswers, scoreQuiz, whatIf, type Answers, type QuizResult } from '../core/quiz';
import { InvalidInputError } from '../core/errors';
import type { DatasetStore } from './datasetStore';
import type { ProfileStore } from './profileStore';

/** The last quiz taken, scored again against the data in force. */
export type LastQuiz = { answers: Answers; takenAt: string; result: QuizResult } | null;

export interface QuizPayload {
  questions: { id: string; prompt: string; topic: string; options: { id: string; label: string }[] }[];
  saved: LastQuiz;
}

export interface PlanPayload {
  gap: Gap | null;
  current: string | null;
  target: string | null;
  currentChoices: { id: string; name: string }[];
  targetChoices: { id: string; name: string }[];
  marks: Record<string, Mark>;
}

/** The person using Career Lens: their quiz, skill marks and transition plan, over the saved profile; shared by the panel, the commands, the Plan view and the public API. */
export class PersonService {
  constructor(
    private readonly store: DatasetStore,
    readonly profile: ProfileStore,
  ) {}

  async quiz(): Promise<QuizPayload> {
    const d = await this.store.get();
    return {
      questions: d.quiz.map((q) => ({
        id: q.id,
        prompt: q.prompt,
        topic: q.topic,
        options: q.options.map((o) => ({ id: o.id, label: o.label })),
      })),
      saved: await this.lastQuiz(),
    };
  }

  async lastQuiz(): Promise<LastQuiz> {
    const saved = this.profile.get().quiz;
    if (!saved) return null;
    const answers = knownAnswers(await this.store.get(), saved.answers);
    return { answers, takenAt: saved.takenAt, result: scoreQuiz(await this.store.get(), answers) };
  }

  /**
   * Scores the answers and saves them as the last result. A submission that answers nothing
   * is scored but not saved: it must never replace a real saved result.
   */
  async submit(answers: Answers): Promise<QuizResult> {
    const d = await this.store.get();
    const result = scoreQuiz(d, answers);
    if (result.answered > 0)
      await this.profile.update((s) => ({ ...s, quiz: { answers, takenAt: new Date().toISOString() } }));
    return result;
  }

  async score(answers: Answers): Promise<QuizResult> {
    return scoreQuiz(await this.store.get(), answers);
  }

  async whatIf(answers: Answers, questionId: string, optionId: string | null): Promise<QuizResult> {
    const d = await this.store.get();
    checkAnswers(d, answers);
    return whatIf(d, answers, questionId, optionId);
  }

  async clearQuiz(): Promise<void> {
    await this.profile.update((s) => ({ ...s, quiz: null }));
  }

  /** Sets a mark; `evidence` when it was ticked from found evidence, else the mark rests on the user's word. */
  async mark(skillId: string, mark: Mark | null, evidence?: MarkEvidence): Promise<SavedState> {
    const d = await this.store.get();
    if (!d.skills.some((s) => s.id === skillId)) throw new InvalidInputError(`unknown skill '${skillId}'`);
    return this.profile.update((s) => {
      const skills = { ...s.skills };
      if (mark) skills[skillId] = mark;
      else delete skills[skillId];
      const kept = { ...s.evidence };
      if (mark === 'have' && evidence) kept[skillId] = evidence;
      else delete kept[skillId];
      const { evidence: _old, ...rest } = s;
      return Object.keys(kept).length ? { ...rest, skills, evidence: kept } : { ...rest, skills };
    });
  }

  async setPlan(current: string | null, target: string): Promise<void> {
    const d = await this.store.get();
    if (!d.roles.some((r) => r.id === target)) throw new InvalidInputError(`unknown target role '${target}'`);
    if (current !== null && !d.roles.some((r) => r.id === current) && !d.backgrounds.some((b) => b.id === current))
      throw new InvalidInputError(`unknown starting point '${current}'`);
    await this.profile.update((s) => ({ ...s, current, target }));
  }

  async plan(): Promise<PlanPayload> {
    const d = await this.store.get();
    const s = this.profile.get();
    // A target from a data pack that is no longer loaded falls back to no target, not an error.
    const target = s.target && d.roles.some((r) => r.id === s.target) ? s.target : null;
    return {
      gap: target ? computeGap(d, s, target) : null,
      current: s.current,
      target,
      currentChoices: [
        ...d.roles.map((r) => ({ id: r.id, name: r.name })),
        ...d.backgrounds.map((b) => ({ id: b.id, name: b.name })),
      ],
      targetChoices: d.roles.map((r) => ({ id: r.id, name: r.name })),
      marks: s.skills,
    };
  }
}
