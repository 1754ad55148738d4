/** Join options of a class room: a seat (name, optional seat token to rejoin) or the instructor (key). */
import { z } from 'zod';

/** The alphabet of join codes: no 0/O, 1/I/L look-alikes. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** A join code: 6 characters of CODE_ALPHABET (also the Colyseus room id). */
export const CODE_LENGTH = 6;
export const codeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/, { error: 'a class code is 6 letters and digits, e.g. "K7QX2M"' });

export const seatJoinSchema = z.strictObject({
  role: z.literal('seat'),
  name: z
    .string()
    .trim()
    .min(1, { error: 'write your name (1 to 40 characters)' })
    .max(40, { error: 'a name is at most 40 characters' }),
  seatToken: z.string().min(1).max(100).optional(),
});
export type SeatJoin = z.infer<typeof seatJoinSchema>;

export const instructorJoinSchema = z.strictObject({
  role: z.literal('instructor'),
  key: z.string().min(1).max(100),
});
export type InstructorJoin = z.infer<typeof instructorJoinSchema>;

/** What `joinById(code, options)` and the reservation endpoint take. */
export const joinOptionsSchema = z.discriminatedUnion('role', [seatJoinSchema, instructorJoinSchema], {
  error: 'join as { "role": "seat", "name": … } or { "role": "instructor", "key": … }',
});
export type JoinOptions = z.infer<typeof joinOptionsSchema>;
