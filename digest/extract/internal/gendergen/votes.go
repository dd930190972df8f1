// The evidence of a first name's sex: courtesy titles ("Mr. Kaine" beside
// "Tim Kaine") and the pronouns after the full name, one vote an article.

package main

import "strings"

// votesKept returns the set of first names kept.
func votesKept(male, female []string) map[string]bool {
	m := map[string]bool{}
	for _, n := range append(append([]string{}, male...), female...) {
		m[n] = true
	}
	return m
}

// honorificVotes returns the first names an article ties to a surname it
// also writes with Mr., Mrs. or Ms.: 0 for a man, 1 for a woman.
func honorificVotes(d []word, lower map[string]float64, usage map[string]*use) map[string]int {
	sexOf := map[string]int{} // surname -> 0, 1, or 2 when both are seen
	for i := 0; i+1 < len(d); i++ {
		h := strings.ToLower(strings.TrimSuffix(d[i].w, "."))
		s := -1
		switch h {
		case "mr":
			s = 0
		case "mrs", "ms":
			s = 1
		}
		if s < 0 || !d[i+1].cap || d[i+1].stop {
			continue
		}
		sn := surname(d[i+1].w)
		if old, ok := sexOf[sn]; ok && old != s {
			s = 2
		}
		sexOf[sn] = s
	}
	out := map[string]int{}
	bad := map[string]bool{}
	solo := alone(d)
	for i := range d {
		name, j := person(d, i, lower)
		if name == "" || !solo[surname(d[j].w)] || middleName(d, i, lower, usage) {
			continue
		}
		s, ok := sexOf[surname(d[j].w)]
		if !ok || s == 2 {
			continue
		}
		if old, seen := out[name]; seen && old != s {
			bad[name] = true
		}
		out[name] = s
	}
	for n := range bad {
		delete(out, n)
	}
	return out
}

// pronounVotes returns the sex an article's pronouns give each first name:
// the first third-person singular pronoun after a full name, in the rest of
// its sentence or the next, with no other full name between.
func pronounVotes(d []word, lower map[string]float64, usage map[string]*use) map[string]int {
	count := map[string]*[2]int{}
	solo := alone(d)
	for i := range d {
		name, j := person(d, i, lower)
		if name == "" || !solo[surname(d[j].w)] || j+1 >= len(d) || d[j+1].cap || possessive(d[j].w) || middleName(d, i, lower, usage) {
			continue // a subject is followed by its verb or a comma
		}
		stops := 0
		for k := j + 1; k < len(d) && k < j+40; k++ {
			if d[k].stop {
				stops++
				if stops == 2 {
					break
				}
				continue
			}
			if n, _ := person(d, k, lower); n != "" {
				break
			}
			s := -1
			switch strings.ToLower(d[k].w) {
			case "he", "him", "his", "himself":
				s = 0
			case "she", "her", "hers", "herself":
				s = 1
			}
			if s >= 0 {
				v := count[name]
				if v == nil {
					v = &[2]int{}
					count[name] = v
				}
				v[s]++
				break
			}
		}
	}
	out := map[string]int{}
	for name, v := range count {
		switch {
		case v[0] > 2*v[1]:
			out[name] = 0
		case v[1] > 2*v[0]:
			out[name] = 1
		}
	}
	return out
}

// middleName reports whether the name at i follows a first name of its
// own ("Giovanni Maria Vian"): a capital the corpus writes before another
// capital at least as often as alone. The person's sex then belongs to
// that first name, not to the middle one ("Maria" is no man's name).
func middleName(d []word, i int, lower map[string]float64, usage map[string]*use) bool {
	if i == 0 || d[i].comma || abbrevs[strings.ToLower(d[i-1].w)] || !firstName(d[i-1], lower) {
		return false
	}
	u := usage[strings.ToLower(d[i-1].w)]
	return u != nil && u.first >= u.solo
}
