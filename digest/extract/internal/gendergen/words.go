// An article read as words and sentence ends, and which capitalised
// words may be first names: the corpus writes them in lower case seldom.

package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of an article: a word or a sentence end.
type word struct {
	w     string
	cap   bool
	stop  bool // ends a sentence: . ? ! (not after an abbreviation)
	start bool // first word of a sentence
	comma bool // a comma comes right before it
}

// abbrevs end in a dot without ending a sentence.
var abbrevs = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true,
	"gov": true, "st": true, "jr": true, "sr": true, "gen": true, "lt": true, "col": true, "sgt": true,
	"u.s": true, "d.c": true, "n.y": true, "vs": true, "no": true, "inc": true, "co": true, "corp": true}

// words splits text into words and sentence ends.
func words(t string) []word {
	var out []word
	start, comma := true, false
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case unicode.IsLetter(r):
			j := i + n
			for j < len(t) {
				r2, n2 := utf8.DecodeRuneInString(t[j:])
				if unicode.IsLetter(r2) || r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' && j+n2 < len(t) && isLetterAt(t, j+n2) {
					j += n2
					continue
				}
				break
			}
			w := strings.TrimRight(t[i:j], "'’-")
			out = append(out, word{w: w, cap: unicode.IsUpper(r), start: start, comma: comma})
			start, comma = false, false
			i = j
		case r == '.' || r == '?' || r == '!':
			if len(out) > 0 && r == '.' && (abbrevs[strings.ToLower(out[len(out)-1].w)] || utf8.RuneCountInString(out[len(out)-1].w) == 1) {
				i += n
				continue
			}
			out = append(out, word{stop: true})
			start = true
			i += n
		case r == '\n':
			if i+1 < len(t) && t[i+1] == '\n' || len(out) > 0 && out[len(out)-1].stop {
				out = append(out, word{stop: true})
				start = true
			}
			i += n
		case r == '"' || r == '“' || r == '”' || r == '‘':
			i += n
		default:
			if unicode.IsDigit(r) || unicode.IsPunct(r) {
				start = start && r != ','
				comma = r == ','
			}
			i += n
		}
	}
	return out
}

func isLetterAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}

// caseCount counts a word's mid-sentence uses (all) and those of them
// written in lower case (low).
type caseCount struct{ low, all int }

// midCase returns, per lower-cased word seen mid-sentence, how often it is
// written there and how often in lower case.
func midCase(docs [][]word) map[string]*caseCount {
	c := map[string]*caseCount{}
	for _, d := range docs {
		for _, w := range d {
			if w.stop || w.start {
				continue
			}
			k := strings.ToLower(w.w)
			v := c[k]
			if v == nil {
				v = &caseCount{}
				c[k] = v
			}
			v.all++
			if !w.cap {
				v.low++
			}
		}
	}
	return c
}

// lowerShare returns, per lower-cased word seen mid-sentence, the share of
// its mid-sentence uses written in lower case.
func lowerShare(docs [][]word) map[string]float64 {
	c := midCase(docs)
	out := make(map[string]float64, len(c))
	for k, v := range c {
		out[k] = float64(v.low) / float64(v.all)
	}
	return out
}

// firstName reports whether w may be a first name: capitalised, letters
// only, more than one letter, and not a word the corpus writes in lower
// case mid-sentence more than one time in ten.
func firstName(w word, lower map[string]float64) bool {
	if !w.cap || w.stop || utf8.RuneCountInString(w.w) < 2 || strings.ContainsAny(w.w, ".'’") {
		return false
	}
	for _, r := range w.w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	if allUpper(w.w) || isHonorific(w.w) || strings.EqualFold(w.w, "dr") {
		return false // "GOP", "CNN", "Mr"
	}
	share, seen := lower[strings.ToLower(w.w)]
	return !seen || share <= 0.1
}

func allUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
