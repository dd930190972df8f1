// A named day is no one's name: "on New Year's Day", "on Christmas Eve",
// "since Election Day", "after Easter Sunday", "on Labor Day". Taken for a
// name, it was the latest name of its paragraph, and a "she" or "he" in the
// next sentence spoke as "New Year" ("The health secretary defended the
// reforms in a speech on New Year's Day. She told the BBC ...").

package extract

// namedDay reports whether the run of capitals toks[a:b] (or the
// possessive toks[a:b] and the word after it) names a day after a
// preposition of time: its last word "Day" or "Eve" or a weekday, or a
// possessive before "Day" or "Eve" ("New Year's Day").
func namedDay(t string, toks []token, a, b int) bool {
	if a < 1 || b <= a || toks[a-1].k != kWord {
		return false
	}
	switch p := lowerASCII(t[toks[a-1].s:toks[a-1].e]); {
	case !timePrep(p):
		return false
	case (p == "after" || p == "before") && b < len(toks) && toks[b].k == kWord && !toks[b].cap && !possessive(t[toks[b-1].s:toks[b-1].e]):
		return false // "after Doris Day left": a person and her verb, not "after Election Day, ..."
	}
	last := t[toks[b-1].s:toks[b-1].e]
	if b-a >= 2 && (last == "Day" || last == "Eve" || toks[b-1].w.f&fWeekday != 0) {
		return true // "Christmas Day", "Easter Sunday"
	}
	if possessive(last) && b < len(toks) && toks[b].k == kWord {
		n := t[toks[b].s:toks[b].e]
		return n == "Day" || n == "Eve" // "New Year's Day", "Valentine's Day"
	}
	return false
}

// timePrep reports whether w, in lower case, is a preposition that opens
// a phrase of time before a named day. "by" is left out: after it a name
// is most often the agent's ("letters written by Doris Day", "opened by
// Mayor Ann Day"), a day seldom ("by Christmas Day").
func timePrep(w string) bool {
	switch w {
	case "on", "since", "until", "before", "after", "over", "through", "ahead":
		return true
	}
	return false
}
