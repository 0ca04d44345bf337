/**
 * The shape a valibot schema describes, for code that follows EntrySchema instead of
 * listing its fields by hand (the character check, the export order). Pure.
 */
import type * as v from 'valibot';

export interface SchemaShape {
  type: string;
  /** What an optional schema wraps. */
  wrapped?: v.GenericSchema;
  /** A list's item schema. */
  item?: v.GenericSchema;
  /** An object's fields, in declaration order. */
  entries?: Record<string, v.GenericSchema>;
}

/** The schema's shape, looking through `optional` to what it wraps. */
export function shapeOf(schema: v.GenericSchema): SchemaShape {
  const s = schema as v.GenericSchema & SchemaShape;
  return s.type === 'optional' && s.wrapped ? shapeOf(s.wrapped) : s;
}
