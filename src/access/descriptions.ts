/** What the access rules do, in the schema's words (field descriptions). */

export const MASKED_NARRATIVE =
  'Figures withheld from the caller are masked: where the text repeats the sentence a withheld figure was read from, its numbers read "[withheld]".';

/** A field description followed by the masking note. */
export const maskedDescription = (description?: string) => (description ? `${description} ${MASKED_NARRATIVE}` : MASKED_NARRATIVE);
