package extract

import "strings"

// "A spokesman for the Treasury Department said": an unnamed spokesperson
// of a named body is that body, as "Treasury officials" are (bodyOfVoices),
// and as "said a spokeswoman for the Federal Reserve" already reads. A
// spokesperson for a person ("a spokeswoman for Sen. Maria Cantwell")
// stays the unnamed voice it is. After a quotation the whole phrase reads
// as a body's name ("“…,” a spokeswoman for the Department of Health
// said"); it is the same spokeswoman.

// spokesBody returns the body named after "for" or "of" in a speaker
// phrase that is an unnamed spokesperson ("a spokesman for the Treasury
// Department", "the spokeswoman of Orbis"), or "".
func (x *extractor) spokesBody(m mention) string {
	if m.role != "spokes" && !(m.kind == mOrg && strings.HasPrefix(m.text, "spokes")) || m.span[1] <= m.span[0] || m.span[1] > len(x.t) {
		return ""
	}
	phrase := x.t[m.span[0]:m.span[1]]
	i := strings.Index(phrase, " for ")
	if i < 0 {
		i = strings.Index(phrase, " of ")
	}
	if i < 0 || !strings.HasPrefix(phrase[strings.LastIndexByte(phrase[:i], ' ')+1:i], "spokes") {
		return ""
	}
	after := phrase[i+strings.IndexByte(phrase[i+1:], ' ')+2:]
	after = strings.TrimPrefix(after, "the ")
	name := capsAfter(" " + after)
	for {
		// "Bank of England", "Department of Justice": "of" inside a name
		rest := after[len(name):]
		more := capsAfter(strings.TrimPrefix(rest, " of"))
		if name == "" || !strings.HasPrefix(rest, " of ") || more == "" {
			break
		}
		name += " of " + more
	}
	if name == "" || isPlace(name) || knownFirstName(strings.Fields(name)[0]) {
		return ""
	}
	if rest := after[len(name):]; strings.HasPrefix(rest, ".") && corporateAbbr(name[strings.LastIndexByte(name, ' ')+1:]) {
		name += "." // "a spokeswoman for Acme Corp.": the abbreviation's dot, no sentence's end
	}
	if rest := strings.TrimSpace(after[len(name):]); rest != "" && !strings.HasPrefix(rest, ",") {
		return "" // "for Democratic presidential candidate Hillary Clinton": the capital is a modifier
	}
	var buf [64]byte
	if look(strings.TrimSuffix(strings.Fields(name)[0], "."), &buf).f&(fHon|fAbbr|fRole) != 0 {
		return "" // "a spokeswoman for Sen. Maria Cantwell": a person's
	}
	for _, id := range x.ents.byLast[stripPossessive(name[strings.LastIndexByte(name, ' ')+1:])] {
		if x.ents.isPerson(id) || x.ents.surnameSubject(x.t, id) || !strings.Contains(name, " ") {
			return "" // "a spokesman for Clinton"
		}
	}
	return stripPossessive(name)
}

// spokesRole returns the role word ending text when it is one
// spokesperson ("Treasury spokesman" -> "spokesman"), the title of the
// body that speaks through one; "" otherwise ("Facebook officials").
func spokesRole(text string) string {
	w := text[strings.LastIndexByte(text, ' ')+1:]
	switch w {
	case "spokesman", "spokeswoman", "spokesperson":
		return w
	}
	return ""
}

// corporateAbbr reports whether w abbreviates the kind of a business that
// ends its name: "Corp", "Inc", "Co", "Ltd".
func corporateAbbr(w string) bool {
	switch w {
	case "Corp", "Inc", "Co", "Ltd", "Bros", "Assn", "Cos", "Plc", "Mfg":
		return true
	}
	return false
}
