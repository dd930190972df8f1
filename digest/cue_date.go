package digest

// cueDayWords are the words of a day that a cue may hold between its verb
// and its particle ("called Wednesday for", "called on Friday for"): the
// line writes the day before the sentence already, so the verb it writes
// leaves them out ("called for"), and never in lower case ("friday").
var cueDayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true,
}

// cueDayLeads open a day's phrase ("on Friday", "late Tuesday", "early on
// Friday", "last week"), cueDayParts close one ("Tuesday night"), and
// cuePeriods are the spans "last" or "this" make a date of ("this week").
var (
	cueDayLeads = map[string]bool{"on": true, "late": true, "early": true, "last": true, "this": true, "earlier": true}
	cueDayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}
	cuePeriods  = map[string]bool{"week": true, "month": true, "year": true}
)

// dropCueDay returns the lower-case words of a cue without the time
// phrase they hold after the verb: "called on friday for", "called
// tuesday night for", "called late tuesday for", "called last week for"
// -> "called for". The verb itself is kept whatever it is.
func dropCueDay(f []string) []string {
	out := f[:1:1]
	for i := 1; i < len(f); i++ {
		n := len(out)
		period := cuePeriods[f[i]] && n > 1 && (out[n-1] == "last" || out[n-1] == "this")
		if !cueDayWords[f[i]] && !period {
			out = append(out, f[i])
			continue
		}
		for n > 1 && cueDayLeads[out[n-1]] {
			n-- // "on", "late", "early on", "last"
		}
		out = out[:n]
		for i+1 < len(f) && cueDayParts[f[i+1]] {
			i++ // "tuesday night"
		}
	}
	return out
}
