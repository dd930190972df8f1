-- Entries are listed in the order of their chronological key (fts_key: day
-- said, publication lag, id), by speaker or not: two indexes instead of
-- three, so each saved statement updates fewer.
DROP INDEX entries_day;
DROP INDEX entries_speaker_day;
CREATE INDEX entries_speaker_key ON entries(speaker_id, fts_key);
