import type { ObjectiveInput, ObjectiveResponse, ProgrammeInput, ProgrammeResponse } from '@epm/shared/contracts';

/** An objective as its form holds it: every field as typed. */
export interface ObjectiveFormValue {
  title: string;
  description: string;
  targetValue: string;
  targetUnit: string;
}

export const OBJECTIVE_FIELDS = ['title', 'description', 'targetValue', 'targetUnit'];
export const PROGRAMME_FIELDS = ['name', 'startsOn', 'endsOn'];

const TARGET_NUMBER = 'Enter the target as a number, like 150 or 4.2';

export function objectiveFormValue(objective: ObjectiveResponse): ObjectiveFormValue {
  return {
    title: objective.title,
    description: objective.description,
    targetValue: objective.targetValue === null ? '' : String(objective.targetValue),
    targetUnit: objective.targetUnit ?? '',
  };
}

/**
 * The request for an objective's form, or the errors to show. The API checks
 * everything else; a target that is not a number is caught here because the
 * API would only see NaN. An empty target or unit clears it (null).
 */
export function toObjectiveInput(
  value: ObjectiveFormValue,
): { input: Required<ObjectiveInput>; errors: null } | { input: null; errors: Record<string, string[]> } {
  const target = value.targetValue.trim();
  if (target && !/^\d{1,7}(\.\d{1,4})?$/.test(target)) return { input: null, errors: { targetValue: [TARGET_NUMBER] } };
  return {
    input: {
      title: value.title,
      description: value.description.trim(),
      targetValue: target ? Number(target) : null,
      targetUnit: value.targetUnit.trim() || null,
    },
    errors: null,
  };
}

/** A programme year as its form holds it (dates as YYYY-MM-DD, as the API takes them). */
export function programmeFormValue(programme: ProgrammeResponse): ProgrammeInput {
  return { name: programme.name, startsOn: programme.startsOn, endsOn: programme.endsOn };
}

/** The programme year and objective a route names, or null when the list has no such pair. */
export function findObjective(
  programmes: ProgrammeResponse[],
  programmeId: number,
  objectiveId: number,
): { programme: ProgrammeResponse; objective: ObjectiveResponse } | null {
  const programme = programmes.find((candidate) => candidate.id === programmeId);
  const objective = programme?.objectives.find((candidate) => candidate.id === objectiveId);
  return programme && objective ? { programme, objective } : null;
}
