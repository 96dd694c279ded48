/** What the allocation fields of the team page and its dialogs say when the percentage is out of range. */
export const ALLOCATION_MESSAGES = {
  required: $localize`:@@team.allocation.required:Enter a percentage from 1 to 100.`,
  min: $localize`:@@team.allocation.min:Allocation must be at least 1%.`,
  max: $localize`:@@team.allocation.max:Allocation must be at most 100%.`,
};

/** The person field of the assign forms, left empty. */
export const CHOOSE_PERSON = $localize`:@@team.assign.choosePerson:Choose someone from the list. Add them to the directory first if they are not in it.`;

/** Names the team in the shared "could not save …" banner. */
export const THIS_TEAM = $localize`:@@team.thisTeam:this team`;
