import { created, ok } from "../sandbox/answers.js";
import type { ResourceModule } from "../sandbox/types.js";
import type { GordoState } from "./state.js";

interface NoteCreate {
  content: string;
  package_id?: number;
  tags?: string[];
}

/** The trade journal: notes created show in the list, newest first. */
export const notes: ResourceModule<GordoState> = {
  listNotes: ({ state }) => ok(state.notes),

  createNote: ({ state, body, sandbox }) => {
    const request = body as NoteCreate;
    const note = {
      id: state.ids.note.next(),
      content: request.content,
      package_id: request.package_id ?? null,
      tags: request.tags ?? [],
      created_at: sandbox.now().toISOString(),
    };
    state.notes.unshift(note);
    return created(note);
  },
};
