// Full names in the articles ("Tim Kaine", "Mr. Kaine") and how the
// corpus uses their words: the people the news keeps returning to, and the
// words that introduce a name ("Senator").

package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// minArticles is how many articles must give a full name for it to be
// a known person's.
const minArticles = 3

// knownPeople returns "First Last\tN" for every full name whose first word
// is a first name (one of the table, or one written before another capital
// at least as often as alone, and seldom after in, on or at) that at least minArticles articles give, where the article
// also writes the surname alone: the people this news keeps returning to, whose
// full name a clipping that gives only "Mr. Obama" can be completed with.
func knownPeople(docs [][]word, lower map[string]float64, first map[string]bool) []string {
	count := map[string]int{}
	spell := map[string]map[string]int{}
	for _, d := range docs {
		solo := alone(d)
		seen := map[string]bool{}
		for i := range d {
			name, j := person(d, i, lower)
			sn := surname(d[j].w)
			if name == "" || !first[name] || abbrevs[name] || !solo[sn] || lower[strings.ToLower(sn)] > 0.1 {
				continue // not a first name, or a surname that is a common word ("Supreme Court")
			}
			full := d[i].w + " " + surname(d[j].w)
			k := strings.ToLower(full)
			if spell[k] == nil {
				spell[k] = map[string]int{}
			}
			spell[k][full]++
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	var out []string
	for k, n := range count {
		if n < minArticles {
			continue
		}
		best, bn := "", 0
		for sp, c := range spell[k] {
			if c > bn || c == bn && sp < best {
				best, bn = sp, c
			}
		}
		out = append(out, fmt.Sprintf("%s\t%d\n", best, n))
	}
	sort.Strings(out)
	return out
}

// introducers returns the lower-cased words written capitalised right
// before a "First Last" pair that the corpus writes in lower case at least
// half the time mid-sentence.
func introducers(docs [][]word, lower map[string]float64) []string {
	seen := map[string]bool{}
	for _, d := range docs {
		for i := 1; i < len(d); i++ {
			p := d[i-1]
			if !p.cap || p.stop || strings.ContainsAny(p.w, ".'’") {
				continue
			}
			if name, _ := person(d, i, lower); name == "" {
				continue
			}
			k := strings.ToLower(p.w)
			if share, ok := lower[k]; ok && share >= 0.5 {
				seen[k] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// person finds "First [M.] Last" at i: the first name and the index of the
// surname, or "" when there is none.
func person(d []word, i int, lower map[string]float64) (string, int) {
	if i+1 >= len(d) || !firstName(d[i], lower) {
		return "", 0
	}
	if i > 0 && !d[i-1].cap && !d[i-1].stop && prepositions[strings.ToLower(d[i-1].w)] {
		return "", 0 // "in Palm Beach": a place
	}
	j := i + 1
	if utf8.RuneCountInString(strings.TrimSuffix(d[j].w, ".")) == 1 && d[j].cap && j+1 < len(d) {
		j++ // a middle initial
	}
	if !d[j].cap || d[j].stop || allUpper(d[j].w) || strings.Contains(d[j].w, ".") {
		return "", 0
	}
	if j+1 < len(d) && d[j+1].cap && !d[j+1].stop && !possessive(d[j].w) {
		return "", 0 // part of a longer run of capitals: "Republican Donald Trump" is read at "Donald"
	}
	return strings.ToLower(d[i].w), j
}

// prepositions before a run of capitals make it a place.
var prepositions = map[string]bool{"in": true, "at": true, "from": true, "to": true, "of": true, "near": true, "across": true, "outside": true}

func possessive(w string) bool { return surname(w) != w }

func isHonorific(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr", "mrs", "ms", "miss":
		return true
	}
	return false
}

// surname strips a possessive.
func surname(w string) string {
	for _, s := range []string{"’s", "'s"} {
		w = strings.TrimSuffix(w, s)
	}
	return w
}

// use counts how a capitalised word is written across the corpus.
type use struct{ all, first, solo, place int }

// nameUsage counts, per lower-cased capitalised word: its uses, its uses
// before another capital (a first name's place), its uses alone, and its
// uses after "in", "on", "at", "since" or "until".
func nameUsage(docs [][]word) map[string]*use {
	out := map[string]*use{}
	for _, d := range docs {
		for i, w := range d {
			if !w.cap || w.stop {
				continue
			}
			k := strings.ToLower(w.w)
			u := out[k]
			if u == nil {
				u = &use{}
				out[k] = u
			}
			u.all++
			next := i+1 < len(d) && d[i+1].cap && !d[i+1].stop
			prevCap := i > 0 && d[i-1].cap && !d[i-1].stop
			switch {
			case next && !prevCap:
				u.first++
			case !next && !prevCap:
				u.solo++
			}
			if i > 0 && !d[i-1].cap {
				switch strings.ToLower(d[i-1].w) {
				case "in", "on", "at", "since", "until":
					u.place++
				}
			}
		}
	}
	return out
}

// alone returns the capitalised words an article also writes on their
// own, not after another capital: surnames ("Kaine said") as opposed to the
// second word of places ("North Carolina") or of firms ("Trump Tower").
func alone(d []word) map[string]bool {
	out := map[string]bool{}
	for i, w := range d {
		if !w.cap || w.stop || i+1 < len(d) && d[i+1].cap && !d[i+1].stop {
			continue
		}
		if i == 0 || d[i-1].stop || !d[i-1].cap || isHonorific(d[i-1].w) {
			out[surname(w.w)] = true
		}
	}
	return out
}
