-- Small named values the program keeps between runs, such as the newest
-- entry the last terminal digest covered.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
