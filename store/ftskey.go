package store

import "time"

// The full-text index orders entries by a chronological key (see
// migrations/0005_fts_chronological.sql, which computes the same in SQL):
//
//	bits 62..47  days from 1900-01-01 to the day said (clamped to 0..65535)
//	bits 46..40  days from then to the first publication (clamped to 0..127)
//	bits 39..0   the entry id
const (
	keyDayShift = 47
	keyPubShift = 40
	keyIDMask   = 1<<keyPubShift - 1
)

var keyEpoch = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// dayNumber returns the days from 1900-01-01 to a YYYY-MM-DD day, or -1
// when day is not one.
func dayNumber(day string) int64 {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return -1
	}
	return int64(t.Sub(keyEpoch).Hours() / 24)
}

// ftsKey returns the full-text key of entry id said on day and first
// published on published ("" when unknown).
func ftsKey(day, published string, id int64) int64 {
	d := min(max(dayNumber(day), 0), 65535)
	var lag int64
	if p := dayNumber(published); p >= 0 {
		lag = min(max(p-dayNumber(day), 0), 127)
	}
	return d<<keyDayShift | lag<<keyPubShift | id&keyIDMask
}

// dayKey returns the smallest key of a day: entries said on or after t
// have keys >= dayKey(t).
func dayKey(t time.Time) int64 {
	return ftsKey(fmtDay(t.UTC()), "", 0)
}

// keyID returns the entry id in a full-text key.
func keyID(key int64) int64 { return key & keyIDMask }
