package extract

import "strings"

// places holds the runs of capitals the PolNeAR train articles write as
// places (placeNameList, learned by internal/gendergen), lower case.
var places = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(placeNameList, "\n") {
		if p != "" {
			m[p] = true
		}
	}
	return m
}()

// theNames are the one-word names written with their article ("The Hill").
var theNames = wordSet(theNameWords)

// isPlace reports whether a whole name is one the articles write as a
// place ("New Hampshire", "Salem"): never a person, never a speaker. It
// folds the name into a stack buffer (lower case, single spaces, no
// possessive, no final dot of a word), so it allocates nothing.
func isPlace(name string) bool {
	if name == "" || len(name) > 40 {
		return false
	}
	var buf [48]byte
	n := 0
	for rest := name; rest != ""; {
		for { // strings.TrimLeft(rest, " \t\n\u00a0") without its rune-by-rune path
			if rest != "" && (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n') {
				rest = rest[1:]
			} else if strings.HasPrefix(rest, "\u00a0") {
				rest = rest[len("\u00a0"):]
			} else {
				break
			}
		}
		w := rest
		if i := spaceAt(rest); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if w == "" {
			continue
		}
		w = strings.TrimSuffix(stripPossessive(w), ".")
		if n > 0 {
			buf[n] = ' '
			n++
		}
		if n+len(w) > len(buf) {
			return false
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
	}
	return places[string(buf[:n])]
}

// spaceAt is strings.IndexAny(s, " \t\n") as a plain byte loop: for short
// words IndexAny tests each rune against its set in a call.
func spaceAt(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '\t' || c == '\n' {
			return i
		}
	}
	return -1
}
