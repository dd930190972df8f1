// Package digest holds whosaid's domain: clippings, the statements extracted
// from them, stored entries, chats and the digests composed for them, and the
// small interfaces the adapters (store, bot) implement or consume. It performs
// no I/O besides what it is handed and imports neither store nor bot.
package digest

import (
	"fmt"
	"time"
)

// Span is a half-open [start, end) range of byte offsets into a clipping's
// Text. It marshals to JSON as a two-element array.
type Span [2]int

// Start returns the first byte offset of the span.
func (s Span) Start() int { return s[0] }

// End returns the byte offset just past the span.
func (s Span) End() int { return s[1] }

// Len returns the span's length in bytes.
func (s Span) Len() int { return s[1] - s[0] }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s[1] <= s[0] }

// Precision says how much of a date is known.
type Precision string

// The precisions a date can have.
const (
	PrecisionDay     Precision = "day"
	PrecisionMonth   Precision = "month"
	PrecisionYear    Precision = "year"
	PrecisionUnknown Precision = "unknown"
)

// Date is a calendar date known to some precision: a day, a month or a year.
// The zero Date is unknown.
type Date struct {
	Year      int
	Month     time.Month // 0 when only the year is known
	Day       int        // 0 when only the month is known
	Precision Precision
}

// DayDate returns the Date of t's calendar day.
func DayDate(t time.Time) Date {
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day(), Precision: PrecisionDay}
}

// Known reports whether d carries any date at all.
func (d Date) Known() bool {
	return d.Precision != "" && d.Precision != PrecisionUnknown && d.Year != 0
}

// String returns d as YYYY-MM-DD, YYYY-MM or YYYY by its precision, or "" when
// unknown. This is the form of said_on in `whosaid extract --json`.
func (d Date) String() string {
	switch {
	case !d.Known():
		return ""
	case d.Precision == PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case d.Precision == PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	default:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
}

// Time returns the first instant of d in UTC (the first day of its month or
// year when less precise), or the zero time when d is unknown.
func (d Date) Time() time.Time {
	if !d.Known() {
		return time.Time{}
	}
	m, day := d.Month, d.Day
	if m == 0 {
		m = time.January
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, m, day, 0, 0, 0, 0, time.UTC)
}

// ParseDate parses YYYY-MM-DD, YYYY-MM or YYYY into a Date of the matching
// precision. An empty string gives the unknown Date and no error.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{Precision: PrecisionUnknown}, nil
	}
	for _, f := range []struct {
		layout string
		p      Precision
	}{{"2006-01-02", PrecisionDay}, {"2006-01", PrecisionMonth}, {"2006", PrecisionYear}} {
		if t, err := time.Parse(f.layout, s); err == nil {
			d := DayDate(t)
			d.Precision = f.p
			if f.p != PrecisionDay {
				d.Day = 0
			}
			if f.p == PrecisionYear {
				d.Month = 0
			}
			return d, nil
		}
	}
	return Date{}, Errorf(EINVALID, "date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// Statement is one attribution found in a clipping: who (Speaker), the
// attribution words (Cue), what was said (Content) and when (SaidOn). Spans
// are byte offsets into the clipping's Text. The JSON form is the
// `whosaid extract --json` contract described in DESIGN.md; keep it stable.
// A quote broken by its attribution ("A," he said, "B.") is one statement:
// Content "A … B", ContentSpan the outer span from A's start to B's end,
// ContentSpans each part (one part for most statements). So is a reported
// clause its attribution breaks ("Mr. Lee, officials said, has become
// skeptical": Content "Mr. Lee … has become skeptical").
type Statement struct {
	Speaker         string    `json:"speaker"`
	SpeakerTitle    string    `json:"speaker_title"`
	SpeakerSpan     Span      `json:"speaker_span"`
	Cue             string    `json:"cue"`
	CueSpan         Span      `json:"cue_span"`
	Content         string    `json:"content"`
	ContentSpan     Span      `json:"content_span"`
	ContentSpans    []Span    `json:"content_spans"` // the parts of Content, in text order
	Direct          bool      `json:"direct"`
	SaidOn          string    `json:"said_on"`
	SaidOnPrecision Precision `json:"said_on_precision"`
	Via             []string  `json:"via"`
	Audience        string    `json:"audience"`
	// Speakers lists each speaker by name when several made the statement
	// together ("Bob Corker and Lindsey Graham wrote"); Speaker then joins
	// them. Empty for one speaker.
	Speakers []string `json:"speakers,omitempty"`
	// SpeakerVague marks a speaker the text describes but never names
	// ("officials", "critics").
	SpeakerVague bool `json:"speaker_vague,omitempty"`
	// SpeakerUnsure marks a pronoun resolved across a paragraph break with
	// another candidate close behind: Speaker is the likelier, not a sure one.
	SpeakerUnsure bool `json:"speaker_unsure,omitempty"`
	// SpeakerAliases are other spellings the clipping gives the speaker
	// ("Donald J. Trump", "Kremlin spokesman Dmitry Peskov"), for the store's
	// aliases; set on the speaker's first statement of the clipping only.
	SpeakerAliases []string `json:"speaker_aliases,omitempty"`
}

// Date returns the statement's SaidOn as a Date (unknown when absent or
// malformed).
func (s *Statement) Date() Date {
	d, err := ParseDate(s.SaidOn)
	if err != nil {
		return Date{Precision: PrecisionUnknown}
	}
	return d
}

// SetDate sets SaidOn and SaidOnPrecision from d.
func (s *Statement) SetDate(d Date) {
	s.SaidOn = d.String()
	if d.Known() {
		s.SaidOnPrecision = d.Precision
	} else {
		s.SaidOnPrecision = PrecisionUnknown
	}
}

// Validate returns an EINVALID error when s lacks a speaker or content or its
// spans fall outside a text of textLen bytes.
func (s *Statement) Validate(textLen int) error {
	if s.Speaker == "" {
		return Errorf(EINVALID, "statement has no speaker")
	}
	if s.Content == "" {
		return Errorf(EINVALID, "statement has no content")
	}
	for _, sp := range append([]Span{s.SpeakerSpan, s.CueSpan, s.ContentSpan}, s.ContentSpans...) {
		if sp[0] < 0 || sp[1] < sp[0] || sp[1] > textLen {
			return Errorf(EINVALID, "statement span %v outside text of %d bytes", sp, textLen)
		}
	}
	for i, sp := range s.ContentSpans {
		if sp[0] < s.ContentSpan[0] || sp[1] > s.ContentSpan[1] || i > 0 && sp[0] < s.ContentSpans[i-1][1] {
			return Errorf(EINVALID, "content part %v not inside %v in order", sp, s.ContentSpan)
		}
	}
	return nil
}
