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
var theNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(theNameWords) {
		m[w] = true
	}
	return m
}()

// isPlace reports whether a whole name is one the articles write as a
// place ("New Hampshire", "Salem"): never a person, never a speaker.
func isPlace(name string) bool {
	if name == "" || len(name) > 40 {
		return false
	}
	ws := strings.Fields(name)
	for i, w := range ws {
		ws[i] = strings.TrimSuffix(strings.ToLower(stripPossessive(w)), ".")
	}
	return places[strings.Join(ws, " ")]
}
