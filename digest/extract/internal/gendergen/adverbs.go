package main

import (
	"sort"
	"strings"
)

// openingAdverbs returns the lower-cased words that open a sentence
// capitalised with a comma right after them ("Moreover, ...", "Indeed,
// ...") in two articles or more, and that the corpus writes in lower case
// at least nine times in ten of two or more uses mid-sentence: sentence
// adverbs and connectives, never names ("Smith, a nurse," is written
// capitalised mid-sentence too). First names whose sex the articles tell
// (named) are left out; not the wider set of words written before a
// surname, which takes "Similarly, Rubio ..." for a first name.
func openingAdverbs(docs [][]word, named map[string]bool) []string {
	mid := midCase(docs)
	opens := map[string]int{} // word -> articles that open a sentence with it and a comma
	for _, d := range docs {
		seen := map[string]bool{}
		for i, w := range d {
			if w.stop || !w.start || !w.cap || i+1 >= len(d) || !d[i+1].comma || d[i+1].stop {
				continue
			}
			if k := strings.ToLower(w.w); !seen[k] {
				seen[k] = true
				opens[k]++
			}
		}
	}
	var out []string
	for k, a := range opens {
		v := mid[k]
		if a < 2 || v == nil || v.all < 2 || v.low*10 < v.all*9 || named[k] {
			continue
		}
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
