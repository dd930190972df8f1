-- What a chat asked to hear less of and to be alerted about (issue 11).
-- mutes: JSON array of the speaker ids whose statements a chat's digests
-- and alerts leave out.
ALTER TABLE chats ADD COLUMN mutes TEXT NOT NULL DEFAULT '[]';

-- A watch: words or a "phrase", optionally one speaker's, that a chat is
-- alerted about as soon as a new statement matches. last_entry is the
-- newest entry id the watch has been checked against: the alert job moves
-- it in the same transaction that writes the alert to the outbox, so a
-- crash neither loses nor repeats an alert.
CREATE TABLE watches (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL,
    query      TEXT    NOT NULL,                  -- words or "phrases" as the chat gave them
    speaker_id INTEGER NOT NULL DEFAULT 0,        -- 0: anyone
    speaker    TEXT    NOT NULL DEFAULT '',       -- the speaker's name when the watch was made
    last_entry INTEGER NOT NULL,
    created    TEXT    NOT NULL
);
CREATE INDEX watches_chat ON watches(chat_id);
