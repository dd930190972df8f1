package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// canonicalName returns the form of a person's name a clipping's statements
// carry: words that only introduce the name dropped ("Democrat Hillary
// Clinton", "Neither Donald J. Trump", "Sens. Jon Tester"), and middle
// initials dropped where the train articles know the person without them
// ("Loretta E. Lynch" is "Loretta Lynch"), and a bare surname completed
// where they know one person of that name and sex well ("Mr. Obama" is
// "Barack Obama"), so that one person has one name across outlets. The
// surname is completed only when famous is set: the clipping is of the
// years the table was learned from, or of no known date (knownEra).
func canonicalName(name string, x sex, famous bool) string {
	if sp := strings.IndexByte(name, ' '); sp > 0 && !strings.Contains(name, ". ") && knownFirstName(name[:sp]) && strings.Count(name, " ") == 1 {
		return name // "Dmitry Peskov": nothing to do, and nothing to allocate
	}
	if strings.IndexByte(name, ' ') < 0 {
		var buf [64]byte
		if name == "" || look(name, &buf).f&(fMedia|fOrgHead) != 0 {
			return name
		}
		if full := known.complete(name, x); famous && full != "" {
			return full
		}
		return name
	}
	var wb [8]string
	words := fieldsInto(&wb, name) // fields_stack.go
	if len(words) == 0 {
		return name
	}
	changed := false
	var buf [64]byte
	for len(words) >= 2 {
		w := words[0]
		if knownFirstName(w) {
			break
		}
		f := look(w, &buf).f
		abbrev := strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 2 && len(words) >= 3
		// "Will Doyle" keeps its first name: only a third word shows that
		// a function word before two names is not one of them
		function := len(words) >= 3 && f&(fAux|fDet|fPrep|fSub|fNeg|fCue|fWeakCue|fStarter|fQuant|fRelative) != 0
		// an introducing word before a known first name: "Democrat Hillary
		// Clinton", "Former Gov. ..."; a word the lexicon does not know may
		// be a first name itself ("Cornell William Brooks")
		// (not the first word of a place: "New York Yankees" keeps its "New")
		before := len(words) >= 3 && knownFirstName(words[1]) && (f != 0 || partyLabel(w) || introducer(w)) && !isPlace(w+" "+words[1])
		party := len(words) >= 3 && partyLabel(w) // "Democrat Zephyr Teachout"
		if !abbrev && !function && !before && !party {
			break
		}
		words = words[1:]
		changed = true
	}
	switch {
	case len(words) == 3 && isInitial(words[1]) && !isInitial(words[0]):
		// "Loretta E. Lynch": the form most articles give a known person
		var lb [32]byte
		if known.full[string(toLowerInto(&lb, words[0]+" "+words[2]))] { // strings.ToLower's key, on the stack
			words = []string{words[0], words[2]}
			changed = true
		}
	case len(words) == 1:
		// a surname the clipping never completes: the known person of that
		// name most articles mean, when one clearly leads; not a name that
		// is also an outlet's or a body's ("Bloomberg reports")
		var buf [64]byte
		if look(words[0], &buf).f&(fMedia|fOrgHead) != 0 {
			break
		}
		if full := known.complete(words[0], x); famous && full != "" {
			return full
		}
	}
	if !changed {
		return name
	}
	return strings.Join(words, " ")
}

// people is the table of known people (see gender_names.go).
type people struct {
	full      map[string]bool        // lower-case "first last"
	bySurname map[string][]knownName // surname as written
}

// knownName is one known person.
type knownName struct {
	full string
	n    int // articles that give the name
	sex  sex
}

var known = func() people {
	p := people{full: map[string]bool{}, bySurname: map[string][]knownName{}}
	for _, line := range strings.Split(knownPeople, "\n") {
		name, count, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(count)
		if err != nil {
			continue
		}
		first, last, ok := strings.Cut(name, " ")
		if !ok {
			continue
		}
		p.full[strings.ToLower(name)] = true
		p.bySurname[last] = append(p.bySurname[last], knownName{full: name, n: n, sex: nameSex(first)})
	}
	return p
}()

// eraOf returns when a clipping is of: its publication date, else the day
// it was added to the store (clippings are read as news, most of them the
// day they come out), else unknown (`whosaid extract` of an undated file).
func eraOf(c *digest.Clipping) digest.Date {
	if d := c.PublishedDate(); d.Known() || c.Added.IsZero() {
		return d
	}
	return digest.DayDate(c.Added)
}

// knownEra reports whether a clipping published on pub is news of the
// years the table of known people was learned from (a year either side),
// or of no known date. The people the news kept returning to in one era
// are not those of another: in 2016 "Powell" was Colin Powell, later
// mostly Jerome Powell, and a bare surname is better left bare than
// completed with the wrong person.
func knownEra(pub digest.Date) bool {
	return !pub.Known() || pub.Year >= knownFrom-1 && pub.Year <= knownTo+1
}

// complete returns the full name of the known person with this surname
// whose sex agrees with x, when that person has at least two thirds of the
// articles of all who agree; else "".
func (p people) complete(surname string, x sex) string {
	best, total := -1, 0
	cands := p.bySurname[surname]
	for i, c := range cands {
		if !compatibleSex(c.sex, x) {
			continue
		}
		total += c.n
		if best < 0 || c.n > cands[best].n {
			best = i
		}
	}
	if best < 0 || cands[best].n*3 < total*2 {
		return ""
	}
	return cands[best].full
}

// isInitial reports whether w is one letter and a dot: "E.".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && len(w) == n+1 && w[n] == '.' && r != '.'
}

// partyLabel reports whether w names a party's member: "Democrat",
// "Republican", "Independent", "Libertarian".
func partyLabel(w string) bool {
	var lb [32]byte
	switch string(toLowerInto(&lb, w)) {
	case "democrat", "republican", "independent", "libertarian", "gop":
		return true
	}
	return false
}

// introducers is the set of introducerWords (gender_names.go).
var introducers = wordSet(introducerWords)

// introducer reports whether w is a word the train articles write before
// a name but mostly in lower case: "Comedian", "Rival", "Year".
func introducer(w string) bool {
	var lb [32]byte
	return introducers[string(toLowerInto(&lb, w))] // strings.ToLower(w), on the stack when ASCII
}
