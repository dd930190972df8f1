package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// A wire story's dateline gives the day it was filed: "LONDON, March 12
// (Reuters) -", "SAN FRANCISCO, March 1, 2023 /PRNewswire/ --". That day,
// not the day the clipping was published or added, is the story's today:
// "on Tuesday" counts back from it, and a statement without a date phrase
// was made on it.

// datedLineRe matches a dateline's place and date at the start of a
// paragraph, before the agency: the month, the day, perhaps the year; or,
// as British and European wires write it, the day before the month
// ("GENEVA, 2 March (Reuters)").
var datedLineRe = regexp.MustCompile(`^\s*\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,4},\s+(?:(\p{Lu}\p{Ll}{2,8})\.?\s+(\d{1,2})|(\d{1,2})\s+(\p{Lu}\p{Ll}{2,8})\.?)(?:,?\s+(\d{4}))?\s*(?:\(|/)`)

// datelineDay returns the day the dateline of one of c's first body
// paragraphs gives, its year taken from the dateline or else from pub or,
// without pub, from the day c was added; ok is false when there is none,
// or when it lies after that day or more than a week before pub (a week:
// a wire story is published within days of its filing).
func datelineDay(c *digest.Clipping, pub digest.Date) (digest.Date, bool) {
	seen := 0
	for _, b := range c.Blocks {
		if b.Kind != digest.BlockBody {
			continue
		}
		s, e := clampSpan(c.Text, b.Span)
		if e <= s {
			continue
		}
		// a dateline is short, and ends at the agency's parenthesis or a
		// slash: most paragraphs have neither, and are not run through
		// the expression
		if w := c.Text[s:min(e, s+120)]; strings.ContainsAny(w, "(/") {
			if m := datedLineRe.FindStringSubmatch(w); m != nil {
				if m[1] == "" {
					m[1], m[2] = m[4], m[3] // day first
				}
				return datelineDate(m[1], m[2], m[5], pub, c.Added)
			}
		}
		if seen++; seen == 3 {
			break
		}
	}
	return digest.Date{}, false
}

// datelineDate resolves a dateline's month, day and year (perhaps "")
// against the publication date pub, else the day added.
func datelineDate(month, day, year string, pub digest.Date, added time.Time) (digest.Date, bool) {
	var buf [64]byte
	w := look(month, &buf)
	d := atoiAll(day) // the expression's figures: never -1
	if w.f&fMonth == 0 || d < 0 {
		return digest.Date{}, false
	}
	ref, window := time.Time{}, 7
	switch {
	case pub.Known() && pub.Precision == digest.PrecisionDay:
		ref = pub.Time()
	case !added.IsZero():
		ref, window = added, 366
	}
	y := ref.Year()
	if year != "" {
		y = atoiAll(year)
	} else if ref.IsZero() {
		return digest.Date{}, false
	}
	t, ok := calendarDay(y, w.num, d)
	if !ok {
		return digest.Date{}, false // February 31
	}
	if ref.IsZero() {
		return digest.DayDate(t), true
	}
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	if year == "" && t.After(ref.AddDate(0, 0, 1)) {
		t = t.AddDate(-1, 0, 0) // "December 30" in a clipping of January
	}
	if t.After(ref.AddDate(0, 0, 1)) || t.Before(ref.AddDate(0, 0, -window)) {
		return digest.Date{}, false
	}
	return digest.DayDate(t), true
}

// storyToday returns the day a clipping's statements are dated from: its
// dateline's day, else its publication date.
func storyToday(c *digest.Clipping) digest.Date {
	pub := c.PublishedDate()
	if d, ok := datelineDay(c, pub); ok {
		return d
	}
	return pub
}
