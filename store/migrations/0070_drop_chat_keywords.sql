-- chats.keywords held a chat's keyword filters, which /watch replaced
-- (0060): nothing has read or written it since. (0001 still creates it, so
-- that a database made by any earlier version arrives here the same way.)
ALTER TABLE chats DROP COLUMN keywords;
